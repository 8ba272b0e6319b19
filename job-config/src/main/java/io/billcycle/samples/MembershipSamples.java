package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Memberships: the club's facilities, contracts, enrollments and freezes, for the memberships organization. */
@Component
@Order(40)
class MembershipSamples implements SampleContributor {

    private final MembershipSamplesMapper mapper;

    MembershipSamples(MembershipSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        if (organization.code().equals(SampleData.MEMBERSHIPS_ORGANIZATION)) {
            mapper.insertMemberships(organizationId);
        }
        return 0;
    }
}
