package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextCleanerTest {

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("composesDecomposedAccents", "Cafe\u0301 Zu\u0308rich", "Café Zürich"),
                Arguments.of("turnsNoBreakSpacesIntoSpaces", "10\u00A0km and 5\u202Fkg", "10 km and 5 kg"),
                Arguments.of("removesZeroWidthSpaces", "news\u200Broom\uFEFF", "newsroom"),
                Arguments.of("removesBidirectionalControls", "price \u202E01$\u202C and \u2066x\u2069 \u200Fy\u200E",
                        "price 01$ and x y"),
                Arguments.of("removesSoftHyphens", "extra\u00ADordinary", "extraordinary"),
                Arguments.of("keepsZeroWidthJoinerForEmoji", "👩\u200D💻", "👩\u200D💻"),
                Arguments.of("resolvesHtmlEntities", "Q&amp;A &#8220;now&#8221; &eacute;t&eacute;", "Q&A “now” été"),
                Arguments.of("leavesBareAmpersandAlone", "AT&T and R&D", "AT&T and R&D"),
                Arguments.of("normalisesWindowsLineEnds", "one\r\ntwo\rthree", "one\ntwo\nthree"),
                Arguments.of("normalisesUnicodeLineSeparators", "one\u2028two\u2029three", "one\ntwo\nthree"),
                Arguments.of("dropsControlCharactersAndNul", "a\u0000b\u0007c\u001Bd\u009Fe", "abcde"),
                Arguments.of("keepsTabsThatSeparateCopiedTableCells", "a\tb", "a\tb"),
                Arguments.of("keepsRightToLeftAndCjkText", "مرحبا 你好", "مرحبا 你好"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cleans(String behaviour, String input, String expected) {
        assertThat(new TextCleaner().clean(input)).isEqualTo(expected);
    }

    @Test
    void turnsTabsIntoSpacesInAPagesText() {
        assertThat(new TextCleaner().cleanCharacters("a\tb &amp; c")).isEqualTo("a b &amp; c");
    }
}
