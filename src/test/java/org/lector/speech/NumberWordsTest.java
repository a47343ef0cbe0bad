package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {

    @ParameterizedTest
    @CsvSource({"0,zero", "13,thirteen", "40,forty", "101,one hundred one", "1000,one thousand",
        "1234567,one million two hundred thirty four thousand five hundred sixty seven", "-5,minus five"})
    void saysCardinals(long number, String words) {
        assertThat(NumberWords.cardinal(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"1,first", "2,second", "3,third", "5,fifth", "12,twelfth", "20,twentieth", "21,twenty first",
        "100,one hundredth"})
    void saysOrdinals(long number, String words) {
        assertThat(NumberWords.ordinal(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"1990,nineteen ninety", "1905,nineteen oh five", "1800,eighteen hundred", "2000,two thousand",
        "2005,two thousand five", "2010,twenty ten", "2024,twenty twenty four"})
    void saysYears(int year, String words) {
        assertThat(NumberWords.year(year)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"'3.14',three point one four", "'1,000.5',one thousand point five", "'0.5',zero point five"})
    void saysDecimals(String number, String words) {
        assertThat(NumberWords.decimal(number)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({"12345678901234567890123"})
    void readsHugeNumbersDigitByDigit(String digits) {
        assertThat(NumberWords.cardinal(digits)).startsWith("one two three four");
    }
}
