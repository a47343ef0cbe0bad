package org.lector.session;

import org.lector.text.Quoted;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Keeps settings, reading positions and the user's key map in the settings folder
 * ({@code $XDG_CONFIG_HOME/lector}, else {@code ~/.config/lector}; {@code %APPDATA%\Lector} on
 * Windows). Files are written atomically (temporary file, fsync, rename). A file that cannot be
 * read is set aside, a bad value is ignored, and each problem is reported once; Lector goes on
 * with defaults and loses no other setting.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class SettingsStore {

    static final String SETTINGS = "settings.properties";
    static final String POSITIONS = "positions.properties";
    /** The key map the user may write: {@code actionName = key stroke}, such as {@code nextSentence = alt DOWN}. */
    public static final String KEYS = "keys.properties";

    private final Path folder;
    private final Consumer<String> problems;
    private final Set<String> reported = new HashSet<>();

    /**
     * A store in {@code folder}, telling {@code problems} of each problem once.
     *
     * @param folder the settings folder (created when first written)
     * @param problems told of unreadable files, bad values and failed writes
     */
    public SettingsStore(Path folder, Consumer<String> problems) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.problems = Objects.requireNonNull(problems, "problems");
    }

    /** The settings folder for this user and system. */
    public static Path defaultFolder() {
        String override = System.getProperty("lector.settings");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String appData = System.getenv("APPDATA");
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") && appData != null) {
            return Path.of(appData, "Lector");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "lector");
        }
        return Path.of(System.getProperty("user.home"), ".config", "lector");
    }

    /** The folder in use. */
    public Path folder() {
        return folder;
    }

    /** The saved settings, with defaults for anything missing or bad. */
    public synchronized Settings load() {
        Properties p = read(SETTINGS);
        Settings d = Settings.DEFAULTS;
        String theme = p.getProperty("theme", d.theme());
        if (!Settings.THEMES.contains(theme)) {
            report(SETTINGS + ": unknown theme " + Quoted.of(theme) + ", using " + d.theme());
            theme = d.theme();
        }
        Mode mode = d.mode();
        try {
            mode = Mode.valueOf(p.getProperty("mode", d.mode().name()));
        } catch (IllegalArgumentException e) {
            report(SETTINGS + ": unknown mode " + Quoted.of(p.getProperty("mode")) + ", using " + d.mode());
        }
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < Settings.RECENT; i++) {
            String file = p.getProperty("recent." + i);
            if (file != null && !file.isBlank()) {
                recent.add(file);
            }
        }
        return new Settings(
                p.getProperty("voice", d.voice()).strip(),
                integer(p, "rate", d.rate(), 80, 300),
                theme,
                integer(p, "textPercent", d.textPercent(), 50, 300),
                integer(p, "lineSpacing", d.lineSpacing(), 0, 100),
                mode,
                integer(p, "summarySentences", d.summarySentences(), 0, 1000),
                Boolean.parseBoolean(p.getProperty("wordHighlight", String.valueOf(d.wordHighlight())).strip()),
                p.getProperty("lastArticle", d.lastArticle()).strip(),
                recent,
                Boolean.parseBoolean(p.getProperty("caretFollowsWord", String.valueOf(d.caretFollowsWord())).strip()));
    }

    /** Saves the settings atomically; a failure is reported once and not thrown. */
    public synchronized void save(Settings settings) {
        Properties p = new Properties();
        p.setProperty("voice", settings.voice());
        p.setProperty("rate", String.valueOf(settings.rate()));
        p.setProperty("theme", settings.theme());
        p.setProperty("textPercent", String.valueOf(settings.textPercent()));
        p.setProperty("lineSpacing", String.valueOf(settings.lineSpacing()));
        p.setProperty("mode", settings.mode().name());
        p.setProperty("summarySentences", String.valueOf(settings.summarySentences()));
        p.setProperty("wordHighlight", String.valueOf(settings.wordHighlight()));
        p.setProperty("lastArticle", settings.lastArticle());
        p.setProperty("caretFollowsWord", String.valueOf(settings.caretFollowsWord()));
        for (int i = 0; i < settings.recent().size(); i++) {
            p.setProperty("recent." + i, settings.recent().get(i));
        }
        write(SETTINGS, p, "Lector settings");
    }

    /** Where the listener was in an article: its body paragraph and sentence (from 0), or empty. */
    public synchronized Optional<int[]> position(String article) {
        String value = read(POSITIONS).getProperty(article);
        if (value == null) {
            return Optional.empty();
        }
        String[] parts = value.strip().split(":");
        try {
            return Optional.of(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
        } catch (RuntimeException e) {
            report(POSITIONS + ": bad position " + Quoted.of(value) + " for " + Quoted.of(article) + ", starting at the top");
            return Optional.empty();
        }
    }

    /** Remembers where the listener is in an article. */
    public synchronized void savePosition(String article, int paragraph, int sentence) {
        Properties p = read(POSITIONS);
        p.setProperty(article, paragraph + ":" + sentence);
        write(POSITIONS, p, "Lector reading positions: article = paragraph:sentence (from 0)");
    }

    /**
     * One line of the user's key map.
     *
     * @param action the action's name, such as "nextSentence"
     * @param keyStroke the key, as Swing writes key strokes ("alt DOWN", "ctrl shift V")
     * @param line the line number, for messages
     */
    public record KeyMapEntry(String action, String keyStroke, int line) {
    }

    /** The user's key map in file order; empty if there is none. */
    public synchronized List<KeyMapEntry> keyMap() {
        Path file = folder.resolve(KEYS);
        List<KeyMapEntry> map = new ArrayList<>();
        if (!Files.exists(file)) {
            return map;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    report(KEYS + ": line " + (i + 1) + ": expected 'action = key', ignored");
                    continue;
                }
                map.add(new KeyMapEntry(line.substring(0, equals).strip(), line.substring(equals + 1).strip(), i + 1));
            }
        } catch (IOException | RuntimeException e) {
            report(KEYS + ": cannot be read (" + e.getMessage() + "), using the standard keys");
        }
        return map;
    }

    /** Tells the problem once per run. */
    public synchronized void report(String problem) {
        if (reported.add(problem)) {
            problems.accept(problem);
        }
    }

    private int integer(Properties p, String key, int fallback, int min, int max) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw new NumberFormatException("out of range");
            }
            return number;
        } catch (NumberFormatException e) {
            report(SETTINGS + ": bad value for " + key + " (" + Quoted.of(value) + "), using " + fallback);
            return fallback;
        }
    }

    private Properties read(String name) {
        Properties p = new Properties();
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return p;
        }
        try {
            // Lenient decoding: a garbled byte costs one value, not the whole file.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            p.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            setAside(file, e);
            return new Properties();
        }
        return p;
    }

    /** Moves an unreadable file out of the way, so it is neither lost nor read again. */
    private void setAside(Path file, Exception cause) {
        Path aside = file.resolveSibling(file.getFileName() + ".unreadable-" + System.currentTimeMillis());
        try {
            Files.move(file, aside);
            report(file.getFileName() + " could not be read (" + cause.getMessage() + "); kept as "
                    + aside.getFileName() + ", using defaults");
        } catch (IOException e) {
            report(file.getFileName() + " could not be read (" + cause.getMessage() + "), using defaults");
        }
    }

    private void write(String name, Properties p, String comment) {
        Path target = folder.resolve(name);
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "." + name + ".", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
                p.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), comment);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            report("cannot save " + name + " in " + folder + " (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "); settings will not be remembered");
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: a stray temporary file starts with a dot and is never read.
                }
            }
        }
    }
}
