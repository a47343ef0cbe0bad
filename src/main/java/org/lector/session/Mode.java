package org.lector.session;

/** What the session reads: the whole article or its summary. */
public enum Mode {
    /** The whole article in reading order. */
    FULL,
    /** The title, then the summary's sentences. */
    SUMMARY
}
