package org.lector.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;
import org.lector.WindowOpener;
import org.lector.session.SettingsStore;
import org.lector.text.Article;

/**
 * Starts the window: process-wide set-up, then everything on the event thread. The window takes
 * the article the command line has already read, so nothing is read twice.
 */
public final class LectorApp implements WindowOpener {

    private volatile boolean opened;

    @Override
    public boolean isAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public void open(Article article, String file, boolean whole) {
        opened = true;
        SettingsStore store = new SettingsStore(SettingsStore.defaultFolder(), problem ->
                System.err.println("lector: " + problem));
        SwingUtilities.invokeLater(() -> new MainWindow(store).show(article, file, whole));
    }

    /** Whether a window was opened, so {@code main} leaves the JVM running. */
    public boolean hasOpened() {
        return opened;
    }
}
