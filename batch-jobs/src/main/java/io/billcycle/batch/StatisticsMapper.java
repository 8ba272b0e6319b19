package io.billcycle.batch;

import org.apache.ibatis.annotations.Mapper;

/** Planner statistics of billcycle's own tables. Table names come from code, never from input. */
@Mapper
public interface StatisticsMapper {

    /** The planner's row estimate (0 for a table never analyzed). */
    long estimatedRows(String table);

    void analyze(String table);
}
