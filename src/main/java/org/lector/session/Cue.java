package org.lector.session;

import java.util.Objects;
import org.lector.speech.Utterance;
import org.lector.text.Article;

/**
 * One utterance of a script and where it comes from in the article.
 *
 * <p>Immutable and safe to share.
 *
 * @param kind what part of the article it is (title, byline, paragraph…)
 * @param paragraph the body paragraph's index from 0, or -1 for the header and source lines
 * @param sentence the sentence's index in its paragraph from 0, or -1 for the header and source lines
 * @param utterance what is shown and what is spoken
 */
public record Cue(Article.ItemKind kind, int paragraph, int sentence, Utterance utterance) {

    /** Checks presence and that body cues have a place. */
    public Cue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(utterance, "utterance");
        boolean body = kind == Article.ItemKind.PARAGRAPH || kind == Article.ItemKind.HEADING
                || kind == Article.ItemKind.CODE;
        if (body != (paragraph >= 0 && sentence >= 0)) {
            throw new IllegalArgumentException("Cue place does not fit its kind: " + kind + " at " + paragraph
                    + "/" + sentence);
        }
    }

    /** Whether this cue is a body sentence (or heading). */
    public boolean isBody() {
        return paragraph >= 0;
    }
}
