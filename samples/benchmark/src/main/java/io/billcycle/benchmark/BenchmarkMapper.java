package io.billcycle.benchmark;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Housekeeping, the set-based baseline and the checks of the benchmark; the SQL is in BenchmarkMapper.xml. */
@Mapper
public interface BenchmarkMapper {

    void dropDatabase(@Param("name") String name);

    void createDatabase(@Param("name") String name);

    void cloneDatabase(@Param("name") String name, @Param("template") String template);

    void vacuumAnalyze();

    void checkpoint();

    void createDuePlans(@Param("date") LocalDate date);

    void analyzeDuePlans();

    int insertInvoicesAndCharges(@Param("date") LocalDate date);

    int advancePlans();

    int recordParkings(@Param("date") LocalDate date);

    List<TableFingerprint> fingerprints();

    List<StepTiming> stepTimings(@Param("jobName") String jobName);

    StepTiming jobTiming(@Param("jobName") String jobName);

    DataSize dataSize();

    /** Per job of a cycle: its executions' time added up (as a timing, its commit count holding the executions). */
    List<StepTiming> cycleTimings();
}
