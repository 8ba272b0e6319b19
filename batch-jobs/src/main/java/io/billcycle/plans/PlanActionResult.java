package io.billcycle.plans;

import java.util.List;

/** What a bulk action did: the plans it changed and those already in the target status. */
public record PlanActionResult(PlanAction action, List<Long> changed, List<Long> unchanged) {
}
