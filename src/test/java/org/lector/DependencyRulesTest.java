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

/** Keeps the pipeline's dependencies pointing one way, as DESIGN.md draws them, by scanning imports. */
class DependencyRulesTest {

    private static final Path MAIN = Path.of("src/main/java/org/lector");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?([\\w.]+)");

    /** For each package, the Lector packages it must not import. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "text", List.of("org.lector.summary", "org.lector.speech", "org.lector.session", "org.lector.ui",
                    "org.lector.cli"),
            "summary", List.of("org.lector.speech", "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "speech", List.of("org.lector.summary", "org.lector.session", "org.lector.ui", "org.lector.cli"),
            "session", List.of("org.lector.ui", "org.lector.cli"),
            "cli", List.of("org.lector.ui"),
            "ui", List.of("org.lector.cli.Cli"));

    private static List<String> violations(String pkg, List<String> forbidden, boolean noSwing) throws IOException {
        Path dir = MAIN.resolve(pkg);
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    String imported = matcher.group(1);
                    boolean banned = forbidden.stream().anyMatch(imported::startsWith)
                            || noSwing && (imported.startsWith("javax.swing") || imported.startsWith("java.awt"));
                    if (banned) {
                        found.add(file.getFileName() + " imports " + imported);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void packagesDependOneWay() throws IOException {
        List<String> found = new ArrayList<>();
        for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
            found.addAll(violations(rule.getKey(), rule.getValue(), !rule.getKey().equals("ui")));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void scansRealSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("text"))) {
            assertThat(files.filter(path -> path.toString().endsWith(".java")).count()).isGreaterThan(5);
        }
    }
}
