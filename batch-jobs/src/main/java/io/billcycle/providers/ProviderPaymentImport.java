package io.billcycle.providers;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;
import io.billcycle.imports.CsvInput;
import io.billcycle.organizations.Organization;

/**
 * Imports generated provider payments ({@code provider_id, service_period, kind, adjusts_payment_id, amount,
 * submission_status, payment_status}) in one transaction. Every row is checked first and one bad row rejects the
 * file, every problem listed by row and column: an unknown provider, a bad period or kind, an adjustment without its
 * payment (of the same provider and period, already imported), a status a file may not set, a bad amount, a second
 * PAYMENT for a provider and period (in the file or in the database; more for the same period are ADJUSTMENTs).
 */
@Service
public class ProviderPaymentImport {

    static final List<String> COLUMNS = List.of("provider_id", "service_period", "kind", "adjusts_payment_id", "amount",
            "submission_status", "payment_status");
    /** A file brings payments in before anyone acted on them: authorizing, holding and paying are operators' and the export's. */
    static final Set<String> SUBMISSION = Set.of("NEW", "READY_FOR_PARENT", "SUBMITTED");
    static final Set<String> PAYMENT = Set.of("NEW", "RECEIVED");

    private final ProviderPaymentMapper mapper;

    public ProviderPaymentImport(ProviderPaymentMapper mapper) {
        this.mapper = mapper;
    }

    /** One checked row, ready to insert. */
    record Row(long number, long providerId, String period, String kind, Long adjusts, BigDecimal amount,
            String submission, String payment) {
    }

    /** @return the payments imported */
    @Transactional
    public int importFile(Organization organization, Path file, String actor) {
        List<String> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CsvInput.read(file, List.of("provider_id", "service_period", "kind", "amount"), cells -> {
            Row row = check(cells, problems);
            if (row != null) {
                rows.add(row);
            }
        });
        if (rows.isEmpty() && problems.isEmpty()) {
            throw new UsageException("file " + file + ": no payments");
        }
        Set<Long> providers = new HashSet<>(mapper.knownProviders(organization.id(),
                rows.stream().map(Row::providerId).distinct().toArray(Long[]::new)));
        Map<String, Long> existing = mapper.existingPayments(organization.id(),
                rows.stream().map(Row::providerId).toArray(Long[]::new), rows.stream().map(Row::period).toArray(String[]::new))
                .stream().collect(Collectors.toMap(p -> key(p.providerId(), p.period()), ProviderPaymentMapper.Existing::id, (a, b) -> a));
        Map<Long, ProviderPaymentMapper.Existing> adjusted = mapper.paymentsById(organization.id(),
                rows.stream().map(Row::adjusts).filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new))
                .stream().collect(Collectors.toMap(ProviderPaymentMapper.Existing::id, Function.identity()));
        Map<String, Long> firstRowOf = new HashMap<>();
        for (Row r : rows) {
            if (!providers.contains(r.providerId())) {
                problems.add(at(r.number(), "provider_id", "no provider " + r.providerId() + " in organization " + organization.code()));
                continue;
            }
            if (r.kind().equals("PAYMENT")) {
                Long before = existing.get(key(r.providerId(), r.period()));
                Long first = firstRowOf.putIfAbsent(key(r.providerId(), r.period()), r.number());
                if (before != null) {
                    problems.add(at(r.number(), "kind", "provider " + r.providerId() + " already has payment " + before
                            + " for " + r.period() + "; a further amount is an ADJUSTMENT of it"));
                } else if (first != null) {
                    problems.add(at(r.number(), "kind", "row " + first + " is the PAYMENT of provider " + r.providerId()
                            + " for " + r.period() + " already; a further amount is an ADJUSTMENT"));
                }
            } else {
                ProviderPaymentMapper.Existing target = adjusted.get(r.adjusts());
                if (target == null || !target.kind().equals("PAYMENT")) {
                    problems.add(at(r.number(), "adjusts_payment_id", "no payment " + r.adjusts() + " in organization "
                            + organization.code() + " to adjust"));
                } else if (target.providerId() != r.providerId() || !target.period().equals(r.period())) {
                    problems.add(at(r.number(), "adjusts_payment_id", "payment " + r.adjusts() + " is provider "
                            + target.providerId() + "'s for " + target.period() + ", not provider " + r.providerId()
                            + "'s for " + r.period()));
                }
            }
        }
        if (!problems.isEmpty()) {
            // in row order, whichever check found them
            problems.sort(java.util.Comparator.comparingLong(p -> Long.parseLong(p.substring(4, p.indexOf(' ', 4)))));
            throw new UsageException("file " + file + ": " + problems.size() + " problem(s), nothing imported", problems);
        }
        int n = rows.size();
        ImportRows insert = new ImportRows(new Long[n], new String[n], new String[n], new Long[n], new BigDecimal[n],
                new String[n], new String[n]);
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            insert.providerIds()[i] = r.providerId();
            insert.periods()[i] = r.period();
            insert.kinds()[i] = r.kind();
            insert.adjusts()[i] = r.adjusts();
            insert.amounts()[i] = r.amount();
            insert.submissions()[i] = r.submission();
            insert.payments()[i] = r.payment();
        }
        return mapper.insertPayments(organization.id(), insert, "imported from " + file.getFileName(), actor);
    }

    /** The row's own values, each checked; null (with its problems added) when any is bad. */
    static Row check(CsvInput.Row cells, List<String> problems) {
        int before = problems.size();
        long row = cells.number();
        Long provider = whole(cells.get("provider_id"), row, "provider_id", problems);
        String period = null;
        try {
            period = YearMonth.parse(cells.get("service_period")).toString();
        } catch (DateTimeParseException e) {
            problems.add(at(row, "service_period", "'" + cells.get("service_period") + "' is not a month like 2025-01"));
        }
        String kind = cells.get("kind").toUpperCase();
        if (!kind.equals("PAYMENT") && !kind.equals("ADJUSTMENT")) {
            problems.add(at(row, "kind", "'" + cells.get("kind") + "' is not PAYMENT or ADJUSTMENT"));
        }
        Long adjusts = null;
        if (kind.equals("ADJUSTMENT")) {
            if (cells.get("adjusts_payment_id").isEmpty()) {
                problems.add(at(row, "adjusts_payment_id", "an ADJUSTMENT names the payment it adjusts"));
            } else {
                adjusts = whole(cells.get("adjusts_payment_id"), row, "adjusts_payment_id", problems);
            }
        } else if (kind.equals("PAYMENT") && !cells.get("adjusts_payment_id").isEmpty()) {
            problems.add(at(row, "adjusts_payment_id", "a PAYMENT adjusts nothing; leave it empty"));
        }
        BigDecimal amount = null;
        try {
            amount = new BigDecimal(cells.get("amount"));
            if (amount.stripTrailingZeros().scale() > 2) {
                problems.add(at(row, "amount", "'" + cells.get("amount") + "' has more than 2 decimals"));
            } else if (kind.equals("PAYMENT") && amount.signum() <= 0) {
                problems.add(at(row, "amount", "a PAYMENT is more than 0, got " + cells.get("amount")));
            } else if (kind.equals("ADJUSTMENT") && amount.signum() == 0) {
                problems.add(at(row, "amount", "an ADJUSTMENT is not 0"));
            }
        } catch (NumberFormatException e) {
            problems.add(at(row, "amount", "'" + cells.get("amount") + "' is not an amount like 125.00"));
        }
        String submission = status(cells.get("submission_status"), SUBMISSION, row, "submission_status", problems);
        String payment = status(cells.get("payment_status"), PAYMENT, row, "payment_status", problems);
        if ("SUBMITTED".equals(submission) && "NEW".equals(payment)) {
            problems.add(at(row, "payment_status", "a payment SUBMITTED by both sides is RECEIVED at least"));
        }
        return problems.size() > before ? null : new Row(row, provider, period, kind, adjusts, amount.setScale(2), submission, payment);
    }

    private static String status(String value, Set<String> allowed, long row, String column, List<String> problems) {
        String status = value.isEmpty() ? "NEW" : value.toUpperCase();
        if (!allowed.contains(status)) {
            problems.add(at(row, column, "'" + value + "' is not a status a file may set (" + String.join(", ",
                    allowed.stream().sorted().toList()) + ")"));
        }
        return status;
    }

    private static Long whole(String value, long row, String column, List<String> problems) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            problems.add(at(row, column, "'" + value + "' is not an id"));
            return null;
        }
    }

    private static String key(long provider, String period) {
        return provider + "/" + period;
    }

    static String at(long row, String column, String why) {
        return "row " + row + " column " + column + ": " + why;
    }
}
