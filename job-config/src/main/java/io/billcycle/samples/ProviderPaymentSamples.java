package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Provider payments: providers and their payments in every status, for the agency. */
@Component
@Order(50)
class ProviderPaymentSamples implements SampleContributor {

    private final ProviderPaymentSamplesMapper mapper;

    ProviderPaymentSamples(ProviderPaymentSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        if (organization.code().equals(SampleData.PROVIDER_PAYMENTS_ORGANIZATION)) {
            mapper.insertProviderPayments(organizationId);
        }
        return 0;
    }
}
