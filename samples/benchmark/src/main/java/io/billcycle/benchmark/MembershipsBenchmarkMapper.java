package io.billcycle.benchmark;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The frozen-prepaid report benchmark's data; the SQL is in MembershipsBenchmarkMapper.xml. */
@Mapper
public interface MembershipsBenchmarkMapper {

    void insertClub();

    int insertMembers(@Param("enrollments") long enrollments);

    MembershipsBenchmark.Data dataSize();
}
