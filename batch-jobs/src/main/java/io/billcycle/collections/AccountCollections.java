package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An account's place in collections and its active plan (planId null without one), for {@code accounts show}. */
public record AccountCollections(String status, LocalDate statusDate, boolean sticky, Long planId, BigDecimal planAmount,
        Integer planDays, LocalDate planNextPaymentDate) {
}
