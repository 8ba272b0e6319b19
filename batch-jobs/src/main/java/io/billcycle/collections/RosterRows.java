package io.billcycle.collections;

import java.math.BigDecimal;
import java.util.List;

/** A chunk's status changes as parallel arrays, bound to one statement. */
public record RosterRows(Long[] accountIds, Long[] organizationIds, String[] fromStatuses, String[] toStatuses,
        String[] reasons, String[] details, String[] collectorGroups, Long[] planIds, String[] planStatuses,
        Boolean[] sticky, BigDecimal[] balances, BigDecimal[] pastDues) {

    static RosterRows of(List<CollectionRosterWriter.Evaluated> evaluated) {
        List<CollectionRosterWriter.Evaluated> changed = evaluated.stream().filter(e -> e.decision().changesStatus()).toList();
        int n = changed.size();
        RosterRows r = new RosterRows(new Long[n], new Long[n], new String[n], new String[n], new String[n],
                new String[n], new String[n], new Long[n], new String[n], new Boolean[n], new BigDecimal[n],
                new BigDecimal[n]);
        for (int i = 0; i < n; i++) {
            CollectionRosterWriter.Evaluated e = changed.get(i);
            r.accountIds[i] = e.account().id();
            r.organizationIds[i] = e.account().organizationId();
            r.fromStatuses[i] = e.decision().fromStatus();
            r.toStatuses[i] = e.decision().toStatus();
            r.reasons[i] = e.decision().reason().name();
            r.details[i] = e.decision().detail();
            r.collectorGroups[i] = e.account().collectorGroup();
            r.planIds[i] = e.account().planId();
            r.planStatuses[i] = e.decision().planStatus();
            r.sticky[i] = e.decision().sticky();
            r.balances[i] = e.balance();
            r.pastDues[i] = e.pastDue();
        }
        return r;
    }

    boolean isEmpty() {
        return accountIds.length == 0;
    }
}
