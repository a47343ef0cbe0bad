package org.lector.speech.freetts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.audio.RecordingSink;
import org.lector.speech.Speakable;
import org.lector.speech.SpeechNormalizer;

/** Hostile sentences go through the normaliser and FreeTTS without hanging, throwing or reading junk. */
class SpeechBadInputTest {

    private static FreeTtsSynthesizer synthesizer;

    @BeforeAll
    static void allocate() {
        synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("null", null),
                Arguments.of("empty", ""),
                Arguments.of("whitespace", " \t\n "),
                Arguments.of("emoji only", "😀🎉👩‍💻"),
                Arguments.of("CJK", "東京は晴れです。"),
                Arguments.of("right to left", "قال المنظمون إن الحضور كان قياسيا."),
                Arguments.of("control characters and NUL", "a\u0000b\u0007c\u001B[31md"),
                Arguments.of("unpaired surrogates", "x\uD800y\uDC00z"),
                Arguments.of("long paragraph", "The council met and agreed a plan. ".repeat(6000)),
                Arguments.of("long token", "x".repeat(5000)),
                Arguments.of("address-like run", "x@" + "a.".repeat(3000)),
                Arguments.of("initials run", "a.".repeat(3000)),
                Arguments.of("thousands run", "1" + ",000".repeat(3000)),
                Arguments.of("dash rule", "-".repeat(2000)),
                Arguments.of("HTML", "<script>alert('x')</script><p class=\"a\">Hello &amp; welcome</p>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    @Timeout(30)
    void neitherHangsNorThrowsNorReadsJunk(String name, String input) {
        Speakable speakable = new SpeechNormalizer().normalize(input);
        assertThat(speakable.text()).matches("[A-Za-z' ,.!?]*");
        assertThat(speakable.text()).doesNotContain("script", "xxxx");
        RecordingSink sink = new RecordingSink(0);
        sink.begin();
        boolean spoken = synthesizer.speak(speakable.text().length() > 2000 ? speakable.text().substring(0, 2000)
                : speakable.text(), sink, 1.0);
        assertThat(spoken).isTrue();
    }

    @org.junit.jupiter.api.Test
    @Timeout(30)
    void startsARunOnSentenceWithinASecond() {
        String runOn = new SpeechNormalizer().normalize("word ".repeat(40_000)).text();
        long[] first = {-1};
        long start = System.nanoTime();
        RecordingSink sink = new RecordingSink(0) {
            @Override
            protected void play(byte[] data, int offset, int length) {
                if (first[0] < 0) {
                    first[0] = System.nanoTime() - start;
                    cancel();
                }
            }
        };
        sink.begin();
        assertThat(synthesizer.speak(runOn, sink, 1.0)).isFalse();
        assertThat(first[0] / 1_000_000).isLessThan(1000);
    }

    @org.junit.jupiter.api.Test
    void splitsLongTextAtCommasThenSpaces() {
        String text = ("alpha beta gamma, ").repeat(60);
        java.util.List<String> chunks = FreeTtsSynthesizer.chunks(text);
        assertThat(chunks).allMatch(chunk -> chunk.length() <= FreeTtsSynthesizer.LONGEST_CHUNK);
        assertThat(String.join(" ", chunks).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(chunks.get(0)).endsWith(",");
    }
}
