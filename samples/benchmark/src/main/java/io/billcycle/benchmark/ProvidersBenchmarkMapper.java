package io.billcycle.benchmark;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The provider export benchmark's data, its set-based baseline and its checks; the SQL is in ProvidersBenchmarkMapper.xml. */
@Mapper
public interface ProvidersBenchmarkMapper {

    void insertOrganization();

    int insertPayments(@Param("payments") long payments);

    ProvidersBenchmark.Data dataSize();

    long recordBatch(@Param("date") LocalDate date);

    int markPaid(@Param("batch") long batch, @Param("date") LocalDate date);

    void markWritten(@Param("batch") long batch);

    List<TableFingerprint> fingerprints();
}
