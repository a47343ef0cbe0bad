package org.lector.summary;

import java.util.List;
import java.util.Objects;
import org.lector.text.Sentence;

/**
 * An extractive summary: chosen body sentences in article order, each with its place and score.
 *
 * <p>Immutable and safe to share.
 *
 * @param sentences the chosen sentences, in article order, at least one
 */
public record Summary(List<Chosen> sentences) {

    /**
     * One chosen sentence.
     *
     * @param ref where it sits in the article
     * @param sentence the sentence itself
     * @param score how strongly it was ranked, from 0 to 1 (higher is more central to the story)
     */
    public record Chosen(SentenceRef ref, Sentence sentence, double score) {
        /** Checks presence and range. */
        public Chosen {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(sentence, "sentence");
            if (!(score >= 0 && score <= 1)) {
                throw new IllegalArgumentException("Chosen score is not in [0, 1]: " + score);
            }
        }
    }

    /** Checks there is at least one sentence and that they are in article order. */
    public Summary {
        sentences = List.copyOf(Objects.requireNonNull(sentences, "sentences"));
        if (sentences.isEmpty()) {
            throw new IllegalArgumentException("Summary has no sentences");
        }
        for (int i = 1; i < sentences.size(); i++) {
            if (sentences.get(i - 1).ref().compareTo(sentences.get(i).ref()) >= 0) {
                throw new IllegalArgumentException("Summary sentences are not in article order at " + i);
            }
        }
    }

    /** The number of chosen sentences. */
    public int size() {
        return sentences.size();
    }
}
