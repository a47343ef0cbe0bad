package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.lector.session.SettingsStore;

@org.junit.jupiter.api.extension.ExtendWith(OnEventThread.class)
class ReaderActionsTest {

    private final RecordingCommands commands = new RecordingCommands();
    private final ReaderActions actions = new ReaderActions(commands);

    /** DESIGN.md's key table: key, command id, the method it calls. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "ctrl SPACE, playPause, togglePlay",
        "ESCAPE, stop, stop",
        "ctrl DOWN, nextParagraph, nextParagraph",
        "ctrl UP, previousParagraph, previousParagraph",
        "alt DOWN, nextSentence, nextSentence",
        "alt UP, previousSentence, previousSentence",
        "alt RIGHT, faster, faster",
        "alt LEFT, slower, slower",
        "ctrl HOME, firstParagraph, firstParagraph",
        "ctrl END, lastParagraph, lastParagraph",
        "ctrl 1, fullArticle, fullArticle",
        "ctrl 2, summary, summary",
        "ctrl L, whereAmI, whereAmI",
        "ctrl EQUALS, zoomIn, zoomIn",
        "ctrl MINUS, zoomOut, zoomOut",
        "ctrl 0, zoomReset, zoomReset",
        "ctrl alt EQUALS, largerText, largerText",
        "ctrl alt MINUS, smallerText, smallerText",
        "ctrl alt 0, defaultText, defaultText",
        "ctrl O, open, openFile",
        "ctrl shift V, paste, pasteArticle",
        "ctrl E, export, exportAudio",
        "ctrl Q, quit, quit",
        "F6, cycleFocus, cycleFocus",
        "F1, showKeys, showKeys",
    })
    void bindsEveryKeyOfTheDesignKeyTable(String key, String id, String call) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key);
        ReaderActions.Binding binding = actions.binding(id);
        assertThat(binding.windowKeys()).contains(stroke);
        binding.action().actionPerformed(new ActionEvent(this, ActionEvent.ACTION_PERFORMED, id));
        assertThat(commands.calls).containsExactly(call);
    }

    @ParameterizedTest(name = "{0} in the reading pane → {1}")
    @CsvSource({"SPACE, playPause", "DOWN, nextParagraph", "UP, previousParagraph", "RIGHT, nextSentence",
        "LEFT, previousSentence"})
    void bindsBareKeysOnlyInTheReadingPane(String key, String id) {
        JRootPane root = new JRootPane();
        JTextPane pane = new JTextPane();
        KeyBindings.install(actions, root, pane);
        KeyStroke stroke = KeyStroke.getKeyStroke(key);
        assertThat(pane.getInputMap(JComponent.WHEN_FOCUSED).get(stroke)).isEqualTo(id);
        assertThat(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(stroke)).isNull();
    }

    @Test
    void commandKeysWinOverTheTextPanesOwnBindings() {
        JTextPane pane = new JTextPane();
        KeyBindings.install(actions, new JRootPane(), pane);
        assertThat(pane.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke("ctrl HOME")))
                .isEqualTo("firstParagraph");
        assertThat(pane.getInputMap(JComponent.WHEN_FOCUSED).get(KeyStroke.getKeyStroke("ctrl END")))
                .isEqualTo("lastParagraph");
    }

    @Test
    void putsEveryWindowKeyInTheWindowMap() {
        JRootPane root = new JRootPane();
        KeyBindings.install(actions, root, new JTextPane());
        assertThat(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke("ctrl SPACE")))
                .isEqualTo("playPause");
    }

    @Test
    void putsAlternativeKeysInTheWindowMap() {
        JRootPane root = new JRootPane();
        KeyBindings.install(actions, root, new JTextPane());
        assertThat(root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).get(KeyStroke.getKeyStroke("ctrl PLUS")))
                .isEqualTo("zoomIn");
        assertThat(root.getActionMap().get("zoomIn")).isSameAs(actions.get("zoomIn"));
    }

    @Test
    void everyActionHasNameDescriptionAndMnemonic() {
        for (ReaderActions.Binding binding : actions.all()) {
            assertThat((String) binding.action().getValue(javax.swing.Action.NAME)).isNotBlank();
            assertThat((String) binding.action().getValue(javax.swing.Action.SHORT_DESCRIPTION)).isNotBlank();
            assertThat(binding.action().getValue(javax.swing.Action.MNEMONIC_KEY)).isNotNull();
        }
    }

    @Test
    void appliesTheUserKeyMapAndReportsBadLines() {
        List<String> problems = new ArrayList<>();
        KeyBindings.applyUserKeys(actions, List.of(
                new SettingsStore.KeyMapEntry("nextSentence", "alt N", 1),
                new SettingsStore.KeyMapEntry("flyAway", "ctrl F", 2),
                new SettingsStore.KeyMapEntry("stop", "ctrl banana", 3)), problems::add);
        assertThat(actions.binding("nextSentence").windowKeys()).containsExactly(KeyStroke.getKeyStroke("alt N"));
        assertThat(actions.get("nextSentence").getValue(javax.swing.Action.ACCELERATOR_KEY))
                .isEqualTo(KeyStroke.getKeyStroke("alt N"));
        assertThat(actions.binding("stop").windowKeys()).containsExactly(KeyStroke.getKeyStroke("ESCAPE"));
        assertThat(problems).containsExactly("keys.properties: line 2: no command named 'flyAway', ignored",
                "keys.properties: line 3: 'ctrl banana' is not a key (write it like 'ctrl shift N'), ignored");
    }

    @Test
    void listsEveryCommandUnderF1() {
        List<String[]> rows = KeyBindings.describe(actions);
        assertThat(rows).extracting(row -> row[0]).contains("Play / Pause", "Next sentence", "Where am I", "Keys");
        assertThat(rows).filteredOn(row -> row[0].equals("Play / Pause")).singleElement()
                .satisfies(row -> assertThat(row[1]).isEqualTo("Ctrl+Space, Space (in the article)"));
    }
}
