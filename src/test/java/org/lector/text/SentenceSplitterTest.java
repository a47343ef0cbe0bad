package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.INSTANCE.split(text).stream().map(Sentence::text).toList();
    }

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("keepsUsAfricaCommandTogether",
                        "They will return to the home bases of U.S. Africa Command, which are in Germany. It is final.",
                        List.of("They will return to the home bases of U.S. Africa Command, which are in Germany.",
                                "It is final.")),
                Arguments.of("splitsAfterUsWhenASentenceStarts",
                        "The troops went back to the U.S. The base closed in May.",
                        List.of("The troops went back to the U.S.", "The base closed in May.")),
                Arguments.of("keepsDrSmithInOneSentence",
                        "Dr. Smith spoke first. Prof. Jones replied.",
                        List.of("Dr. Smith spoke first.", "Prof. Jones replied.")),
                Arguments.of("keepsSaintMarysTogether",
                        "She went to St. Mary's hospital. It was shut.",
                        List.of("She went to St. Mary's hospital.", "It was shut.")),
                Arguments.of("keepsMonthAbbreviationBeforeDay",
                        "The talks began on Nov. 12 in Geneva. They ended on Dec. 3.",
                        List.of("The talks began on Nov. 12 in Geneva.", "They ended on Dec. 3.")),
                Arguments.of("keepsMiddleInitial",
                        "Maria T. Okafor chairs the panel. She was elected in 2020.",
                        List.of("Maria T. Okafor chairs the panel.", "She was elected in 2020.")),
                Arguments.of("keepsAmAndPmInsideSentence",
                        "Polls are open from 9 a.m. to 8 p.m. on Thursday. Counting starts at once.",
                        List.of("Polls are open from 9 a.m. to 8 p.m. on Thursday.", "Counting starts at once.")),
                Arguments.of("keepsEgInsideSentence",
                        "Some fruit, e.g. Apples from Kent, were sold. Prices rose.",
                        List.of("Some fruit, e.g. Apples from Kent, were sold.", "Prices rose.")),
                Arguments.of("keepsDecimalsAndMoney",
                        "The deal is worth $2.4 billion. Temperatures rose 1.2°C since 1900.",
                        List.of("The deal is worth $2.4 billion.", "Temperatures rose 1.2°C since 1900.")),
                Arguments.of("splitsAfterClosingQuote",
                        "He said: \"We won.\" The crowd cheered.",
                        List.of("He said: \"We won.\"", "The crowd cheered.")),
                Arguments.of("splitsAfterCurlyClosingQuote",
                        "She said “it is over.” Then she left.",
                        List.of("She said “it is over.”", "Then she left.")),
                Arguments.of("splitsAfterClosingBracket",
                        "Output fell (by 3%.) Exports rose.",
                        List.of("Output fell (by 3%.)", "Exports rose.")),
                Arguments.of("keepsQuoteFollowedBySaidTogether",
                        "\"Why?\" asked John. Nobody answered.",
                        List.of("\"Why?\" asked John.", "Nobody answered.")),
                Arguments.of("splitsQuoteFollowedByNewSentenceAboutSpeaker",
                        "\"We have made a firm commitment.\" She said ministers would consult.",
                        List.of("\"We have made a firm commitment.\"", "She said ministers would consult.")),
                Arguments.of("splitsAfterEllipsisBeforeCapital",
                        "I was not sure… Then it rained. We waited...",
                        List.of("I was not sure…", "Then it rained.", "We waited...")),
                Arguments.of("keepsQuestionInsideQuoteWithLowerCaseTag",
                        "\"Could I fly it?\" he wondered. He could.",
                        List.of("\"Could I fly it?\" he wondered.", "He could.")),
                Arguments.of("keepsNumberSignWithNumber",
                        "He lives at No. 10 Downing Street. It is old.",
                        List.of("He lives at No. 10 Downing Street.", "It is old.")),
                Arguments.of("splitsAfterNoAsAWord",
                        "The answer was no. Then talks resumed.",
                        List.of("The answer was no.", "Then talks resumed.")),
                Arguments.of("splitsAfterExclamation",
                        "Stop! Thieves took the car!",
                        List.of("Stop!", "Thieves took the car!")),
                Arguments.of("splitsBeforeNumber",
                        "Sales rose 5%. 2005 was better.",
                        List.of("Sales rose 5%.", "2005 was better.")),
                Arguments.of("keepsIncBeforeName",
                        "Apple Inc. Chief Tim Cook spoke. Shares fell.",
                        List.of("Apple Inc. Chief Tim Cook spoke.", "Shares fell.")),
                Arguments.of("splitsAfterIncBeforeSentenceStart",
                        "He works for Acme Inc. The firm is small.",
                        List.of("He works for Acme Inc.", "The firm is small.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void splitsNewsProse(String behaviour, String paragraph, List<String> expected) {
        assertThat(split(paragraph)).containsExactlyElementsOf(expected);
    }

    @Test
    void spansPointIntoTheParagraph() {
        String paragraph = "  First one.   Second one!  Third?  ";
        List<Sentence> sentences = SentenceSplitter.INSTANCE.split(paragraph);
        assertThat(sentences).hasSize(3);
        for (Sentence sentence : sentences) {
            assertThat(sentence.span().of(paragraph)).isEqualTo(sentence.text());
        }
        assertThat(sentences.get(1).span()).isEqualTo(new Span(15, 26));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void findsNoSentenceInBlankText(String blank) {
        assertThat(split(blank)).isEmpty();
    }

    @Test
    void cutsTextWithoutPunctuationIntoPiecesAndLosesNothing() {
        String text = "word ".repeat(40_000).strip();
        List<String> pieces = split(text);
        assertThat(pieces).hasSizeGreaterThan(100)
                .allMatch(piece -> piece.length() <= SentenceSplitter.LONGEST_SENTENCE && piece.endsWith("word"));
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void handlesCjkAndRightToLeftText() {
        assertThat(split("東京は晴れです。明日は雨です。")).containsExactly("東京は晴れです。", "明日は雨です。");
        assertThat(split("هذا نص عربي. This is English.")).containsExactly("هذا نص عربي.", "This is English.");
    }

    @org.junit.jupiter.api.Test
    void cutsARunWithoutFullStopsIntoPiecesAfterCommasOrSpaces() {
        String run = "item number one is here with words, ".repeat(200).strip();
        List<Sentence> sentences = SentenceSplitter.INSTANCE.split(run);
        assertThat(sentences).hasSizeGreaterThan(5)
                .allMatch(sentence -> sentence.text().length() <= SentenceSplitter.LONGEST_SENTENCE)
                .allMatch(sentence -> sentence.text().endsWith(",") || sentence.text().endsWith("words"));
        // The pieces are the run, in order, with nothing lost.
        assertThat(String.join(" ", sentences.stream().map(Sentence::text).toList())).isEqualTo(run);
        for (Sentence sentence : sentences) {
            assertThat(run.substring(sentence.span().start(), sentence.span().end())).isEqualTo(sentence.text());
        }
    }
}
