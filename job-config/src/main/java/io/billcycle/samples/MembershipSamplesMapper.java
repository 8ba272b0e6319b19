package io.billcycle.samples;

import org.apache.ibatis.annotations.Mapper;

/** The SQL of {@link MembershipSamples}, in MembershipSamplesMapper.xml beside this interface. */
@Mapper
public interface MembershipSamplesMapper {

    /**
     * A club's memberships around the demo date: two facilities, contract- and enrollment-level prepaid plans and a
     * postpaid one, frozen members ending in the frozen-prepaid report's window and out of it, a freeze ending on the
     * demo date, voided and cancelled contracts, an inactive customer.
     */
    void insertMemberships(long organizationId);
}
