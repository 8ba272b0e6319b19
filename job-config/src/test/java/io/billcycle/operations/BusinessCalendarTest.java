package io.billcycle.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.billcycle.BillcycleApplication;
import io.billcycle.testsupport.DatabaseTest;

/** "Today" is the organization's own day when a command is about one organization. */
@SpringBootTest(classes = BillcycleApplication.class)
class BusinessCalendarTest extends DatabaseTest {

    @Autowired
    BusinessCalendar calendar;

    @Test
    void aGivenDateIsKeptAndTodayFollowsTheOrganizationsTimeZone() {
        // UTC+14 and UTC-11 are 25 hours apart: at any instant their calendar dates differ
        long east = fixtures.organization("EAST");
        long west = fixtures.organization("WEST");
        jdbc.update("update organizations set time_zone = 'Pacific/Kiritimati' where id = ?", east);
        jdbc.update("update organizations set time_zone = 'Pacific/Pago_Pago' where id = ?", west);

        LocalDate eastToday = calendar.orToday(null, "EAST");
        LocalDate westToday = calendar.orToday(null, "WEST");

        assertThat(eastToday).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")));
        assertThat(westToday).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Pago_Pago")));
        assertThat(eastToday).isAfter(westToday);
        assertThat(calendar.orToday(null, null)).isEqualTo(LocalDate.now(ZoneId.of("UTC")));
        assertThat(calendar.orToday(LocalDate.parse("2024-02-29"), "EAST")).isEqualTo(LocalDate.parse("2024-02-29"));
    }
}
