-- Export files are named by their own kind (what the file holds: invoices, statements, dunning letters), not by the
-- job that writes them, since one job may write two kinds. The writing job is recorded beside the kind.
alter table export_batches add column job_name varchar(100);

update export_batches set job_name = kind, kind = 'invoices' where kind = 'invoice-generation';
