package org.lector.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;
import org.lector.cli.WindowOpener;
import org.lector.session.SettingsStore;
import org.lector.text.Article;

/**
 * Starts the window: process-wide set-up, then everything on the event thread. The command line
 * reads the article only to check it; the window loads it again in the background, with the
 * voice, so the frame shows at once.
 */
public final class LectorApp implements WindowOpener {

    private volatile boolean opened;
    private final String file;

    /** @param file the article to open, or null for the last one (or the bundled sample) */
    public LectorApp(String file) {
        this.file = file;
    }

    @Override
    public boolean isAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public void open(Article article) {
        opened = true;
        SettingsStore store = new SettingsStore(SettingsStore.defaultFolder(), problem ->
                System.err.println("lector: " + problem));
        SwingUtilities.invokeLater(() -> new MainWindow(store).show(file));
    }

    /** Whether a window was opened, so {@code main} leaves the JVM running. */
    public boolean hasOpened() {
        return opened;
    }
}
