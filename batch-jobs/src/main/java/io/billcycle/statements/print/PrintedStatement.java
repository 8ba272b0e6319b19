package io.billcycle.statements.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One statement with everything its pages show: the organization and its return address, the account and where it is
 * mailed, the figures, aging and minimum the job decided, the message lines, and the period's activity in entry order.
 * <p>
 * A class with fields rather than a record because MyBatis fills the activity, a nested collection, row by row as the
 * streamed query goes (one statement in memory at a time).
 */
public final class PrintedStatement {

    private long statementId;
    private String organization;
    private String organizationName;
    private String currency;
    private String organizationAddressLine1;
    private String organizationAddressLine2;
    private String organizationCity;
    private String organizationRegion;
    private String organizationPostalCode;
    private String organizationCountry;
    private String accountNumber;
    private String accountName;
    private String addressLine1;
    private String addressLine2;
    private String city;
    private String region;
    private String postalCode;
    private String country;
    private LocalDate statementDate;
    private LocalDate periodStart;
    private BigDecimal previousBalance;
    private BigDecimal charges;
    private BigDecimal financeCharges;
    private BigDecimal adjustments;
    private BigDecimal payments;
    private BigDecimal balance;
    private BigDecimal pastDue;
    private BigDecimal agingCurrent;
    private BigDecimal aging1To30;
    private BigDecimal aging31To60;
    private BigDecimal aging61To90;
    private BigDecimal aging91Plus;
    private BigDecimal minimumDue;
    private LocalDate minimumDueDate;
    private String messageLines;
    private final List<ActivityLine> activity = new ArrayList<>();

    public long statementId() {
        return statementId;
    }

    public String organization() {
        return organization;
    }

    public String organizationName() {
        return organizationName;
    }

    public String currency() {
        return currency;
    }

    /** The organization's return address, the lines that are set, city line composed. */
    public List<String> organizationAddress() {
        return address(organizationAddressLine1, organizationAddressLine2, organizationCity, organizationRegion,
                organizationPostalCode, organizationCountry);
    }

    public String accountNumber() {
        return accountNumber;
    }

    public String accountName() {
        return accountName;
    }

    /** Where the statement is mailed: the account's name, then its address lines that are set. */
    public List<String> mailingAddress() {
        List<String> lines = new ArrayList<>();
        lines.add(accountName);
        lines.addAll(address(addressLine1, addressLine2, city, region, postalCode, country));
        return lines;
    }

    public LocalDate statementDate() {
        return statementDate;
    }

    /** The previous statement's date, after which the period's activity starts; null for a first statement. */
    public LocalDate periodStart() {
        return periodStart;
    }

    public BigDecimal previousBalance() {
        return previousBalance;
    }

    public BigDecimal charges() {
        return charges;
    }

    public BigDecimal financeCharges() {
        return financeCharges;
    }

    public BigDecimal adjustments() {
        return adjustments;
    }

    public BigDecimal payments() {
        return payments;
    }

    public BigDecimal balance() {
        return balance;
    }

    public BigDecimal pastDue() {
        return pastDue;
    }

    /** The five aging buckets, current first. */
    public List<BigDecimal> aging() {
        return List.of(agingCurrent, aging1To30, aging31To60, aging61To90, aging91Plus);
    }

    public BigDecimal minimumDue() {
        return minimumDue;
    }

    public LocalDate minimumDueDate() {
        return minimumDueDate;
    }

    public List<String> messageLines() {
        return messageLines == null ? List.of() : messageLines.lines().toList();
    }

    public List<ActivityLine> activity() {
        return activity;
    }

    private static List<String> address(String line1, String line2, String city, String region, String postalCode,
            String country) {
        String cityAndRegion = joinSet(", ", city, region);
        return Stream.of(line1, line2, joinSet("  ", cityAndRegion, postalCode), country)
                .filter(PrintedStatement::isSet).map(String::strip).toList();
    }

    private static String joinSet(String separator, String... parts) {
        return Stream.of(parts).filter(PrintedStatement::isSet).map(String::strip).collect(Collectors.joining(separator));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
