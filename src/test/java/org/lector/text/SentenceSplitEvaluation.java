package org.lector.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores a sentence splitter against the BBC corpus's one-sentence-a-line paragraphs: each
 * paragraph's lines are joined with one space and split again; a predicted sentence counts when
 * its span matches a reference sentence's span exactly.
 */
final class SentenceSplitEvaluation {

    /** Precision, recall and F1 over all reference sentences, with the misses for diagnosis. */
    record Score(int truePositives, int predicted, int reference, List<String> errors) {
        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return reference == 0 ? 0 : (double) truePositives / reference;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (%d of %d reference sentences, %d predicted)",
                    precision(), recall(), f1(), truePositives, reference, predicted);
        }
    }

    private SentenceSplitEvaluation() {
    }

    /** The corpus's articles folder in the test resources. */
    static Path articles() {
        try {
            return Path.of(SentenceSplitEvaluation.class.getResource("/bbc-news-summary/article").toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the BBC corpus is missing from src/test/resources", e);
        }
    }

    /** Every body paragraph of every article, as its list of reference sentences. */
    static List<List<String>> paragraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(articles())) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> current = new ArrayList<>();
                for (String line : lines.subList(1, lines.size())) {
                    if (line.isBlank()) {
                        if (!current.isEmpty()) {
                            paragraphs.add(current);
                        }
                        current = new ArrayList<>();
                    } else {
                        current.add(line.strip());
                    }
                }
                if (!current.isEmpty()) {
                    paragraphs.add(current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return paragraphs;
    }

    /** Scores a splitter that returns the spans of the sentences it finds in a paragraph. */
    static Score score(List<List<String>> paragraphs, Function<String, List<Span>> splitter) {
        int truePositives = 0;
        int predicted = 0;
        int reference = 0;
        List<String> errors = new ArrayList<>();
        for (List<String> sentences : paragraphs) {
            String text = String.join(" ", sentences);
            Set<Span> gold = new HashSet<>();
            int offset = 0;
            for (String sentence : sentences) {
                gold.add(new Span(offset, offset + sentence.length()));
                offset += sentence.length() + 1;
            }
            List<Span> found = splitter.apply(text);
            reference += gold.size();
            predicted += found.size();
            for (Span span : found) {
                if (gold.contains(span)) {
                    truePositives++;
                } else {
                    errors.add(span.of(text));
                }
            }
        }
        return new Score(truePositives, predicted, reference, errors);
    }

    /** Lector's splitter. */
    static List<Span> lector(String text) {
        return SentenceSplitter.INSTANCE.split(text).stream().map(Sentence::span).toList();
    }

    /** The JDK's {@link BreakIterator}, trimmed the same way. */
    static List<Span> breakIterator(String text) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }
}
