package io.billcycle.samples;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Statements: three dunning levels and the statement cases (suspended, returned mail, override, highest level). */
@Component
@Order(20)
class StatementSamples implements SampleContributor {

    private final StatementSamplesMapper mapper;

    StatementSamples(StatementSamplesMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public int contribute(SampleOrganization organization, long organizationId) {
        mapper.insertDunningLevels(organizationId);
        mapper.setUpStatementCases(organizationId);
        return 0;
    }
}
