package org.lector.speech.freetts;

import java.util.Objects;

/**
 * A voice Lector found.
 *
 * @param name the name to pass to {@code --voice}, such as "kevin16"
 * @param description what FreeTTS says of it
 * @param domain "general" for voices that can read anything, "time" for the clock-only voice
 * @param origin "bundled" or the folder it was found in
 */
public record VoiceInfo(String name, String description, String domain, String origin) {

    /** Checks presence. */
    public VoiceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether the voice can read articles: only general-domain voices can; "alan" can only tell the time. */
    public boolean canReadArticles() {
        return domain.equals("general");
    }
}
