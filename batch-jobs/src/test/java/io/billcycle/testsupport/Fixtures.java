package io.billcycle.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Inserts business rows for tests: organizations, accounts and billing plans with sensible defaults. */
public final class Fixtures {

    private final JdbcTemplate jdbc;

    Fixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long organization(String code) {
        return organization(code, 0, 12);
    }

    public long organization(String code, int paymentTermsDays, int maxCatchUpPeriods) {
        return jdbc.queryForObject("""
                insert into organizations (code, name, currency, payment_terms_days, max_catch_up_periods)
                values (?, ?, 'USD', ?, ?) returning id""", Long.class, code, code + " Inc.", paymentTermsDays,
                maxCatchUpPeriods);
    }

    public long account(long organizationId, String number) {
        return jdbc.queryForObject("""
                insert into accounts (organization_id, account_number, name, address_line1, city, region, postal_code)
                values (?, ?, ?, '1 Main St', 'Springfield', 'IL', '62701') returning id""", Long.class,
                organizationId, number, "Holder of " + number);
    }

    public PlanBuilder plan(long organizationId, long accountId) {
        return new PlanBuilder(organizationId, accountId);
    }

    /** A billing plan; monthly, 100.00, from 2024-01-01, active, unless told otherwise. */
    public final class PlanBuilder {
        private final long organizationId;
        private final long accountId;
        private String subject = "Student";
        private BigDecimal amount = new BigDecimal("100.00");
        private String frequency = "MONTHLY";
        private LocalDate start = LocalDate.parse("2024-01-01");
        private LocalDate end;
        private int leadDays;
        private LocalDate nextPeriodStart;
        private String status = "ACTIVE";

        private PlanBuilder(long organizationId, long accountId) {
            this.organizationId = organizationId;
            this.accountId = accountId;
        }

        public PlanBuilder subject(String value) {
            subject = value;
            return this;
        }

        public PlanBuilder amount(String value) {
            amount = new BigDecimal(value);
            return this;
        }

        public PlanBuilder frequency(String value) {
            frequency = value;
            return this;
        }

        public PlanBuilder start(String value) {
            start = LocalDate.parse(value);
            return this;
        }

        public PlanBuilder end(String value) {
            end = LocalDate.parse(value);
            return this;
        }

        public PlanBuilder leadDays(int value) {
            leadDays = value;
            return this;
        }

        public PlanBuilder nextPeriodStart(String value) {
            nextPeriodStart = LocalDate.parse(value);
            return this;
        }

        public PlanBuilder status(String value) {
            status = value;
            return this;
        }

        public long create() {
            return jdbc.queryForObject("""
                    insert into billing_plans (organization_id, account_id, subject, amount, frequency, start_date,
                                               end_date, lead_days, next_period_start, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, organizationId, accountId,
                    subject, amount, frequency, start, end, leadDays, nextPeriodStart == null ? start : nextPeriodStart,
                    status);
        }
    }
}
