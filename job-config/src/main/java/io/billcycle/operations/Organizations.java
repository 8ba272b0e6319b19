package io.billcycle.operations;

import java.util.List;

import org.springframework.stereotype.Component;

/** Resolves the organization an operator names, or the only one when there is just one. */
@Component
public class Organizations {

    private final OperationsMapper mapper;

    public Organizations(OperationsMapper mapper) {
        this.mapper = mapper;
    }

    /** The id of organization {@code code}; a usage error when there is none. */
    public long require(String code) {
        Long id = mapper.findOrganizationId(code);
        if (id == null) {
            List<String> known = mapper.organizationCodes();
            throw new UsageException("unknown organization '" + code + "'"
                    + (known.isEmpty() ? ": there are no organizations yet" : ": known are " + String.join(", ", known)));
        }
        return id;
    }

    /** The organization named, or the only one; several without a name is a usage error. */
    public Organization resolve(String code) {
        if (code != null) {
            return new Organization(require(code), code);
        }
        List<String> known = mapper.organizationCodes();
        if (known.size() == 1) {
            return new Organization(require(known.get(0)), known.get(0));
        }
        throw new UsageException(known.isEmpty() ? "there are no organizations yet"
                : "--org is required: there are several organizations (" + String.join(", ", known) + ")");
    }

    public record Organization(long id, String code) {
    }
}
