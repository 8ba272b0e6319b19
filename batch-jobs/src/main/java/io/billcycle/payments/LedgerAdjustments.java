package io.billcycle.payments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.billcycle.batch.UsageException;
import io.billcycle.organizations.Organization;

/**
 * A signed manual adjustment: a positive one is a debit due on its date, a negative one a credit (not a payment). The
 * ledger is append-only, so a wrong adjustment is corrected by another one.
 */
@Service
public class LedgerAdjustments {

    static final int MAX_REASON = 200;

    private final PaymentMapper mapper;

    public LedgerAdjustments(PaymentMapper mapper) {
        this.mapper = mapper;
    }

    /** Checks everything first; posts the adjustment and returns its ledger entry id. */
    @Transactional
    public long adjust(Organization organization, String accountNumber, BigDecimal amount, LocalDate date, String reason,
            String actor) {
        List<String> problems = new ArrayList<>();
        if (amount.signum() == 0) {
            problems.add("--amount must not be 0");
        } else if (amount.stripTrailingZeros().scale() > 2) {
            problems.add("--amount must have at most two decimals, got " + amount.toPlainString());
        } else if (amount.precision() - amount.scale() > 12) {
            problems.add("--amount is too large, got " + amount.toPlainString());
        }
        if (reason.isBlank() || reason.length() > MAX_REASON) {
            problems.add("--reason must be between 1 and " + MAX_REASON + " characters");
        }
        List<PaymentMapper.AccountRef> account = mapper.accountsByNumber(organization.id(), new String[] {accountNumber});
        if (account.isEmpty()) {
            problems.add("--account: no account '" + accountNumber + "' in organization " + organization.code());
        }
        if (!problems.isEmpty()) {
            throw new UsageException(problems.get(0) + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    problems.size() > 1 ? problems : List.of());
        }
        return mapper.insertAdjustment(account.get(0).id(), date, amount.setScale(2), reason, actor);
    }
}
