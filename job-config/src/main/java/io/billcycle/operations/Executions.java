package io.billcycle.operations;

import java.util.List;

import org.springframework.stereotype.Service;

/** The job executions an operator lists with {@code billcycle executions}, newest first. */
@Service
public class Executions {

    private final OperationsMapper mapper;

    public Executions(OperationsMapper mapper) {
        this.mapper = mapper;
    }

    /** The last {@code limit} executions, of {@code job} only when it is given. */
    public List<ExecutionRow> recent(String job, int limit) {
        return mapper.selectExecutions(job, limit);
    }
}
