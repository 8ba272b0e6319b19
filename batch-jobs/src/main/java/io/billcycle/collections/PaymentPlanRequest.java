package io.billcycle.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.billcycle.text.CardNumbers;

/**
 * A payment plan as an operator asks for it. {@link #problems()} lists every bad value at once, each naming its option,
 * before anything is looked up or saved. No card number is ever accepted: a value that looks like one
 * ({@link CardNumbers}) is refused in every field, so it can never reach the database or a log.
 *
 * @param nextPaymentDate null for {@code start + days}
 */
public record PaymentPlanRequest(String accountNumber, LocalDate startDate, BigDecimal paymentAmount, int paymentDays,
        LocalDate nextPaymentDate, String statusForDefault, boolean autopay, String merchant, String paymentMethod,
        String cardHolderName, String cardHolderZip) {

    private static final Pattern ZIP = Pattern.compile("[0-9]{5}");
    private static final Pattern STATUS = Pattern.compile("[A-Z0-9]{1,3}");

    /** The first installment's date: the one given, else a full interval after the start. */
    public LocalDate firstPaymentDate() {
        return nextPaymentDate != null ? nextPaymentDate : startDate.plusDays(paymentDays);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Map<String, String> text = new LinkedHashMap<>();
        text.put("--account", accountNumber);
        text.put("--merchant", merchant);
        text.put("--method", paymentMethod);
        text.put("--card-holder", cardHolderName);
        text.put("--zip", cardHolderZip);
        text.put("--status-for-default", statusForDefault);
        text.forEach((option, value) -> {
            if (CardNumbers.looksLikeCard(value)) {
                problems.add(option + " looks like a card number: billcycle never takes or stores card numbers");
            }
        });
        if (paymentAmount == null || paymentAmount.signum() <= 0) {
            problems.add("--amount must be more than 0, got " + (paymentAmount == null ? "nothing" : paymentAmount.toPlainString()));
        } else if (paymentAmount.stripTrailingZeros().scale() > 2) {
            problems.add("--amount must have at most 2 decimals, got " + paymentAmount.toPlainString());
        } else if (paymentAmount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            problems.add("--amount is too large: " + paymentAmount.toPlainString());
        }
        if (paymentDays < 1 || paymentDays > 99) {
            problems.add("--days must be 1 to 99, got " + paymentDays);
        }
        if (nextPaymentDate != null && startDate != null && nextPaymentDate.isBefore(startDate)) {
            problems.add("--next-date " + nextPaymentDate + " is before the start " + startDate);
        }
        if (statusForDefault != null && !STATUS.matcher(statusForDefault).matches()) {
            problems.add("--status-for-default must be a status code of 1 to 3 capital letters or digits, got '" + statusForDefault + "'");
        }
        if (autopay) {
            if (blank(merchant)) {
                problems.add("--autopay needs --merchant");
            }
            if (blank(paymentMethod)) {
                problems.add("--autopay needs --method");
            }
        }
        if (cardHolderZip != null && !ZIP.matcher(cardHolderZip).matches() && !CardNumbers.looksLikeCard(cardHolderZip)) {
            problems.add("--zip must be five digits, got '" + cardHolderZip + "'");
        }
        length(problems, "--merchant", merchant, 60);
        length(problems, "--method", paymentMethod, 30);
        length(problems, "--card-holder", cardHolderName, 100);
        return problems;
    }

    private static void length(List<String> problems, String option, String value, int most) {
        if (value != null && value.length() > most) {
            problems.add(option + " must be at most " + most + " characters, got " + value.length());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
