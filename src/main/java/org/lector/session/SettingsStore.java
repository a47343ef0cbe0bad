package org.lector.session;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import org.lector.text.Quoted;

/**
 * Keeps settings, reading positions and the user's key map in the settings folder
 * ({@code $XDG_CONFIG_HOME/lector}, else {@code ~/.config/lector}; {@code %APPDATA%\Lector} on
 * Windows). Files are written atomically (temporary file, fsync, rename). A bad line or value is
 * ignored, a file too large to be Lector's is set aside, and each problem is reported once (a
 * few at most per file); Lector goes on with defaults and loses no other setting.
 *
 * <p>Several Lector processes may share the folder (two windows, a window and the command line):
 * every write reads the file again under a file lock and changes only what this process changed,
 * so neither loses the other's settings or reading positions.
 *
 * <p>Thread-safe: every method is synchronized.
 */
public final class SettingsStore {

    static final String SETTINGS = "settings.properties";
    static final String POSITIONS = "positions.properties";
    /** The key map the user may write: {@code actionName = key stroke}, such as {@code nextSentence = alt DOWN}. */
    public static final String KEYS = "keys.properties";

    /** No settings file of Lector's grows this large; a larger one is set aside unread. */
    static final long LARGEST_FILE = 2L * 1024 * 1024;
    /** The most problems told about one file: a garbled file must not flood the terminal. */
    static final int MOST_PROBLEMS_PER_FILE = 20;
    private static final String LOCK = ".lock";
    /** File locks belong to the whole process: stores in one process take turns here first. */
    private static final Object PROCESS_LOCK = new Object();

    private final Path folder;
    private final Consumer<String> problems;
    private final Set<String> reported = new HashSet<>();
    private final Map<String, Integer> problemsPerFile = new LinkedHashMap<>();
    /** The settings as this process last read or wrote them: a save writes only what differs. */
    private Map<String, String> baseline;

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
        Settings loaded = parse(p);
        baseline = properties(loaded);
        return loaded;
    }

    private Settings parse(Properties p) {
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
                comfort(p, d.comfort()),
                mode,
                integer(p, "summarySentences", d.summarySentences(), 0, 1000),
                Boolean.parseBoolean(p.getProperty("wordHighlight", String.valueOf(d.wordHighlight())).strip()),
                p.getProperty("lastArticle", d.lastArticle()).strip(),
                recent,
                Boolean.parseBoolean(p.getProperty("caretFollowsWord", String.valueOf(d.caretFollowsWord())).strip()),
                zoom(p, d.zoomPercent()));
    }

    private Comfort comfort(Properties p, Comfort d) {
        String name = p.getProperty("typeface", d.typeface().id()).strip();
        Comfort.Typeface typeface = Comfort.Typeface.of(name).orElseGet(() -> {
            report(SETTINGS + ": unknown typeface " + Quoted.of(name) + ", using " + d.typeface().id());
            return d.typeface();
        });
        return new Comfort(typeface,
                oneOf(p, "lineSpacing", d.lineSpacing(), Comfort.LINE_SPACINGS, "line spacing"),
                Boolean.parseBoolean(p.getProperty("wideLetters", String.valueOf(d.wideLetters())).strip()),
                Boolean.parseBoolean(p.getProperty("wideWords", String.valueOf(d.wideWords())).strip()),
                oneOf(p, "textWidth", d.textWidth(), Comfort.TEXT_WIDTHS, "text width"),
                Boolean.parseBoolean(p.getProperty("lineFocus", String.valueOf(d.lineFocus())).strip()),
                Boolean.parseBoolean(p.getProperty("dimRead", String.valueOf(d.dimRead())).strip()));
    }

    /** A setting that takes one of a few values; another is reported and the fallback used. */
    private int oneOf(Properties p, String key, int fallback, List<Integer> allowed, String what) {
        int value = integer(p, key, fallback, 0, 1000);
        if (!allowed.contains(value)) {
            report(SETTINGS, SETTINGS + ": " + what + " " + value + " is not one of " + allowed + ", using " + fallback);
            return fallback;
        }
        return value;
    }

    private int zoom(Properties p, int fallback) {
        int zoom = integer(p, "zoomPercent", fallback, 100, 300);
        if (!Settings.ZOOMS.contains(zoom)) {
            report(SETTINGS, SETTINGS + ": zoom " + zoom + "% is not one of " + Settings.ZOOMS + ", using " + fallback);
            return fallback;
        }
        return zoom;
    }

    /**
     * Saves the settings atomically; a failure is reported once and not thrown. Only the settings
     * that differ from those this process loaded or saved last are written: another window's
     * changes to the others stay.
     */
    public synchronized void save(Settings settings) {
        Map<String, String> wanted = properties(settings);
        Map<String, String> before = baseline;
        locked(() -> {
            Properties p = read(SETTINGS);
            boolean recentChanged = before == null || !recent(before).equals(recent(wanted));
            if (recentChanged) {
                p.stringPropertyNames().stream().filter(key -> key.startsWith("recent.")).forEach(p::remove);
            }
            wanted.forEach((key, value) -> {
                boolean isRecent = key.startsWith("recent.");
                if (isRecent ? recentChanged : before == null || !value.equals(before.get(key))) {
                    p.setProperty(key, value);
                }
            });
            write(SETTINGS, p, "Lector settings");
        });
        baseline = wanted;
    }

    private static Map<String, String> recent(Map<String, String> properties) {
        Map<String, String> recent = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("recent.")) {
                recent.put(key, value);
            }
        });
        return recent;
    }

    private static Map<String, String> properties(Settings settings) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("voice", settings.voice());
        p.put("rate", String.valueOf(settings.rate()));
        p.put("theme", settings.theme());
        p.put("textPercent", String.valueOf(settings.textPercent()));
        Comfort comfort = settings.comfort();
        p.put("typeface", comfort.typeface().id());
        p.put("lineSpacing", String.valueOf(comfort.lineSpacing()));
        p.put("wideLetters", String.valueOf(comfort.wideLetters()));
        p.put("wideWords", String.valueOf(comfort.wideWords()));
        p.put("textWidth", String.valueOf(comfort.textWidth()));
        p.put("lineFocus", String.valueOf(comfort.lineFocus()));
        p.put("dimRead", String.valueOf(comfort.dimRead()));
        p.put("mode", settings.mode().name());
        p.put("summarySentences", String.valueOf(settings.summarySentences()));
        p.put("wordHighlight", String.valueOf(settings.wordHighlight()));
        p.put("lastArticle", settings.lastArticle());
        p.put("caretFollowsWord", String.valueOf(settings.caretFollowsWord()));
        p.put("zoomPercent", String.valueOf(settings.zoomPercent()));
        for (int i = 0; i < settings.recent().size(); i++) {
            p.put("recent." + i, settings.recent().get(i));
        }
        return p;
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
        locked(() -> {
            Properties p = read(POSITIONS);
            p.setProperty(article, paragraph + ":" + sentence);
            write(POSITIONS, p, "Lector reading positions: article = paragraph:sentence (from 0)");
        });
    }

    /**
     * Runs a read-change-write with the folder's lock held, so that another Lector process's
     * write cannot fall between the read and the write. Without a lock (a file system that has
     * none) the write still happens.
     */
    private void locked(Runnable change) {
        synchronized (PROCESS_LOCK) {
            FileChannel channel = null;
            FileLock lock = null;
            try {
                Files.createDirectories(folder);
                channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                lock = channel.lock();
            } catch (IOException | RuntimeException e) {
                // A folder that cannot be made is reported by the write; a lock that cannot be had is its own problem.
                if (Files.isDirectory(folder)) {
                    report("cannot lock " + folder.resolve(LOCK) + " (" + e.getClass().getSimpleName()
                            + "); another Lector window may undo this one's settings");
                }
            }
            try {
                change.run();
            } finally {
                try {
                    if (lock != null) {
                        lock.release();
                    }
                    if (channel != null) {
                        channel.close();
                    }
                } catch (IOException ignored) {
                    // Closing the channel releases the lock in any case.
                }
            }
        }
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
            if (Files.size(file) > LARGEST_FILE) {
                report(KEYS + ": larger than " + (LARGEST_FILE >> 20) + " MB, not a key map; using the standard keys");
                return map;
            }
            // Lenient decoding: a byte that is not UTF-8 (in a comment, say) costs its line at most.
            List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int equals = line.indexOf('=');
                if (equals <= 0) {
                    report(KEYS, KEYS + ": line " + (i + 1) + ": expected 'action = key', ignored");
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

    /** Tells a problem in one file, once, and no more than a few problems per file. */
    private void report(String file, String problem) {
        if (reported.contains(problem)) {
            return;
        }
        int told = problemsPerFile.merge(file, 1, Integer::sum);
        if (told <= MOST_PROBLEMS_PER_FILE) {
            report(problem);
        } else if (told == MOST_PROBLEMS_PER_FILE + 1) {
            report(file + ": more problems, not shown");
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
            report(SETTINGS, SETTINGS + ": bad value for " + key + " (" + Quoted.of(value) + "), using " + fallback);
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
            if (Files.size(file) > LARGEST_FILE) {
                setAside(file, new IOException("larger than " + (LARGEST_FILE >> 20) + " MB"));
                return p;
            }
            // Lenient decoding: a garbled byte costs one value, not the whole file.
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            try {
                p.load(new StringReader(text));
            } catch (IllegalArgumentException malformed) {
                // A bad Unicode escape (backslash, u, then not four hex digits) costs its own line only.
                p = readLineByLine(name, text);
            }
        } catch (IOException e) {
            setAside(file, e);
            return new Properties();
        }
        return p;
    }

    private Properties readLineByLine(String name, String text) {
        Properties p = new Properties();
        List<String> lines = text.lines().toList();
        StringBuilder entry = new StringBuilder();
        int first = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (entry.isEmpty()) {
                first = i;
            }
            String line = lines.get(i);
            entry.append(line).append('\n');
            if (continues(line) && i + 1 < lines.size()) {
                continue;
            }
            try {
                p.load(new StringReader(entry.toString()));
            } catch (IOException | IllegalArgumentException e) {
                report(name, name + ": line " + (first + 1) + ": " + e.getMessage() + ", ignored");
            }
            entry.setLength(0);
        }
        return p;
    }

    /** A properties line ending in an odd number of backslashes goes on to the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
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
