package io.billcycle.benchmark;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The collections benchmark's data, its set-based baseline and its checks; the SQL is in CollectionsBenchmarkMapper.xml. */
@Mapper
public interface CollectionsBenchmarkMapper {

    void insertOrganization();

    void enableCollections();

    int insertAccounts(@Param("accounts") long accounts);

    int insertPlans();

    int insertLedgerEntries();

    CollectionsBenchmark.Data dataSize();

    /** Fills the temporary table bench_cr with every decision collection-roster would make at {@code date}. */
    void createDecisions(@Param("date") LocalDate date);

    /** Moves the plans with installments met on. */
    int advancePlans();

    /** Appends the roster rows with their account and plan changes; returns the accounts changed. */
    int recordChanges(@Param("date") LocalDate date);

    List<TableFingerprint> fingerprints();
}
