package io.billcycle.benchmark;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The receivables benchmark's data, its set-based baseline and its checks; the SQL is in ReceivablesBenchmarkMapper.xml. */
@Mapper
public interface ReceivablesBenchmarkMapper {

    void insertOrganization();

    int insertAccounts(@Param("accounts") long accounts);

    int insertInvoices();

    int insertLedgerEntries();

    int insertPreviousStatements();

    ReceivablesBenchmark.Data dataSize();

    /** Fills the temporary table bench_fc with every charge finance-charge-assessment would post at {@code date}. */
    void createFinanceCharges(@Param("date") LocalDate date);

    /** Posts bench_fc; returns the accounts charged. */
    int postFinanceCharges(@Param("date") LocalDate date);

    /** Fills the temporary table bench_st with every statement statement-cycle would write at {@code date}. */
    void createStatements(@Param("date") LocalDate date);

    /** Writes bench_st; returns the accounts stated. */
    int writeStatements(@Param("date") LocalDate date);

    List<TableFingerprint> fingerprints();
}
