-- billcycle never stores a payment card number. The CLI refuses one at its edge and imports refuse one per cell; these
-- CHECKs make sure that no other path stores one either.
--
-- A card number is 13 to 19 digits, together or in groups separated by one space or dash, passing the Luhn check,
-- not glued to a letter or digit before or after, directly or through a dash (a number inside a file name or a word
-- is not one):
-- the same rule as io.billcycle.text.CardNumbers. Stretches of whole groups are tried, so "4111 1111 1111 1111 exp"
-- is found, while a 20-digit reference without separators is not cut into pieces. (V8's first version had no Luhn
-- check and so refused every long reference.)
create or replace function looks_like_card_number(text) returns boolean
language plpgsql immutable parallel safe as $$
declare
    run text[];
    groups text[];
    digits text;
    total integer;
    d integer;
begin
    if $1 is null or $1 !~ '[0-9]([ -]?[0-9]){12}' then
        return false;
    end if;
    for run in select regexp_matches($1, '(?<![0-9A-Za-z])(?<![0-9A-Za-z]-)[0-9]+(?:[ -][0-9]+)*(?![0-9A-Za-z])(?!-[0-9A-Za-z])', 'g') loop
        groups := regexp_split_to_array(run[1], '[ -]');
        for g_first in 1 .. array_length(groups, 1) loop
            digits := '';
            for g_last in g_first .. array_length(groups, 1) loop
                exit when length(digits) + length(groups[g_last]) > 19;
                digits := digits || groups[g_last];
                if length(digits) >= 13 then
                    total := 0;
                    for i in 0 .. length(digits) - 1 loop
                        d := substr(digits, length(digits) - i, 1)::integer;
                        if i % 2 = 1 then
                            d := d * 2;
                            if d > 9 then
                                d := d - 9;
                            end if;
                        end if;
                        total := total + d;
                    end loop;
                    if total % 10 = 0 then
                        return true;
                    end if;
                end if;
            end loop;
        end loop;
    end loop;
    return false;
end
$$;

-- Every free-text column: names, addresses, reasons, notes, messages, references, methods, who did it. The regular
-- expression in front is the cheap test (no 13 digits in a row, no card); the function only runs behind it.
do $$
declare
    columns constant text[] := array[
        'organizations.name', 'account_classes.name', 'billing_groups.name',
        'accounts.name', 'accounts.address_line1', 'accounts.address_line2', 'accounts.city', 'accounts.region',
        'accounts.postal_code', 'accounts.billing_message', 'accounts.override_billing_message',
        'accounts.collection_agency',
        'billing_plans.description', 'billing_plans.subject',
        'billing_plan_status_changes.reason', 'billing_plan_status_changes.actor',
        'invoices.created_by', 'ledger_entries.description', 'ledger_entries.created_by',
        'payments.reference', 'payments.method', 'payments.created_by',
        'finance_charges.reason', 'dunning_levels.message', 'statements.dunning_reason', 'statements.message_lines',
        'collection_statuses.description', 'collection_roster.detail',
        'payment_plans.status_reason', 'payment_plans.created_by', 'payment_plans.merchant', 'payment_plans.payment_method',
        'payment_plans.card_holder_name',
        'providers.name', 'providers.payee_name', 'providers.payee_reference',
        'provider_payments.hold_reason', 'provider_payments.created_by',
        'provider_payment_changes.reason', 'provider_payment_changes.changed_by',
        'facilities.short_name', 'customers.first_name', 'customers.last_name', 'plan_directory_nodes.full_title',
        'plans.name', 'freezes.reason', 'freezes.created_by'];
    c text;
begin
    foreach c in array columns loop
        execute format('alter table %I add constraint %I check (%I !~ %L or not looks_like_card_number(%I))',
                       split_part(c, '.', 1), replace(c, '.', '_') || '_no_card', split_part(c, '.', 2),
                       '[0-9]([ -]?[0-9]){12}', split_part(c, '.', 2));
    end loop;
end
$$;
