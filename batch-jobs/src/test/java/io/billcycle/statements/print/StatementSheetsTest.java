package io.billcycle.statements.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a statement is laid out and written on paper, without a database. */
class StatementSheetsTest {

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "22, 1", "23, 2", "72, 2", "73, 3", "122, 3", "123, 4"})
    void aStatementTakesOnePagePlusOneForEachFiftyLinesBeyondTwentyTwo(int lines, int pages) throws Exception {
        PrintedStatement statement = new PrintedStatement();
        for (int i = 0; i < lines; i++) {
            statement.activity().add(new ActivityLine(i, LocalDate.of(2024, 2, 29), "PAYMENT", null, null,
                    new BigDecimal("-1.00")));
        }
        assertThat(StatementSheets.pagesFor(statement)).isEqualTo(pages);
    }

    @ParameterizedTest
    @CsvSource({"0, 0.00", "0.5, 0.50", "-4.5, -4.50", "1234.5, '1,234.50'", "-1234567.89, '-1,234,567.89'",
            "999999999999.99, '999,999,999,999.99'"})
    void amountsHaveGroupedThousandsAndTwoDecimals(String amount, String printed) {
        assertThat(StatementSheets.money(new BigDecimal(amount))).isEqualTo(printed);
    }

    @Test
    void anAmountIsNeverRoundedOnPaper() {
        assertThatThrownBy(() -> StatementSheets.money(new BigDecimal("999.999"))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void whatHelveticasEncodingCannotShowPrintsAsAQuestionMark() {
        assertThat(StatementSheets.printable("Zoë Müller – 5 €")).isEqualTo("Zoë Müller – 5 €");
        assertThat(StatementSheets.printable("Łukasz 東京 😀")).isEqualTo("?ukasz ?? ?");
        assertThat(StatementSheets.printable("tab\there")).isEqualTo("tab?here");
        assertThat(StatementSheets.printable(null)).isEmpty();
    }

    @Test
    void addressesLeaveOutWhatIsNotSet() throws Exception {
        PrintedStatement statement = new PrintedStatement();
        set(statement, "accountName", "Pat Doe");
        set(statement, "addressLine1", " 1 Main St ");
        set(statement, "city", "Springfield");
        set(statement, "postalCode", "62701");
        assertThat(statement.mailingAddress()).containsExactly("Pat Doe", "1 Main St", "Springfield  62701");
        set(statement, "region", "IL");
        set(statement, "country", "US");
        assertThat(statement.mailingAddress()).containsExactly("Pat Doe", "1 Main St", "Springfield, IL  62701", "US");
        assertThat(statement.organizationAddress()).isEmpty();
    }

    private static void set(PrintedStatement statement, String field, Object value) throws Exception {
        Field f = PrintedStatement.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(statement, value);
    }
}
