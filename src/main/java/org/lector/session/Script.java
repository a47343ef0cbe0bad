package org.lector.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Utterance;
import org.lector.summary.Summary;
import org.lector.text.Article;
import org.lector.text.Paragraph;
import org.lector.text.Sentence;

/**
 * What is read aloud, in order, one sentence an utterance: for the full article the title,
 * standfirst, byline and dates, then every body sentence, then the source; for the summary the
 * title, then the summary's sentences.
 *
 * <p>Immutable and safe to share.
 *
 * @param cues the utterances in reading order
 */
public record Script(List<Cue> cues) {

    /** What is said in place of a block of code. */
    public static final String CODE_ANNOUNCEMENT = "Code block, skipped.";

    /** Copies the list. */
    public Script {
        cues = List.copyOf(Objects.requireNonNull(cues, "cues"));
    }

    /**
     * The script of the whole article.
     *
     * @param article the article
     * @param given turns display text into speakable text; an article not in English gets it
     *     without its English number and date rules
     */
    public static Script full(Article article, SpeechNormalizer given) {
        SpeechNormalizer normalizer = given.forLanguage(org.lector.text.LanguageGuess.of(article));
        List<Cue> cues = new ArrayList<>();
        header(article, normalizer, cues);
        article.subtitle().ifPresent(text -> cues.add(line(Article.ItemKind.SUBTITLE, text, normalizer)));
        article.byline().ifPresent(text -> cues.add(line(Article.ItemKind.BYLINE, text, normalizer)));
        article.dates().forEach(text -> cues.add(line(Article.ItemKind.DATE, text, normalizer)));
        List<Paragraph> paragraphs = article.paragraphs();
        IntStream indexes = IntStream.range(0, paragraphs.size());
        // Paragraphs are spoken apart from one another: a book's are made ready on every core.
        if (article.sentenceCount() >= PARALLEL_SENTENCES) {
            indexes = indexes.parallel();
        }
        indexes.mapToObj(p -> body(paragraphs.get(p), p, normalizer)).toList().forEach(cues::addAll);
        article.source().ifPresent(text -> cues.add(line(Article.ItemKind.SOURCE, text, normalizer)));
        return new Script(cues);
    }

    /** From this many sentences on (a long read), the paragraphs are made ready in parallel. */
    static final int PARALLEL_SENTENCES = 3_000;

    /** A paragraph's cues: its sentences, or the announcement of a code block. */
    private static List<Cue> body(Paragraph paragraph, int p, SpeechNormalizer normalizer) {
        Article.ItemKind kind = Article.itemKind(paragraph);
        if (paragraph.isCode()) {
            // Code read out symbol by symbol helps nobody: the listener hears that it is there.
            return List.of(new Cue(kind, p, 0, new Utterance(paragraph.text(), normalizer.normalize(CODE_ANNOUNCEMENT))));
        }
        List<Cue> cues = new ArrayList<>(paragraph.sentences().size());
        for (int s = 0; s < paragraph.sentences().size(); s++) {
            Sentence sentence = paragraph.sentences().get(s);
            cues.add(new Cue(kind, p, s, utterance(sentence.text(), normalizer)));
        }
        return cues;
    }

    /**
     * The script of a summary: the title, then the chosen sentences in article order.
     *
     * @param article the article summarised
     * @param summary its summary
     * @param given turns display text into speakable text; an article not in English gets it
     *     without its English number and date rules
     */
    public static Script summary(Article article, Summary summary, SpeechNormalizer given) {
        SpeechNormalizer normalizer = given.forLanguage(org.lector.text.LanguageGuess.of(article));
        List<Cue> cues = new ArrayList<>();
        header(article, normalizer, cues);
        for (Summary.Chosen chosen : summary.sentences()) {
            Article.ItemKind kind = Article.itemKind(article.paragraphs().get(chosen.ref().paragraph()));
            cues.add(new Cue(kind, chosen.ref().paragraph(), chosen.ref().sentence(),
                    utterance(chosen.sentence().text(), normalizer)));
        }
        return new Script(cues);
    }

    /** The utterances, for the narrator. */
    public List<Utterance> utterances() {
        return cues.stream().map(Cue::utterance).toList();
    }

    /** The number of cues. */
    public int size() {
        return cues.size();
    }

    private static void header(Article article, SpeechNormalizer normalizer, List<Cue> cues) {
        cues.add(line(Article.ItemKind.TITLE, article.title(), normalizer));
    }

    private static Cue line(Article.ItemKind kind, String text, SpeechNormalizer normalizer) {
        return new Cue(kind, -1, -1, utterance(text, normalizer));
    }

    private static Utterance utterance(String text, SpeechNormalizer normalizer) {
        return new Utterance(text, normalizer.normalize(text));
    }
}
