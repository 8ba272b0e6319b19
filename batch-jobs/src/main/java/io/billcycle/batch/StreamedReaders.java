package io.billcycle.batch;

import java.util.Map;

import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisCursorItemReader;
import org.mybatis.spring.batch.builder.MyBatisCursorItemReaderBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Builds the streamed readers every job uses, so that a reader bean is one expression:
 * {@code readers.stream(Mapper.SELECT_X, run.sqlParameters(stepExecution))}.
 * <p>
 * Each reader runs on the cursor session factory (a connection with autocommit off, which is what makes PostgreSQL
 * honour the fetch size) and saves no state: state lives in the database, and a restarted step re-runs its query and
 * reads only what is left to do.
 */
@Component
public class StreamedReaders {

    private final SqlSessionFactory cursorSessions;

    public StreamedReaders(@Qualifier("cursorSqlSessionFactory") SqlSessionFactory cursorSessions) {
        this.cursorSessions = cursorSessions;
    }

    public <T> MyBatisCursorItemReader<T> stream(String queryId, Map<String, Object> parameters) {
        return new MyBatisCursorItemReaderBuilder<T>()
                .sqlSessionFactory(cursorSessions)
                .queryId(queryId)
                .parameterValues(parameters)
                .saveState(false)
                .build();
    }
}
