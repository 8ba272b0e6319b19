package io.billcycle.payments;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;
import io.billcycle.imports.CsvInput;
import io.billcycle.organizations.Organization;
import io.billcycle.organizations.Organizations;

/**
 * Imports a bank file of payments ({@code account_number, payment_date, amount, reference, method}, plus
 * {@code organization} when no organization is given) in one transaction. The whole file is checked first and one bad
 * row rejects it, every problem listed: nothing is half-applied. A reference already imported with the same account,
 * date and amount is skipped and counted, so importing the same file twice adds nothing; with other details it is a
 * problem, since two different payments cannot share a bank reference. Database work goes by batches of rows, never
 * by row.
 */
@Service
public class PaymentImport {

    static final List<String> COLUMNS = List.of("account_number", "payment_date", "amount", "reference", "method");
    private static final int BATCH = 5_000;

    private final PaymentMapper mapper;
    private final Organizations organizations;

    public PaymentImport(PaymentMapper mapper, Organizations organizations) {
        this.mapper = mapper;
        this.organizations = organizations;
    }

    /** What an import did. */
    public record Result(int imported, BigDecimal total, int alreadyImported) {
    }

    @Transactional
    public Result importFile(Path file, String org, String actor) {
        List<String> problems = new ArrayList<>();
        List<PaymentRowCheck.Payment> payments = new ArrayList<>();
        List<String> required = new ArrayList<>(COLUMNS.subList(0, 4));
        if (org == null) {
            required.add("organization");
        }
        Organization given = org == null ? null : organizations.require(org);
        Map<String, Long> firstRowOf = new HashMap<>();
        // the accounts of rows that have other problems are looked up too, so that one answer lists everything
        Map<String, Map<String, List<Long>>> accountsOfBadRows = new LinkedHashMap<>();
        CsvInput.read(file, required, row -> {
            String rowOrg = org != null ? org : row.get("organization");
            if (org != null && !row.get("organization").isEmpty() && !row.get("organization").equals(org)) {
                problems.add(PaymentRowCheck.at(row.number(), "organization", "'" + row.get("organization")
                        + "' is not the organization given with --org (" + org + ")"));
                return;
            }
            PaymentRowCheck.Payment payment = PaymentRowCheck.check(row.number(), rowOrg, row.get("account_number"),
                    row.get("payment_date"), row.get("amount"), row.get("reference"), row.get("method"), problems);
            if (payment == null && !rowOrg.isBlank() && !row.get("account_number").isBlank()) {
                accountsOfBadRows.computeIfAbsent(rowOrg, o -> new LinkedHashMap<>())
                        .computeIfAbsent(row.get("account_number"), a -> new ArrayList<>()).add(row.number());
            }
            if (payment != null) {
                Long first = firstRowOf.putIfAbsent(rowOrg + "\u0000" + payment.reference(), row.number());
                if (first != null) {
                    problems.add(PaymentRowCheck.at(row.number(), "reference", "'" + payment.reference()
                            + "' is on row " + first + " too"));
                } else {
                    payments.add(payment);
                }
            }
        });
        if (payments.isEmpty() && problems.isEmpty()) {
            throw new UsageException("file " + file + ": no payments");
        }
        List<PaymentRows.Row> toPost = new ArrayList<>();
        int already = 0;
        Map<String, List<PaymentRowCheck.Payment>> byOrganization = payments.stream()
                .collect(Collectors.groupingBy(PaymentRowCheck.Payment::organization, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byOrganization.entrySet()) {
            Organization organization = given != null ? given : knownOrNull(entry.getKey());
            if (organization == null) {
                entry.getValue().forEach(p -> problems.add(PaymentRowCheck.at(p.row(), "organization",
                        "unknown organization '" + p.organization() + "'")));
                continue;
            }
            for (int from = 0; from < entry.getValue().size(); from += BATCH) {
                List<PaymentRowCheck.Payment> batch = entry.getValue().subList(from, Math.min(from + BATCH, entry.getValue().size()));
                already += resolve(organization, batch, toPost, problems);
            }
        }
        accountsOfBadRows.forEach((code, rowsByAccount) -> {
            Organization organization = given != null ? given : knownOrNull(code);
            if (organization != null) {
                List<String> numbers = List.copyOf(rowsByAccount.keySet());
                for (int from = 0; from < numbers.size(); from += BATCH) {
                    List<String> some = numbers.subList(from, Math.min(from + BATCH, numbers.size()));
                    var known = mapper.accountsByNumber(organization.id(), some.toArray(String[]::new)).stream()
                            .map(PaymentMapper.AccountRef::accountNumber).collect(Collectors.toSet());
                    some.stream().filter(n -> !known.contains(n)).forEach(n -> rowsByAccount.get(n).forEach(r -> problems.add(
                            PaymentRowCheck.at(r, "account_number", "no account '" + n + "' in organization " + code))));
                }
            }
        });
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingLong(PaymentRowCheck::rowOf));
            throw new UsageException("file " + file + ": " + problems.size() + " problem(s), nothing imported", problems);
        }
        int imported = 0;
        for (int from = 0; from < toPost.size(); from += BATCH) {
            imported += mapper.insertPayments(PaymentRows.of(toPost.subList(from, Math.min(from + BATCH, toPost.size()))),
                    file.getFileName().toString(), actor);
        }
        BigDecimal total = toPost.stream().map(r -> r.payment().amount()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        return new Result(imported, total, already);
    }

    /** Finds each payment's account and earlier import; returns how many were imported before. */
    private int resolve(Organization organization, List<PaymentRowCheck.Payment> batch, List<PaymentRows.Row> toPost,
            List<String> problems) {
        Map<String, Long> accounts = mapper.accountsByNumber(organization.id(),
                batch.stream().map(PaymentRowCheck.Payment::accountNumber).distinct().toArray(String[]::new)).stream()
                .collect(Collectors.toMap(PaymentMapper.AccountRef::accountNumber, PaymentMapper.AccountRef::id));
        Map<String, PaymentMapper.Imported> imported = mapper.importedPayments(organization.id(),
                batch.stream().map(PaymentRowCheck.Payment::reference).toArray(String[]::new)).stream()
                .collect(Collectors.toMap(PaymentMapper.Imported::reference, Function.identity()));
        int already = 0;
        for (PaymentRowCheck.Payment p : batch) {
            Long account = accounts.get(p.accountNumber());
            PaymentMapper.Imported before = imported.get(p.reference());
            if (account == null) {
                problems.add(PaymentRowCheck.at(p.row(), "account_number", "no account '" + p.accountNumber()
                        + "' in organization " + organization.code()));
            } else if (before != null && before.accountNumber().equals(p.accountNumber())
                    && before.paymentDate().equals(p.paymentDate()) && before.amount().compareTo(p.amount()) == 0) {
                already++;
            } else if (before != null) {
                problems.add(PaymentRowCheck.at(p.row(), "reference", "'" + p.reference() + "' was imported before for account "
                        + before.accountNumber() + ", " + before.paymentDate() + ", " + before.amount()));
            } else {
                toPost.add(new PaymentRows.Row(organization.id(), account, p));
            }
        }
        return already;
    }

    private Organization knownOrNull(String code) {
        return organizations.inScope(null).stream().filter(o -> o.code().equals(code)).findFirst().orElse(null);
    }
}
