package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Finance charges: the grace-day boundary cases and the settings, for the organizations that assess them. */
@Component
@Order(10)
class FinanceChargeSamples implements SampleContributor {

    private final FinanceChargeSamplesMapper mapper;

    FinanceChargeSamples(FinanceChargeSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        if (!organization.financeCharges()) {
            return 0;
        }
        int added = mapper.insertGraceBoundaryCases(organizationId);
        mapper.setUpFinanceCharges(organizationId);
        return added;
    }
}
