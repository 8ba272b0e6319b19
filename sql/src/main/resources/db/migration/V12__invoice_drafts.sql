-- invoice-generation invoices in partitions that run side by side; numbering invoices there would make the numbers
-- depend on which partition committed first, and every chunk would queue on its organization's counter row. So a
-- partition writes its invoices here, as drafts, in the same transaction that advances their plans, and one set-based
-- step after the partitions issues each organization's drafts in one statement: takes them out of this table, numbers
-- them gapless in (plan, period) order, inserts them into invoices and posts their CHARGE entries. A draft is nobody's
-- invoice yet: no number, no ledger entry, never exported. The table is empty between runs.
create table invoice_drafts (
    billing_plan_id  bigint        not null,
    period_start     date          not null,
    organization_id  bigint        not null,
    account_id       bigint        not null,
    period_end       date          not null,
    issue_date       date          not null,
    due_date         date          not null,
    amount           numeric(14,2) not null check (amount > 0),
    job_execution_id bigint,
    -- the business key of invoices: a period is drafted once
    primary key (billing_plan_id, period_start)
);
