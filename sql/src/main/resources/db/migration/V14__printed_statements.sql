-- statement-cycle prints its statements as PDF. A printed statement needs the organization's return address, and two
-- facts the statement row did not keep: where its period started (the previous statement date the job used, null for
-- a first statement or a restarted cycle) and the date its minimum is due. Kept on the row, a reprint shows exactly
-- what was decided, even after the account's statement dates have moved on.
alter table organizations
    add column address_line1    varchar(100),
    add column address_line2    varchar(100),
    add column city             varchar(60),
    add column region           varchar(60),
    add column postal_code      varchar(20),
    add column country          char(2) check (country ~ '^[A-Z]{2}$'),
    -- off: the organization's statements are still decided and exported as CSV, only the PDF is not made
    add column print_statements boolean not null default true;

alter table statements
    add column period_start     date,
    add column minimum_due_date date;

-- Statements written before this migration: the period started at the account's statement before it, and the
-- minimum was due after the organization's payment terms, as the job decides it from now on.
update statements s
   set period_start = (select max(p.statement_date) from statements p
                        where p.account_id = s.account_id and p.statement_date < s.statement_date),
       minimum_due_date = s.statement_date + o.payment_terms_days
  from organizations o
 where o.id = s.organization_id;

alter table statements
    alter column minimum_due_date set not null,
    add check (period_start is null or period_start < statement_date),
    add check (minimum_due_date >= statement_date);

do $$
declare
    c text;
begin
    foreach c in array array['address_line1', 'address_line2', 'city', 'region', 'postal_code'] loop
        execute format('alter table organizations add constraint %I check (%I !~ %L or not looks_like_card_number(%I))',
                       'organizations_' || c || '_no_card', c, '[0-9]([ -]?[0-9]){12}', c);
    end loop;
end
$$;
