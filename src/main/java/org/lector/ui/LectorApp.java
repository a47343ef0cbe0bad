package org.lector.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.SwingUtilities;
import org.lector.WindowOpener;
import org.lector.session.Settings;
import org.lector.session.SettingsStore;
import org.lector.text.Article;

/**
 * Starts the window: process-wide set-up, then everything on the event thread. The window takes
 * the article the command line has already read, so nothing is read twice; it is built while the
 * command line reads it, on the event thread, so the two share the machine's cores.
 */
public final class LectorApp implements WindowOpener {

    private volatile boolean opened;
    /** The settings' store and the settings read from it, made once by the thread that prepares and opens the window. */
    private SettingsStore store;
    private Settings settings;
    /** The window built ahead of the article; touched on the event thread only. */
    private MainWindow prepared;

    @Override
    public boolean isAvailable() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public void prepare() {
        SettingsStore saved = store();
        Settings read = settings();
        SwingUtilities.invokeLater(() -> prepared = MainWindow.create(saved, read));
    }

    @Override
    public boolean opensSample() {
        return !ReaderController.opensLastArticle(settings());
    }

    @Override
    public void open(Article article, String file, boolean whole) {
        opened = true;
        SettingsStore saved = store();
        Settings read = settings();
        // Runs after the window prepare() asked for is built: the event thread takes tasks in order.
        SwingUtilities.invokeLater(() -> (prepared != null ? prepared : MainWindow.create(saved, read))
                .show(article, file, whole));
    }

    private SettingsStore store() {
        if (store == null) {
            store = new SettingsStore(SettingsStore.defaultFolder(), problem -> System.err.println("lector: " + problem));
        }
        return store;
    }

    /** The settings, read once by the thread that prepares and opens the window. */
    private Settings settings() {
        if (settings == null) {
            settings = store().load();
        }
        return settings;
    }

    /** Whether a window was opened, so {@code main} leaves the JVM running. */
    public boolean hasOpened() {
        return opened;
    }
}
