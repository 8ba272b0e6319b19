-- invoice-generation writes its invoices in partitions that run side by side; numbering them there would make the
-- numbers depend on which partition committed first, and every chunk would queue on its organization's counter row.
-- So a partition writes DRAFT invoices, without a number or a ledger entry, and one set-based step after the
-- partitions numbers each organization's drafts in (plan, period) order, gapless, and posts their CHARGE entries in
-- the same statement. A draft has no number; every other invoice has one.
alter table invoices alter column invoice_number drop not null;
alter table invoices drop constraint invoices_status_check;
alter table invoices add constraint invoices_status_check check (status in ('DRAFT', 'OPEN', 'PAID', 'VOID'));
alter table invoices add constraint invoices_numbered_unless_draft check ((status = 'DRAFT') = (invoice_number is null));
-- the numbering step finds an organization's drafts without reading its invoices
create index invoices_drafts_idx on invoices (organization_id, billing_plan_id, period_start) where status = 'DRAFT';
