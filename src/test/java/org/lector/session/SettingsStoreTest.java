package org.lector.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {

    @TempDir
    Path dir;

    private final List<String> problems = new ArrayList<>();

    private SettingsStore store() {
        return new SettingsStore(dir.resolve("lector"), problems::add);
    }

    @Test
    void remembersSettingsAndPositions() {
        Settings changed = Settings.DEFAULTS.withRate(220).withTheme("dark").withTextPercent(200).withMode(Mode.SUMMARY)
                .withLastArticle("/tmp/story.txt").withWordHighlight(false).withCaretFollowsWord(true).withZoomStep(2);
        assertThat(changed.zoomPercent()).isEqualTo(150);
        store().save(changed);
        store().savePosition("/tmp/story.txt", 4, 1);
        SettingsStore again = store();
        assertThat(again.load()).isEqualTo(changed);
        assertThat(again.position("/tmp/story.txt")).hasValueSatisfying(p -> assertThat(p).containsExactly(4, 1));
        assertThat(problems).isEmpty();
    }

    @Test
    void remembersHowTheReadingTextIsSet() {
        Comfort comfort = Comfort.DEFAULTS.withTypeface(Comfort.Typeface.OPEN_DYSLEXIC).withLineSpacing(100)
                .withWideLetters(true).withWideWords(true).withTextWidth(60).withLineFocus(true).withDimRead(true);
        store().save(Settings.DEFAULTS.withComfort(comfort));
        assertThat(store().load().comfort()).isEqualTo(comfort);
        assertThat(problems).isEmpty();
    }

    @Test
    void reportsAnUnknownTypefaceOrSpacingAndKeepsTheRest() throws IOException {
        Files.createDirectories(dir.resolve("lector"));
        Files.writeString(dir.resolve("lector").resolve(SettingsStore.SETTINGS),
                "typeface=comic\nlineSpacing=33\ntextWidth=75\nlineFocus=true\n");
        Comfort loaded = store().load().comfort();
        assertThat(loaded.typeface()).isEqualTo(Comfort.Typeface.SERIF);
        assertThat(loaded.lineSpacing()).isEqualTo(20);
        assertThat(loaded.textWidth()).isEqualTo(75);
        assertThat(loaded.lineFocus()).isTrue();
        assertThat(problems).containsExactly("settings.properties: unknown typeface 'comic', using serif",
                "settings.properties: line spacing 33 is not one of [20, 50, 100], using 20");
    }

    @Test
    void startsWithDefaultsWhenThereIsNoFolder() {
        assertThat(store().load()).isEqualTo(Settings.DEFAULTS);
        assertThat(problems).isEmpty();
    }

    @Test
    void keepsGoodSettingsFromATruncatedFile() throws IOException {
        Files.createDirectories(dir.resolve("lector"));
        Files.writeString(dir.resolve("lector").resolve(SettingsStore.SETTINGS), "theme=dark\nrate=21");
        Settings loaded = store().load();
        assertThat(loaded.theme()).isEqualTo("dark");
        assertThat(loaded.rate()).isEqualTo(Settings.DEFAULTS.rate());
        assertThat(problems).containsExactly("settings.properties: bad value for rate ('21'), using 160");
    }

    @Test
    void ignoresGarbageAndReportsEachProblemOnce() throws IOException {
        Files.createDirectories(dir.resolve("lector"));
        Files.write(dir.resolve("lector").resolve(SettingsStore.SETTINGS),
                "theme=dark\n\u0000\u0001garbage\u00ff\nrate=abc\ntextPercent=999\n".getBytes(StandardCharsets.ISO_8859_1));
        SettingsStore store = store();
        Settings loaded = store.load();
        store.load();
        assertThat(loaded.theme()).isEqualTo("dark");
        assertThat(problems).hasSize(2).allMatch(problem -> problem.startsWith("settings.properties: bad value"));
    }

    @Test
    void aBadEscapeCostsItsOwnLineNotTheFile() throws IOException {
        Path folder = dir.resolve("lector");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SettingsStore.POSITIONS), "/tmp/a.txt=3:1\n/tmp/bad.txt=\\u12zz\n"
                + "/tmp/b.txt=7:0\n");
        SettingsStore store = store();
        assertThat(store.position("/tmp/a.txt")).hasValueSatisfying(p -> assertThat(p).containsExactly(3, 1));
        assertThat(store.position("/tmp/b.txt")).hasValueSatisfying(p -> assertThat(p).containsExactly(7, 0));
        assertThat(problems).singleElement().asString().startsWith("positions.properties: line 2: Malformed");
        try (var files = Files.list(folder)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("unreadable"));
        }
    }

    @Test
    void setsAsideAFileTooLargeToBeLectorsOnceAndUsesDefaults() throws IOException {
        Path folder = dir.resolve("lector");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SettingsStore.POSITIONS), "/tmp/x.txt=1:1\n".repeat(200_000));
        SettingsStore store = store();
        assertThat(store.position("/tmp/x.txt")).isEmpty();
        store.savePosition("/tmp/y.txt", 2, 0);
        assertThat(store.position("/tmp/y.txt")).isPresent();
        assertThat(problems).singleElement().asString().contains("larger than 2 MB").contains("unreadable-");
    }

    @Test
    void twoWindowsKeepEachOthersChanges() {
        SettingsStore windowA = store();
        SettingsStore windowB = store();
        Settings seenByA = windowA.load();
        Settings seenByB = windowB.load();

        windowA.save(seenByA.withTextPercent(120));
        windowB.save(seenByB.withRate(200));
        windowB.save(seenByB.withRate(200));

        Settings merged = store().load();
        assertThat(merged.textPercent()).isEqualTo(120);
        assertThat(merged.rate()).isEqualTo(200);
    }

    @Test
    void positionsSavedAtOnceFromTwoStoresAreAllKept() throws InterruptedException {
        List<Thread> writers = new ArrayList<>();
        for (String window : List.of("a", "b")) {
            SettingsStore store = store();
            writers.add(new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    store.savePosition("/tmp/" + window + i + ".txt", i, 0);
                }
            }));
        }
        writers.forEach(Thread::start);
        for (Thread writer : writers) {
            writer.join();
        }
        SettingsStore reader = store();
        for (String window : List.of("a", "b")) {
            for (int i = 0; i < 100; i++) {
                assertThat(reader.position("/tmp/" + window + i + ".txt")).as(window + i).isPresent();
            }
        }
    }

    @Test
    void aKeyMapWithAByteThatIsNotUtf8IsStillRead() throws IOException {
        Path folder = dir.resolve("lector");
        Files.createDirectories(folder);
        byte[] comment = "# caf\u00e9 in Latin-1\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] entry = "nextSentence = alt DOWN\n".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[comment.length + entry.length];
        System.arraycopy(comment, 0, file, 0, comment.length);
        System.arraycopy(entry, 0, file, comment.length, entry.length);
        Files.write(folder.resolve(SettingsStore.KEYS), file);

        assertThat(store().keyMap()).extracting(SettingsStore.KeyMapEntry::action).containsExactly("nextSentence");
        assertThat(problems).isEmpty();
    }

    @Test
    void aFileOfBadLinesIsReportedAFewTimesNotOnceALine() throws IOException {
        Path folder = dir.resolve("lector");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SettingsStore.KEYS), "no equals sign here\n".repeat(50_000));
        store().keyMap();
        assertThat(problems).hasSize(SettingsStore.MOST_PROBLEMS_PER_FILE + 1)
                .last().isEqualTo("keys.properties: more problems, not shown");
    }

    @Test
    void reportsOnceWhenTheFolderCannotBeCreated() throws IOException {
        Path blocker = dir.resolve("file");
        Files.writeString(blocker, "not a folder");
        SettingsStore store = new SettingsStore(blocker.resolve("lector"), problems::add);
        store.save(Settings.DEFAULTS);
        store.save(Settings.DEFAULTS.withRate(200));
        assertThat(problems).hasSize(1).first().asString().startsWith("cannot save settings.properties");
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
    }

    @Test
    void readOnlyFileKeepsItsSettingsAndSaysSoOnce() throws IOException {
        Path folder = dir.resolve("lector");
        store().save(Settings.DEFAULTS.withTheme("dark"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(folder), "root can write anyway");
            SettingsStore store = store();
            store.save(Settings.DEFAULTS.withTheme("light"));
            assertThat(store.load().theme()).isEqualTo("dark");
            assertThat(problems).hasSize(1);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readsTheUserKeyMapWithLineNumbers() throws IOException {
        Path folder = dir.resolve("lector");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(SettingsStore.KEYS), "# my keys\nnextSentence = alt N\nbroken line\n");
        List<SettingsStore.KeyMapEntry> map = store().keyMap();
        assertThat(map).containsExactly(new SettingsStore.KeyMapEntry("nextSentence", "alt N", 2));
        assertThat(problems).containsExactly("keys.properties: line 3: expected 'action = key', ignored");
    }

    @Test
    void keepsRecentFilesNewestFirstWithoutRepeats() {
        Settings settings = Settings.DEFAULTS.withLastArticle("a").withLastArticle("b").withLastArticle("a");
        assertThat(settings.recent()).containsExactly("a", "b");
    }
}
