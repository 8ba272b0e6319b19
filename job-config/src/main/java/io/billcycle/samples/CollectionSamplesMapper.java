package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link CollectionSamples}, in CollectionSamplesMapper.xml beside this interface. */
@Mapper
public interface CollectionSamplesMapper {

    /**
     * Collections on, with seven statuses, by the account number's last digit: 5 in a billing group that suppresses
     * collections, 9 in C1 since 2024-12-20, 2 in collections on a monthly plan due on the demo date, 3 on a weekly
     * non-delinquent plan from 2025-01-01.
     */
    void setUpCollections(long organizationId);
}
