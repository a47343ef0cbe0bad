package org.lector;

import org.lector.text.Article;

/**
 * Opens the reading window for the command line's top command; {@code Lector.main} supplies the
 * window's, so that the command line depends neither on Swing nor on the window's package, and
 * the window not on the command line's.
 */
public interface WindowOpener {

    /** An opener for machines with no display, and for tests. */
    WindowOpener NONE = new WindowOpener() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public void open(Article article, String file, boolean whole) {
            throw new IllegalStateException("no window can be opened");
        }
    };

    /** Whether a window can be shown here (a display is present). */
    boolean isAvailable();

    /**
     * Starts building the window, shown by nothing yet, while the command line parses its
     * arguments and reads the article; returns at once. If no {@link #open} follows (the
     * arguments were wrong, the file unreadable) the process ends without showing it.
     */
    default void prepare() {
    }

    /**
     * Whether the window, given no FILE, shows the bundled sample: false when it opens the article
     * read last, so the command line need not read the sample for nothing.
     */
    default boolean opensSample() {
        return true;
    }

    /**
     * Shows the window and returns at once; the window lives on the Swing thread.
     *
     * @param article the article the command line already read: FILE, or the bundled sample; null
     *     when no FILE was given and {@link #opensSample} said the window opens another
     * @param file FILE as given, or null when none was: the window then opens the article last read,
     *     or {@code article} the first time
     * @param whole false when {@code article} is only the opening of a long FILE (a book-length PDF),
     *     shown at once while the window reads the whole
     */
    void open(Article article, String file, boolean whole);
}
