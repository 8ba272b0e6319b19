package io.billcycle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1)|'=SUM(A1)", "+1|'+1", "-2|'-2", "@cmd|'@cmd", "plain|plain", "a=b|a=b", "'quoted|'quoted"})
    void textThatLooksLikeAFormulaIsDefused(String in, String out) {
        assertThat(CsvCells.text(in)).isEqualTo(out);
    }

    @Test
    void tabAndCarriageReturnLeadersAreDefusedNullIsEmpty() {
        assertThat(CsvCells.text("\tx")).isEqualTo("'\tx");
        assertThat(CsvCells.text("\rx")).isEqualTo("'\rx");
        assertThat(CsvCells.text(null)).isEmpty();
        assertThat(CsvCells.text("")).isEmpty();
    }

    @Test
    void amountsAndDatesAreNeverAltered() {
        assertThat(CsvCells.amount(new BigDecimal("-12.5"))).isEqualTo("-12.50");
        assertThat(CsvCells.amount(new BigDecimal("1234567.89"))).isEqualTo("1234567.89");
        assertThat(CsvCells.amount(BigDecimal.ZERO)).isEqualTo("0.00");
        assertThat(CsvCells.amount(new BigDecimal("1E+3"))).isEqualTo("1000.00");
        assertThat(CsvCells.amount(null)).isEmpty();
        assertThat(CsvCells.date(LocalDate.parse("2024-02-29"))).isEqualTo("2024-02-29");
        // more than cents would silently lose money: refuse rather than round
        assertThatThrownBy(() -> CsvCells.amount(new BigDecimal("1.005"))).isInstanceOf(ArithmeticException.class);
    }
}
