package org.lector.speech;

import java.util.Objects;

/**
 * One thing the narrator says: a sentence (or a title, byline or date line) as displayed and as
 * spoken.
 *
 * <p>Immutable and safe to share.
 *
 * @param display the text as shown
 * @param speakable what the synthesizer is given, with its map back to {@code display}
 */
public record Utterance(String display, Speakable speakable) {

    /** Checks presence. */
    public Utterance {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(speakable, "speakable");
    }

    /** The text handed to the synthesizer. */
    public String spoken() {
        return speakable.text();
    }
}
