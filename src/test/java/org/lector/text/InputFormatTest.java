package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "story.html | plain words | HTML",
        "STORY.HTM | plain words | HTML",
        "notes.md | plain words | MARKDOWN",
        "story.txt | # not a heading in a .txt | PLAIN",
        "- | <!DOCTYPE html><html><body>x</body></html> | HTML",
        "- | '# Budget vote delayed\n\nText.' | MARKDOWN",
        "- | 'Read the [report](http://example.org/r) today.' | MARKDOWN",
        "- | 'Budget vote delayed\n\nText #1 of 2.' | PLAIN",
    })
    void detectsFormatByNameThenContent(String name, String text, InputFormat expected) {
        assertThat(InputFormat.detect(name, text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
