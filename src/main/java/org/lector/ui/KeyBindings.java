package org.lector.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.InputMap;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;
import org.lector.session.SettingsStore;

/**
 * All key bindings in one place, as InputMap/ActionMap pairs with named keys: modifier keys work
 * anywhere in the window; the bare keys (Space, arrows) only while the reading pane has focus, so
 * they never fight a text field or list (WCAG 2.1.4). A user's key map replaces a command's keys.
 */
final class KeyBindings {

    private KeyBindings() {
    }

    /**
     * Applies the user's key map to the actions: each line names a command and a key as Swing
     * writes key strokes ("alt N", "ctrl shift SPACE"). Bad lines are reported and ignored.
     */
    static void applyUserKeys(ReaderActions actions, List<SettingsStore.KeyMapEntry> map, Consumer<String> problems) {
        for (SettingsStore.KeyMapEntry entry : map) {
            if (actions.binding(entry.action()) == null) {
                problems.accept(SettingsStore.KEYS + ": line " + entry.line() + ": no command named '" + entry.action()
                        + "', ignored");
                continue;
            }
            KeyStroke stroke = KeyStroke.getKeyStroke(entry.keyStroke());
            if (stroke == null) {
                problems.accept(SettingsStore.KEYS + ": line " + entry.line() + ": '" + entry.keyStroke()
                        + "' is not a key (write it like 'ctrl shift N'), ignored");
                continue;
            }
            actions.rebind(entry.action(), stroke);
        }
    }

    /**
     * Installs the window keys on the root pane and the bare keys on the reading pane. Menu items
     * only show their keys (see MainWindow's keyless items): the root pane handles them all. The
     * reading pane gets every key too, so that its own text bindings (Ctrl+Home, Ctrl+End) cannot
     * shadow a command.
     */
    static void install(ReaderActions actions, JRootPane root, JComponent readingPane) {
        InputMap window = root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        InputMap pane = readingPane.getInputMap(JComponent.WHEN_FOCUSED);
        for (ReaderActions.Binding binding : actions.all()) {
            root.getActionMap().put(binding.id(), binding.action());
            readingPane.getActionMap().put(binding.id(), binding.action());
            List<KeyStroke> windowKeys = binding.windowKeys();
            for (KeyStroke key : windowKeys) {
                window.put(key, binding.id());
            }
            // The text pane binds some of these keys itself (Ctrl+Home moves its caret): in the pane,
            // Lector's commands come first.
            for (KeyStroke key : windowKeys) {
                pane.put(key, binding.id());
            }
            for (KeyStroke key : binding.paneKeys()) {
                pane.put(key, binding.id());
            }
        }
    }

    /** Every key of every command, for the F1 list: command name, keys, what it does. */
    static List<String[]> describe(ReaderActions actions) {
        List<String[]> rows = new ArrayList<>();
        for (ReaderActions.Binding binding : actions.all()) {
            List<String> keys = new ArrayList<>();
            binding.windowKeys().forEach(key -> keys.add(ReaderActions.describe(key)));
            binding.paneKeys().forEach(key -> keys.add(ReaderActions.describe(key) + " (in the article)"));
            String name = String.valueOf(binding.action().getValue(javax.swing.Action.NAME));
            String description = String.valueOf(binding.action().getValue(javax.swing.Action.SHORT_DESCRIPTION));
            rows.add(new String[] {name, keys.isEmpty() ? "menu only" : String.join(", ", keys), description});
        }
        rows.add(new String[] {"Read from here", "Enter (in the summary)", "Read the article from the chosen sentence"});
        rows.add(new String[] {"Next control", "Tab, Shift+Tab", "Move between controls, the article and the summary"});
        return rows;
    }
}
