package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTest {

    @Test
    void quotesAnOrdinaryNameAsItIs() {
        assertThat(Quoted.of("story (final).html")).isEqualTo("'story (final).html'");
    }

    @Test
    void escapesLineBreaksControlsAndBidirectionalOverrides() {
        assertThat(Quoted.of("a\nb\r\tc\u001B[31m\u202Efdp.exe")).isEqualTo("'a\\nb\\r\\tc\\u001B[31m\\u202Efdp.exe'")
                .doesNotContain("\n");
    }

    @Test
    void shortensAValueLongerThanAMessageShouldBe() {
        String quoted = Quoted.of("9".repeat(100_000));
        assertThat(quoted).hasSize(Quoted.LONGEST + 3).endsWith("…'");
    }

    @Test
    void keepsLettersOfEveryScript() {
        assertThat(Quoted.of("مقالة 記事 статья")).isEqualTo("'مقالة 記事 статья'");
    }
}
