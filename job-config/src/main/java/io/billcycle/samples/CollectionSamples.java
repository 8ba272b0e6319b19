package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Collections: the statuses, the integration switched on, accounts in collections and on payment plans. */
@Component
@Order(30)
class CollectionSamples implements SampleContributor {

    private final CollectionSamplesMapper mapper;

    CollectionSamples(CollectionSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        mapper.setUpCollections(organizationId);
        return 0;
    }
}
