package io.billcycle.memberships;

import static io.billcycle.export.CsvCells.date;
import static io.billcycle.export.CsvCells.text;

import java.time.format.DateTimeFormatter;
import java.util.List;

import io.billcycle.export.CsvLayout;

/** The report's columns, named and ordered as the club's own report names them (interfaces.md). */
public final class FrozenPrepaidExpiryCsvLayout implements CsvLayout<FrozenPrepaidExpiryRow> {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final List<String> HEADER = List.of("full_name", "__CUSTOMER_ID", "enrollment_calculated_end_date_value",
            "contract_end_date_local_value", "plan_name_value", "plan_parent_full_title_value",
            "contract_facility_short_name_value", "freeze_start_date_for_enrollment_value");

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public List<String> cells(FrozenPrepaidExpiryRow r) {
        return List.of(text(r.fullName()), Long.toString(r.customerId()), date(r.enrollmentCalculatedEndDate()),
                r.contractEndDateLocal() == null ? "" : r.contractEndDateLocal().format(TIMESTAMP), text(r.planName()),
                text(r.planParentFullTitle()), text(r.facilityShortName()), date(r.freezeStartDate()));
    }
}
