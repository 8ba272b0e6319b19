package io.billcycle.samples;

import java.lang.reflect.Constructor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.ibatis.session.SqlSession;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import io.billcycle.batch.ActionRefusedException;
import io.billcycle.plans.BillingSchedule;
import io.billcycle.plans.Frequency;
import io.billcycle.plans.PlanStatus;

/**
 * Generates the same data set for the same scale and seed. The organizations, their accounts and billing plans are
 * made here; each feature adds its own cases through a {@link SampleContributor}. Per organization: {@code scale}
 * random plans (two per account) positioned relative to an "as of" business date (most with one period due, some with
 * nothing due, some a few periods behind, a few past the catch-up bound), plus a fixed set of edge cases: anchors on
 * the 29th to 31st, a leap day, every frequency, lead days, ended plans (active and paused), and paused, inactive and
 * voided plans with periods that would be due.
 */
@Service
public class SampleData {

    /** The organization that pays providers (an agency): the demo exports its December 2024 payments. */
    public static final String PROVIDER_PAYMENTS_ORGANIZATION = "AGENCY";
    public static final String DEMO_SERVICE_PERIOD = "2024-12";
    /** The organization with memberships (a club): frozen prepaid members, freezes and the report. */
    public static final String MEMBERSHIPS_ORGANIZATION = "CLUB";

    /** The business date the demo runs and the samples are positioned for. */
    public static final LocalDate DEMO_DATE = LocalDate.parse("2025-01-31");

    static final List<SampleOrganization> ORGANIZATIONS = List.of(
            new SampleOrganization("AGENCY", "Sunrise Care Agency", "USD", 0, 12, "AG-", false),
            new SampleOrganization("PRACTICE", "Lakeside Medical Practice", "USD", 30, 6, "PR-", true),
            new SampleOrganization("CLUB", "Riverside Fitness Club", "EUR", 7, 3, "CL-", false));

    private static final String[] FIRST = {"Ava", "Ben", "Chloe", "David", "Emma", "Felix", "Grace", "Hugo", "Isla",
            "Jack", "Kira", "Liam", "Mia", "Noah", "Olivia", "Paul", "Quinn", "Rosa", "Sam", "Tara"};
    private static final String[] LAST = {"Adams", "Baker", "Clark", "Diaz", "Evans", "Foster", "Garcia", "Hughes",
            "Ito", "Jones", "Khan", "Lopez", "Miller", "Nguyen", "Olsen", "Patel", "Reyes", "Smith", "Taylor", "Weber"};
    private static final String[] CITIES = {"Springfield", "Riverton", "Lakeside", "Fairview", "Greenville"};
    private static final int BATCH = 5_000;

    private final SampleDataMapper mapper;
    private final List<SampleContributor> contributors;

    /** @param contributors every feature's samples, in their {@code @Order} */
    public SampleData(SampleDataMapper mapper, List<SampleContributor> contributors) {
        this.mapper = mapper;
        this.contributors = List.copyOf(contributors);
    }

    /**
     * The loader outside the application (the benchmark loads its template database this way): every contributor of
     * this package, made with its mapper from {@code session}, in their {@code @Order}.
     */
    public static SampleData standalone(SqlSession session) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(SampleContributor.class));
        List<SampleContributor> found = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents(SampleData.class.getPackageName())) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), SampleData.class.getClassLoader());
            Constructor<?> constructor = type.getDeclaredConstructors()[0];
            Object[] mappers = Arrays.stream(constructor.getParameterTypes()).map(session::getMapper).toArray();
            found.add((SampleContributor) BeanUtils.instantiateClass(constructor, mappers));
        }
        AnnotationAwareOrderComparator.sort(found);
        return new SampleData(session.getMapper(SampleDataMapper.class), found);
    }

    /** The scale that loads about {@code plans} billing plans in all (the edge cases come on top). */
    public static int scaleFor(long plans) {
        return Math.toIntExact((plans + ORGANIZATIONS.size() - 1) / ORGANIZATIONS.size());
    }

    public boolean loaded() {
        return ORGANIZATIONS.stream().anyMatch(o -> mapper.organizationExists(o.code()));
    }

    /** Loads the samples in one transaction; refuses when they are already there. */
    @Transactional
    public Summary load(int scale, long seed, LocalDate asOf) {
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative");
        }
        for (SampleOrganization organization : ORGANIZATIONS) {
            if (mapper.organizationExists(organization.code())) {
                throw new ActionRefusedException("samples are already loaded (organization " + organization.code()
                        + " exists); use a fresh database or another billcycle.home");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        long accounts = 0;
        long plans = 0;
        for (SampleOrganization organization : ORGANIZATIONS) {
            long orgId = mapper.insertOrganization(organization.code(), organization.name(), organization.currency(),
                    organization.paymentTermsDays(), organization.maxCatchUpPeriods(), organization.invoicePrefix());
            List<SamplePlan> generated = new ArrayList<>(edgeCases(organization, asOf));
            for (int i = 0; i < scale; i++) {
                generated.add(randomPlan(organization, accountNumber(organization, 100 + i / 2), random, asOf));
            }
            List<String> numbers = generated.stream().map(SamplePlan::accountNumber).distinct().toList();
            for (int from = 0; from < numbers.size(); from += BATCH) {
                insertAccounts(orgId, numbers.subList(from, Math.min(numbers.size(), from + BATCH)), random);
            }
            for (int from = 0; from < generated.size(); from += BATCH) {
                insertPlans(orgId, generated.subList(from, Math.min(generated.size(), from + BATCH)));
            }
            // the statements below join what was just inserted: without statistics the planner takes the new tables
            // for empty and joins them row by row (a million plans then took longer than a quarter of an hour)
            mapper.analyzeLoaded();
            for (SampleContributor contributor : contributors) {
                accounts += contributor.contribute(organization, orgId);
            }
            accounts += numbers.size();
            plans += generated.size();
        }
        return new Summary(ORGANIZATIONS.size(), accounts, plans);
    }

    public record Summary(int organizations, long accounts, long plans) {
    }

    static String accountNumber(SampleOrganization organization, int n) {
        return organization.code().charAt(0) + "-" + String.format("%06d", n);
    }

    /** The cases the invoicing rules distinguish, the same in every load. */
    static List<SamplePlan> edgeCases(SampleOrganization o, LocalDate asOf) {
        String a = accountNumber(o, 1);
        String b = accountNumber(o, 2);
        String c = accountNumber(o, 3);
        List<SamplePlan> cases = new ArrayList<>();
        // anchored on the 31st, three periods behind across a short February
        cases.add(plan(a, "Month-end 31st", "120.00", Frequency.MONTHLY, "2024-10-31", null, 0, behind(Frequency.MONTHLY, "2024-10-31", asOf, 3), PlanStatus.ACTIVE));
        cases.add(plan(a, "Month-end 30th", "95.00", Frequency.MONTHLY, "2024-01-30", null, 0, behind(Frequency.MONTHLY, "2024-01-30", asOf, 1), PlanStatus.ACTIVE));
        cases.add(plan(a, "Month-end 29th", "80.00", Frequency.MONTHLY, "2023-12-29", null, 0, behind(Frequency.MONTHLY, "2023-12-29", asOf, 2), PlanStatus.ACTIVE));
        cases.add(plan(a, "Leap-day yearly", "600.00", Frequency.YEARLY, "2024-02-29", null, 30, "2025-02-28", PlanStatus.ACTIVE));
        cases.add(plan(b, "Weekly sessions", "45.00", Frequency.WEEKLY, "2024-12-02", null, 0, behind(Frequency.WEEKLY, "2024-12-02", asOf, 2), PlanStatus.ACTIVE));
        cases.add(plan(b, "Biweekly sessions", "85.00", Frequency.BIWEEKLY, "2024-11-04", null, 0, behind(Frequency.BIWEEKLY, "2024-11-04", asOf, 1), PlanStatus.ACTIVE));
        cases.add(plan(b, "Quarterly dues", "300.00", Frequency.QUARTERLY, "2024-11-30", null, 0, "2025-02-28", PlanStatus.ACTIVE));
        // lead days: the next period starts after the business date but inside the lead window
        cases.add(plan(b, "Billed ahead", "150.00", Frequency.MONTHLY, "2024-12-05", null, 10, "2025-02-05", PlanStatus.ACTIVE));
        // ended: the last periods are billed, then the plan becomes INACTIVE
        cases.add(plan(c, "Ended last month", "70.00", Frequency.MONTHLY, "2024-06-15", "2024-12-20", 0, "2024-12-15", PlanStatus.ACTIVE));
        cases.add(plan(c, "Paused and ended", "70.00", Frequency.MONTHLY, "2024-03-01", "2024-12-31", 0, "2024-11-01", PlanStatus.PAUSED));
        // far behind: more periods due than the organization allows in one run, parked
        cases.add(plan(c, "Years behind", "25.00", Frequency.WEEKLY, "2023-01-02", null, 0, "2023-01-02", PlanStatus.ACTIVE));
        // never billed whatever is due
        cases.add(plan(c, "On leave", "110.00", Frequency.MONTHLY, "2024-09-01", null, 0, "2024-12-01", PlanStatus.PAUSED));
        cases.add(plan(c, "Finished", "110.00", Frequency.MONTHLY, "2023-09-01", "2024-08-31", 0, "2024-08-01", PlanStatus.INACTIVE));
        cases.add(plan(c, "Entered by mistake", "110.00", Frequency.MONTHLY, "2024-09-01", null, 0, "2024-09-01", PlanStatus.VOIDED));
        return cases;
    }

    private static SamplePlan randomPlan(SampleOrganization o, String account, SplittableRandom random, LocalDate asOf) {
        Frequency frequency = pick(random, new Frequency[] {Frequency.MONTHLY, Frequency.MONTHLY, Frequency.MONTHLY,
                Frequency.MONTHLY, Frequency.WEEKLY, Frequency.BIWEEKLY, Frequency.QUARTERLY, Frequency.YEARLY});
        // the 29th to 31st are over-represented: month ends are where billing goes wrong
        int day = random.nextInt(10) < 3 ? 29 + random.nextInt(3) : 1 + random.nextInt(28);
        LocalDate month = asOf.minusMonths(2 + random.nextInt(24)).withDayOfMonth(1);
        LocalDate start = month.withDayOfMonth(Math.min(day, month.lengthOfMonth()));
        int roll = random.nextInt(100);
        int behind = roll < 60 ? 1 : roll < 75 ? 0 : roll < 95 ? 2 + random.nextInt(3) : o.maxCatchUpPeriods() + 1 + random.nextInt(3);
        BillingSchedule schedule = new BillingSchedule(start, null, frequency);
        long current = schedule.firstIndexOnOrAfter(asOf.plusDays(1));
        LocalDate next = schedule.periodStart(Math.max(0, current - behind));
        LocalDate end = random.nextInt(10) == 0 ? asOf.minusDays(random.nextInt(40)).plusDays(20) : null;
        if (end != null && end.isBefore(start)) {
            end = null;
        }
        int statusRoll = random.nextInt(100);
        PlanStatus status = statusRoll < 85 ? PlanStatus.ACTIVE : statusRoll < 93 ? PlanStatus.PAUSED
                : statusRoll < 97 ? PlanStatus.INACTIVE : PlanStatus.VOIDED;
        BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(49_000), 2);
        int lead = pick(random, new Integer[] {0, 0, 0, 0, 5, 10, 30});
        String subject = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
        return new SamplePlan(account, subject, amount, frequency, start, end, lead, next, status);
    }

    private static String behind(Frequency frequency, String start, LocalDate asOf, int periods) {
        BillingSchedule schedule = new BillingSchedule(LocalDate.parse(start), null, frequency);
        long current = schedule.firstIndexOnOrAfter(asOf.plusDays(1));
        return schedule.periodStart(Math.max(0, current - periods)).toString();
    }

    private static SamplePlan plan(String account, String subject, String amount, Frequency frequency, String start,
            String end, int leadDays, String next, PlanStatus status) {
        return new SamplePlan(account, subject, new BigDecimal(amount), frequency, LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), leadDays, LocalDate.parse(next), status);
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private void insertAccounts(long orgId, List<String> numbers, SplittableRandom random) {
        int n = numbers.size();
        String[] names = new String[n];
        String[] streets = new String[n];
        String[] cities = new String[n];
        String[] regions = new String[n];
        String[] postals = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            streets[i] = (1 + random.nextInt(999)) + " " + LAST[random.nextInt(LAST.length)] + " Street";
            cities[i] = CITIES[random.nextInt(CITIES.length)];
            regions[i] = "IL";
            postals[i] = String.format("%05d", 60000 + random.nextInt(3000));
        }
        mapper.insertAccounts(orgId, numbers.toArray(String[]::new), names, streets, cities, regions, postals);
    }

    private void insertPlans(long orgId, List<SamplePlan> plans) {
        mapper.insertPlans(orgId,
                plans.stream().map(SamplePlan::accountNumber).toArray(String[]::new),
                plans.stream().map(SamplePlan::subject).toArray(String[]::new),
                plans.stream().map(SamplePlan::amount).toArray(BigDecimal[]::new),
                plans.stream().map(p -> p.frequency().name()).toArray(String[]::new),
                plans.stream().map(SamplePlan::start).toArray(LocalDate[]::new),
                plans.stream().map(SamplePlan::end).toArray(LocalDate[]::new),
                plans.stream().map(SamplePlan::leadDays).toArray(Integer[]::new),
                plans.stream().map(SamplePlan::nextPeriodStart).toArray(LocalDate[]::new),
                plans.stream().map(p -> p.status().name()).toArray(String[]::new));
    }
}
