-- Invoice number counters move off organizations. Every chunk bumps its organization's counter, and every invoice row
-- checks its foreign key against the organization. With both on one row, each bump left a row version that a long
-- job's open reader snapshot keeps alive, and every foreign-key check walked all of them: the run slowed down with
-- every chunk it committed. Organizations now stay unchanged during runs.
create table invoice_number_counters (
    organization_id bigint primary key references organizations (id),
    -- the last number handed out; bumped once per chunk and organization, in the chunk's transaction
    last_number     bigint not null check (last_number >= 0)
);

insert into invoice_number_counters (organization_id, last_number)
select id, last_invoice_number from organizations where last_invoice_number > 0;

alter table organizations drop column last_invoice_number;
