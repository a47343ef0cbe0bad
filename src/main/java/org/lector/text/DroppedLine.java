package org.lector.text;

import java.util.Objects;

/**
 * A line left out of the reading order, and why: kept so the window can show what was skipped.
 *
 * <p>Immutable and safe to share.
 *
 * @param text the line as it was found
 * @param reason why it was left out
 */
public record DroppedLine(String text, DropReason reason) {

    /** Checks both parts are present. */
    public DroppedLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
