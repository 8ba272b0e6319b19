package io.billcycle.organizations;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;

/** Applies a checked change of an organization's settings and dunning levels in one transaction. */
@Service
public class OrganizationSettingsService {

    private final Organizations organizations;
    private final OrganizationMapper mapper;

    public OrganizationSettingsService(Organizations organizations, OrganizationMapper mapper) {
        this.organizations = organizations;
        this.mapper = mapper;
    }

    @Transactional
    public void apply(String code, OrganizationSettings settings) {
        Organization organization = organizations.require(code);
        List<String> problems = new ArrayList<>(settings.problems());
        // checked against the settings as the change would leave them, so that switching collections on and naming
        // the statuses can come in one change or in several; listed with the other problems, all in one answer
        problems.addAll(mapper.collectionProblems(organization.id(), settings.collections()));
        UsageException.ifAny(problems);
        mapper.updateSettings(organization.id(), settings);
        settings.dunningLevels().forEach((level, message) -> mapper.upsertDunningLevel(organization.id(), level,
                message.strip().replace("\r\n", "\n")));
        settings.removedDunningLevels().forEach(level -> mapper.deleteDunningLevel(organization.id(), level));
    }
}
