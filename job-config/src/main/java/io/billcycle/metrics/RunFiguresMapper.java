package io.billcycle.metrics;

import java.math.BigDecimal;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;

/** What a run posted, for its metrics; the SQL is in RunFiguresMapper.xml beside this interface. */
@Mapper
public interface RunFiguresMapper {

    /** The ledger entries the job execution posted, by kind: count and sum. */
    List<Posted> postedBy(long jobExecutionId);

    record Posted(String kind, long entries, BigDecimal amount) {
    }
}
