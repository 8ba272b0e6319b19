package io.billcycle.organizations;

import java.util.List;

import org.springframework.stereotype.Component;

import io.billcycle.batch.UsageException;

/** Resolves the organization an operator names, the only one when there is just one, or those a run covers. */
@Component
public class Organizations {

    private final OrganizationMapper mapper;

    public Organizations(OrganizationMapper mapper) {
        this.mapper = mapper;
    }

    /** Organization {@code code}; a usage error naming the known ones when there is none. */
    public Organization require(String code) {
        Organization organization = mapper.findByCode(code);
        if (organization == null) {
            List<String> known = codes();
            throw new UsageException("unknown organization '" + code + "'"
                    + (known.isEmpty() ? ": there are no organizations yet" : ": known are " + String.join(", ", known)));
        }
        return organization;
    }

    /** The organization named, or the only one; several without a name is a usage error. */
    public Organization resolve(String code) {
        if (code != null) {
            return require(code);
        }
        List<Organization> all = mapper.inScope(null);
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new UsageException(all.isEmpty() ? "there are no organizations yet"
                : "--org is required: there are several organizations ("
                        + String.join(", ", all.stream().map(Organization::code).toList()) + ")");
    }

    /** The organizations a run for {@code org} covers: that one, or every organization when it is null. */
    public List<Organization> inScope(String org) {
        return mapper.inScope(org);
    }

    public List<String> codes() {
        return mapper.inScope(null).stream().map(Organization::code).toList();
    }
}
