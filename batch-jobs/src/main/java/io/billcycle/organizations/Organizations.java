package io.billcycle.organizations;

import java.util.List;

import org.springframework.stereotype.Component;

import io.billcycle.batch.UsageException;

/**
 * Resolves the organization an operator names, the only one when there is just one, the one an object (an account, a
 * payment, a batch, a plan) belongs to, or those a run covers.
 */
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

    /** The organization of account {@code number}: the one given, else the only one that has such an account. */
    public Organization ofAccount(String code, String number) {
        return owner(code, "account " + number, mapper.ownersOfAccount(number));
    }

    /** The organization of the provider payments {@code ids}: the one given, else theirs. */
    public Organization ofProviderPayments(String code, List<Long> ids) {
        return owner(code, (ids.size() == 1 ? "provider payment " : "provider payments ")
                + String.join(",", ids.stream().map(String::valueOf).toList()),
                mapper.ownersOfProviderPayments(ids.toArray(Long[]::new)));
    }

    /** The organization of export batch {@code id}: the one given, else its own. */
    public Organization ofExportBatch(String code, long id) {
        return owner(code, "export batch " + id, mapper.ownersOfExportBatch(id));
    }

    /** The organization of payment plan {@code id}: the one given, else its own. */
    public Organization ofPaymentPlan(String code, long id) {
        return owner(code, "payment plan " + id, mapper.ownersOfPaymentPlan(id));
    }

    /**
     * {@code --org} is asked for only when the object does not say: given, it is used (the action then finds the
     * object in it or says it is not there); else the object's one organization; else, when it is in several, a usage
     * error naming them; when it is in none, the only organization there is (the action says what is missing) or an
     * error saying that nothing has it.
     */
    private Organization owner(String code, String what, List<String> owners) {
        if (code != null) {
            return require(code);
        }
        if (owners.size() == 1) {
            return require(owners.get(0));
        }
        if (owners.size() > 1) {
            throw new UsageException("--org is required: more than one organization has " + what + " ("
                    + String.join(", ", owners) + ")");
        }
        List<Organization> all = mapper.inScope(null);
        if (all.size() == 1) {
            return all.get(0);
        }
        throw new UsageException(all.isEmpty() ? "there are no organizations yet" : "no " + what + " in any organization");
    }

    /** The organizations a run for {@code org} covers: that one, or every organization when it is null. */
    public List<Organization> inScope(String org) {
        return mapper.inScope(org);
    }

    /** Every organization and its settings, one line each, in code order. */
    public List<String> describeAll() {
        return mapper.describeAll();
    }

    public List<String> codes() {
        return mapper.inScope(null).stream().map(Organization::code).toList();
    }
}
