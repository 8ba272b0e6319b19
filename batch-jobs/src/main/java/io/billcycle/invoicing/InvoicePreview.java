package io.billcycle.invoicing;

import static io.billcycle.export.CsvCells.amount;
import static io.billcycle.export.CsvCells.date;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.ibatis.cursor.Cursor;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.stereotype.Component;

import io.billcycle.batch.BusinessRun;
import io.billcycle.preview.JobPreview;

/**
 * What {@code invoice-generation} would do: the same due-plan query and {@link InvoicePlanner}, one row per invoice it
 * would issue, per plan it would park, and per ended plan it would make INACTIVE.
 */
@Component
public class InvoicePreview implements JobPreview {

    private static final List<String> HEADER = List.of("organization", "billing_plan_id", "account_id", "action",
            "period_start", "period_end", "issue_date", "due_date", "amount", "reason");

    private final SqlSessionTemplate sessions;
    private final InvoiceGenerationMapper mapper;

    public InvoicePreview(SqlSessionTemplate sessions, InvoiceGenerationMapper mapper) {
        this.sessions = sessions;
        this.mapper = mapper;
    }

    @Override
    public String jobName() {
        return InvoiceGenerationJobConfiguration.JOB_NAME;
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public void rows(BusinessRun run, Consumer<List<String>> rows) {
        Set<Long> parked = new HashSet<>();
        try (Cursor<DuePlan> plans = sessions.selectCursor(InvoiceGenerationMapper.SELECT_DUE_PLANS, run.sqlParameters())) {
            for (DuePlan plan : plans) {
                PlanInvoicing decision = InvoicePlanner.plan(plan, run.businessDate());
                if (decision == null) {
                    continue;
                }
                if (decision.isParked()) {
                    parked.add(plan.id());
                    rows.accept(row(run, plan.id(), plan.accountId(), "PARK", "", "", "", "", "",
                            decision.parkedPeriods() + " periods due, more than the " + plan.maxCatchUpPeriods()
                                    + " one run may bill; the plan is left as it is"));
                    continue;
                }
                for (PlannedInvoice invoice : decision.invoices()) {
                    rows.accept(row(run, plan.id(), plan.accountId(), "INVOICE", date(invoice.period().start()),
                            date(invoice.period().end()), date(run.businessDate()), date(invoice.dueDate()),
                            amount(plan.amount()), "period starts on or before " + run.businessDate().plusDays(plan.leadDays())
                                    + (plan.leadDays() > 0 ? " (" + plan.leadDays() + " lead days)" : "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (InvoiceGenerationMapper.EndedPlan ended : mapper.selectEndedPlans(run.sqlParameters())) {
            if (!parked.contains(ended.id())) {
                rows.accept(row(run, ended.id(), ended.accountId(), "DEACTIVATE", "", "", "", "", "",
                        "ended " + ended.endDate() + ": " + ended.status() + " -> INACTIVE"));
            }
        }
    }

    private static List<String> row(BusinessRun run, long planId, long accountId, String action, String periodStart,
            String periodEnd, String issueDate, String dueDate, String amount, String reason) {
        return List.of(run.org(), Long.toString(planId), Long.toString(accountId), action, periodStart, periodEnd, issueDate,
                dueDate, amount, reason);
    }
}
