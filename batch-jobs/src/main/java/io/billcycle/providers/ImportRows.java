package io.billcycle.providers;

import java.math.BigDecimal;

/** Checked imported payments as parallel arrays, bound to one statement. */
public record ImportRows(Long[] providerIds, String[] periods, String[] kinds, Long[] adjusts, BigDecimal[] amounts,
        String[] submissions, String[] payments) {
}
