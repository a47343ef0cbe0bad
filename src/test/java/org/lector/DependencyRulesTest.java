package org.lector;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's dependencies pointing one way, as DESIGN.md draws them, by reading the
 * code itself: imports and fully qualified names alike, with comments and strings left out.
 */
class DependencyRulesTest {

    private static final Path MAIN = Path.of("src/main/java/org/lector");
    /** A reference to a class of one of these libraries or Lector packages, however it is written. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(org\\.lector\\.[a-z]\\w*(?:\\.[a-z]\\w*)?|javax\\.swing|java\\.awt|javax\\.sound|com\\.sun\\.speech)\\b");

    /** For each package, the Lector packages it must not use. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "text", List.of("org.lector.summary", "org.lector.speech", "org.lector.speech.freetts", "org.lector.audio",
                    "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "summary", List.of("org.lector.speech", "org.lector.speech.freetts", "org.lector.audio",
                    "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "speech", List.of("org.lector.summary", "org.lector.session", "org.lector.ui", "org.lector.cli",
                    "org.lector.speech.freetts"),
            "speech.freetts", List.of("org.lector.summary", "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "audio", List.of("org.lector.summary", "org.lector.speech", "org.lector.speech.freetts",
                    "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "session", List.of("org.lector.ui", "org.lector.cli"),
            "cli", List.of("org.lector.ui"),
            "ui", List.of("org.lector.cli"));
    /** Libraries only some packages may use: the engine in speech.freetts, sound in audio, Swing in ui. */
    private static final Map<String, List<String>> PINNED = Map.of(
            "com.sun.speech", List.of("speech.freetts"), "javax.sound", List.of("audio", "speech.freetts"),
            "javax.swing", List.of("ui"), "java.awt", List.of("ui"));

    /** The code without its package line, comments, strings and characters: what names it uses. */
    static String code(String source) {
        return source.replaceAll("(?s)\"\"\".*?\"\"\"", "\"\"")
                .replaceAll("\"(?:\\\\.|[^\"\\\\\\n])*\"", "\"\"")
                .replaceAll("'(?:\\\\.|[^'\\\\])'", "' '")
                .replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("//[^\\n]*", " ")
                .replaceAll("(?m)^package [\\w.]+;", " ");
    }

    private static List<String> violations() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path relative = MAIN.relativize(file);
                String pkg = relative.getParent() == null ? "" : relative.getParent().toString().replace('/', '.');
                Matcher matcher = REFERENCE.matcher(code(Files.readString(file)));
                while (matcher.find()) {
                    String used = matcher.group(1);
                    // Lector.main, in the root package, wires the front ends together and may see them all.
                    boolean banned = FORBIDDEN.getOrDefault(pkg, List.of()).contains(used)
                            || PINNED.containsKey(used) && !PINNED.get(used).contains(pkg) && !pkg.isEmpty();
                    if (banned) {
                        found.add(relative + " uses " + used);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void packagesDependOneWay() throws IOException {
        assertThat(violations()).isEmpty();
    }

    @Test
    void readsFullyQualifiedNamesNotOnlyImports() {
        String source = "package org.lector.ui;\n/* org.lector.cli.Cli in a comment */\n"
                + "class X { Object o = new org.lector.cli.WindowOpener(); String s = \"org.lector.cli\"; }";
        Matcher matcher = REFERENCE.matcher(code(source));
        assertThat(matcher.find()).isTrue();
        assertThat(matcher.group(1)).isEqualTo("org.lector.cli");
        assertThat(matcher.find()).as("comments and strings are not code").isFalse();
    }

    @Test
    void scansRealSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("text"))) {
            assertThat(files.filter(path -> path.toString().endsWith(".java")).count()).isGreaterThan(5);
        }
    }
}
