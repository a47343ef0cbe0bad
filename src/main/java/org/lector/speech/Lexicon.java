package org.lector.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Pronunciations the user can edit: {@code voices/lexicon.txt}. One entry a line,
 * {@code written = spoken}: the written word or phrase, matched without regard to case on word
 * boundaries, and how to say it, either as a respelling in plain letters ({@code Niamey = nyah may})
 * or as CMU phones in brackets ({@code Agadez = [aa1 g ax d eh1 z]}, single words only). Blank lines
 * and lines starting with {@code #} are ignored. A line that cannot be read is reported with its
 * number and skipped.
 *
 * <p>Immutable and safe to share.
 */
public final class Lexicon {

    /** An empty lexicon. */
    public static final Lexicon EMPTY = new Lexicon(List.of());

    private static final Pattern PHONES = Pattern.compile("\\[\\s*([a-z]{1,3}[0-2]?(?:\\s+[a-z]{1,3}[0-2]?)*)\\s*]");
    private static final Pattern RESPELLING = Pattern.compile("[\\p{L}' -]+");
    /** The CMU dictionary's phones (and the reduced vowels "ax", "axr"), without stress marks. */
    private static final Set<String> CMU_PHONES = Set.of("aa", "ae", "ah", "ao", "aw", "ax", "axr", "ay", "b", "ch",
            "d", "dh", "eh", "er", "ey", "f", "g", "hh", "ih", "iy", "jh", "k", "l", "m", "n", "ng", "ow", "oy", "p",
            "r", "s", "sh", "t", "th", "uh", "uw", "v", "w", "y", "z", "zh");

    /**
     * One pronunciation.
     *
     * @param written the word or phrase as written
     * @param respelling how to say it in plain letters, or empty when phones are given
     * @param phones CMU phones, or empty when a respelling is given
     */
    public record Entry(String written, String respelling, List<String> phones) {
        /** Checks presence. */
        public Entry {
            Objects.requireNonNull(written, "written");
            Objects.requireNonNull(respelling, "respelling");
            phones = List.copyOf(Objects.requireNonNull(phones, "phones"));
        }

        /** Whether the entry gives phones rather than a respelling. */
        public boolean hasPhones() {
            return !phones.isEmpty();
        }
    }

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        // Longest first, so "Diori Hamani International" wins over "Diori Hamani".
        sorted.sort(Comparator.comparingInt((Entry entry) -> entry.written().length()).reversed());
        this.entries = List.copyOf(sorted);
    }

    /** The entries, longest written form first. */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Reads a lexicon from lines of text.
     *
     * @param lines the file's lines
     * @param problems told of each bad line, as "line N: what is wrong"
     * @return the good entries
     */
    public static Lexicon parse(List<String> lines, Consumer<String> problems) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                problems.accept("line " + (i + 1) + ": no '=' between the word and how to say it");
                continue;
            }
            String written = line.substring(0, equals).strip();
            String spoken = line.substring(equals + 1).strip();
            if (written.isEmpty() || spoken.isEmpty()) {
                problems.accept("line " + (i + 1) + ": the word or how to say it is missing");
                continue;
            }
            var phones = PHONES.matcher(spoken.toLowerCase(Locale.ROOT));
            if (phones.matches()) {
                if (written.contains(" ")) {
                    problems.accept("line " + (i + 1) + ": phones can be given for one word only");
                    continue;
                }
                List<String> said = List.of(phones.group(1).split("\\s+"));
                String unknown = said.stream().map(phone -> phone.replaceAll("\\d$", ""))
                        .filter(phone -> !CMU_PHONES.contains(phone)).findFirst().orElse(null);
                if (unknown != null) {
                    problems.accept("line " + (i + 1) + ": '" + unknown + "' is not a CMU phone");
                    continue;
                }
                entries.add(new Entry(written, "", said));
            } else if (spoken.startsWith("[")) {
                problems.accept("line " + (i + 1) + ": phones must be CMU phones such as [n iy1 aa m ey]");
            } else if (RESPELLING.matcher(spoken).matches()) {
                entries.add(new Entry(written, spoken, List.of()));
            } else {
                problems.accept("line " + (i + 1) + ": a respelling may hold only letters, spaces, hyphens and apostrophes");
            }
        }
        return new Lexicon(entries);
    }

    /**
     * Reads a lexicon file; a missing file is an empty lexicon.
     *
     * @param file the lexicon file
     * @param problems told of each bad line, and of a file that cannot be read
     */
    public static Lexicon load(Path file, Consumer<String> problems) {
        if (!Files.exists(file)) {
            return EMPTY;
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), problem -> problems.accept(file + ": " + problem));
        } catch (IOException | RuntimeException e) {
            problems.accept(file + ": cannot read the lexicon (" + e.getMessage() + "); using none");
            return EMPTY;
        }
    }

    /** The lexicon shipped in the jar, a copy of {@code voices/lexicon.txt}: used when that folder is absent. */
    public static Lexicon bundled() {
        return resource("lexicon.txt");
    }

    /** A lexicon shipped in the jar beside this class; empty if missing (its lines are checked by tests). */
    public static Lexicon resource(String name) {
        try (var in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                return EMPTY;
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(text.lines().toList(), problem -> { });
        } catch (IOException e) {
            return EMPTY;
        }
    }
}
