-- The reporting role: the login that runs a club's own report SQL (billcycle reports run), and nothing else. Flyway
-- runs this after every migrate; it is also the script a DBA runs on an external server (as a superuser, or as a role
-- with CREATEROLE that owns the database and its tables), then sets a password:
--
--   psql -v ON_ERROR_STOP=1 -d billing -f afterMigrate__reporting_role.sql
--   ALTER ROLE billcycle_report PASSWORD '...';
--
-- It does only what is missing, so running it again changes nothing, and it skips what the connected role may not
-- do (reports then refuse to run and say which limit is not in place; see docs/security.md). What the role may do:
--   * log in, and SELECT the membership tables that report templates are written against; nothing else;
--   * not a superuser, no CREATEROLE/CREATEDB/REPLICATION/BYPASSRLS, member of no role;
--   * no CREATE on the database or any schema, no TEMP;
--   * no EXECUTE on large-object, server-file or dblink functions (they are revoked from PUBLIC; superuser only);
--   * every transaction read-only (default_transaction_read_only) and a statement_timeout, set on the role.
do $reporting_role$
declare
    report_tables constant text[] := array['facilities', 'customers', 'plan_directory_nodes', 'plans', 'contracts',
                                           'enrollments', 'enrollment_statuses', 'freezes'];
    privileged boolean := (select rolsuper or rolcreaterole from pg_roles where rolname = current_user);
    superuser boolean := (select rolsuper from pg_roles where rolname = current_user);
    t text;
    f regprocedure;
begin
    if not exists (select 1 from pg_roles where rolname = 'billcycle_report') then
        if not privileged then
            raise notice 'billcycle: role % may not create roles; a DBA creates billcycle_report (docs/security.md)', current_user;
            return;
        end if;
        begin
            create role billcycle_report login nosuperuser nocreatedb nocreaterole noinherit noreplication nobypassrls;
        exception when duplicate_object then
            null; -- another process created it at the same moment
        end;
    end if;
    if not exists (select 1 from pg_db_role_setting s join pg_roles r on r.oid = s.setrole
                    where r.rolname = 'billcycle_report' and s.setdatabase = 0
                      and 'default_transaction_read_only=on' = any (s.setconfig)
                      and exists (select 1 from unnest(s.setconfig) c where c like 'statement\_timeout=%')) then
        begin
            alter role billcycle_report set default_transaction_read_only = on;
            alter role billcycle_report set statement_timeout = '10min';
        exception when insufficient_privilege then
            raise notice 'billcycle: role % may not alter billcycle_report', current_user;
        end;
    end if;

    -- SELECT on the report tables, granted by their owner
    foreach t in array report_tables loop
        if to_regclass(t) is not null and not has_table_privilege('billcycle_report', t, 'SELECT') then
            execute format('grant select on table %I to billcycle_report', t);
        end if;
    end loop;

    -- no temporary tables: TEMP is PUBLIC's by default, so it moves from PUBLIC to this database's owner
    if has_database_privilege('billcycle_report', current_database(), 'TEMP') then
        begin
            execute format('grant temporary on database %I to %I', current_database(),
                           (select pg_get_userbyid(datdba) from pg_database where datname = current_database()));
            execute format('revoke temporary on database %I from public', current_database());
        exception when insufficient_privilege then
            raise notice 'billcycle: role % may not revoke TEMP from PUBLIC', current_user;
        end;
    end if;
    -- PostgreSQL before 15 gives PUBLIC CREATE on schema public
    if has_schema_privilege('billcycle_report', 'public', 'CREATE') then
        begin
            revoke create on schema public from public;
        exception when insufficient_privilege then
            raise notice 'billcycle: role % may not revoke CREATE on schema public from PUBLIC', current_user;
        end;
    end if;

    -- large objects, server files and dblink: functions PUBLIC may run by default; only a superuser can take them back
    if superuser then
        for f in select p.oid::regprocedure from pg_proc p
                  where (p.proname ~ '^(lo_|lo(read|write)$|dblink|pg_read_|pg_ls_|pg_stat_file|pg_file_)')
                    and has_function_privilege('billcycle_report', p.oid, 'EXECUTE') loop
            execute format('revoke execute on function %s from public', f);
        end loop;
    end if;
end
$reporting_role$;
