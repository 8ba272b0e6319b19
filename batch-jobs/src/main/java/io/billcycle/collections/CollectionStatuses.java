package io.billcycle.collections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;

/**
 * An organization's collection statuses. A status with a next status moves an account on after its days to remain;
 * every chain of next statuses must end at a status without one, so that no configuration keeps moving accounts in a
 * circle (the roster moves an account one status per run in any case).
 */
@Service
public class CollectionStatuses {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,3}");

    private final PaymentPlanMapper mapper;

    public CollectionStatuses(PaymentPlanMapper mapper) {
        this.mapper = mapper;
    }

    public List<CollectionStatus> list(Organization organization) {
        return mapper.listStatuses(organization.id());
    }

    /** Adds or changes a status; checked whole (format, the next status, the chain) before anything is saved. */
    @Transactional
    public void set(Organization organization, CollectionStatus status) {
        List<String> problems = new ArrayList<>();
        if (status.code() == null || !CODE.matcher(status.code()).matches()) {
            problems.add("--code must be 1 to 3 capital letters or digits, got '" + status.code() + "'");
        }
        if (status.description() == null || status.description().isBlank() || status.description().length() > 100) {
            problems.add("--description must be 1 to 100 characters");
        }
        if ((status.daysToRemain() == null) != (status.nextStatusCode() == null)) {
            problems.add("--days-to-remain and --next go together: give both, or neither for a status accounts stay in");
        }
        if (status.daysToRemain() != null && (status.daysToRemain() < 0 || status.daysToRemain() > 3650)) {
            problems.add("--days-to-remain must be 0 to 3650, got " + status.daysToRemain());
        }
        Map<String, String> next = new HashMap<>();
        mapper.listStatuses(organization.id()).forEach(s -> next.put(s.code(), s.nextStatusCode()));
        if (status.nextStatusCode() != null && !next.containsKey(status.nextStatusCode())
                && !status.nextStatusCode().equals(status.code())) {
            problems.add("--next: no status '" + status.nextStatusCode() + "' in organization " + organization.code()
                    + "; add it first");
        }
        if (problems.isEmpty()) {
            next.put(status.code(), status.nextStatusCode());
            List<String> loop = loopFrom(status.code(), next);
            if (!loop.isEmpty()) {
                problems.add("--next " + status.nextStatusCode() + " would make a loop: " + String.join(" -> ", loop));
            }
        }
        UsageException.ifAny(problems);
        mapper.upsertStatus(organization.id(), new CollectionStatus(status.code(), status.description().strip(),
                status.daysToRemain(), status.nextStatusCode()));
    }

    /** The statuses from {@code start} round to {@code start} again, or empty when the chain ends. */
    static List<String> loopFrom(String start, Map<String, String> next) {
        Set<String> seen = new LinkedHashSet<>();
        for (String code = start; code != null; code = next.get(code)) {
            if (!seen.add(code)) {
                List<String> path = new ArrayList<>(seen);
                path.add(code);
                return path;
            }
        }
        return List.of();
    }
}
