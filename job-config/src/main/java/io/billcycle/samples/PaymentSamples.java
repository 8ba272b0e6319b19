package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Bank payments before the demo date, last: they pay what the other samples billed. */
@Component
@Order(60)
class PaymentSamples implements SampleContributor {

    private final PaymentSamplesMapper mapper;

    PaymentSamples(PaymentSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        mapper.insertPayments(organizationId);
        return 0;
    }
}
