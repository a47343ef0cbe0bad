package org.lector.cli;

import org.lector.text.Article;

/**
 * Opens the reading window for the top command; supplied by {@code Lector.main}, so that the
 * command line does not depend on Swing.
 */
public interface WindowOpener {

    /** An opener for machines with no display, and for tests. */
    WindowOpener NONE = new WindowOpener() {
        @Override
        public boolean isAvailable() {
            return false;
        }

        @Override
        public void open(Article article, String file) {
            throw new IllegalStateException("no window can be opened");
        }
    };

    /** Whether a window can be shown here (a display is present). */
    boolean isAvailable();

    /**
     * Shows the window and returns at once; the window lives on the Swing thread.
     *
     * @param article the article the command line already read: FILE, or the bundled sample
     * @param file FILE as given, or null when none was: the window then opens the article last read,
     *     or {@code article} the first time
     */
    void open(Article article, String file);
}
