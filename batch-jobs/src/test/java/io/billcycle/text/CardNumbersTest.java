package io.billcycle.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What counts as a card number: 13 to 19 digits in groups of one separator, passing Luhn; and how it is masked. */
class CardNumbersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4111111111111111                     | true
            4111 1111 1111 1111                  | true
            4111-1111-1111-1111                  | true
            paid by card 4111 1111 1111 1111     | true
            4111 1111 1111 1111 exp 12/27        | true
            ref 12 4111111111111111              | true
            378282246310005                      | true
            4222222222222                        | true
            4012888888881881                     | true
            6011000990139424                     | true
            4111111111111112                     | false
            411111111111111                      | false
            422222222222                         | false
            99999999999999999999                 | false
            12345678901234567890123              | false
            4111  1111  1111  1111               | false
            4111--1111--1111--1111               | false
            ''                                   | false
            no digits at all                     | false
            2025-01-31                           | false
            -4111111111111111                    | true
            BK 4111111111111111                  | true
            BK-4111111111111111                  | false
            /tmp/junit-4111111111111111/x.csv    | false
            4111111111111111-exp                 | false
            4111111111111111 - exp               | true
            /tmp/junit4111111111111111/x.sql     | false
            4111111111111111x                    | false
            ref4111 1111 1111 1111               | false
            """)
    void looksLikeCard(String value, boolean card) {
        assertThat(CardNumbers.looksLikeCard(value)).isEqualTo(card);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            4111111111111111                     | ************1111
            got '4111 1111 1111 1111' here       | got '**** **** **** 1111' here
            2025-01-31 and 4111111111111112      | 2025-01-31 and 4111111111111112
            """)
    void masksAllButTheLastFourDigits(String value, String masked) {
        assertThat(CardNumbers.mask(value)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, true", "18, true", "59, true", "79927398713, true", "79927398710, false", "1234567812345670, true",
            "1234567812345678, false"})
    void luhn(String digits, boolean valid) {
        assertThat(CardNumbers.luhn(digits)).isEqualTo(valid);
    }
}
