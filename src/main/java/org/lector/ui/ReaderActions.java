package org.lector.ui;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;
import org.lector.session.Comfort;

/**
 * Every command of the window as one {@link Action}, shared by its menu item, its button and its
 * keys: name, description, standard keys (from DESIGN.md's key table) and mnemonic.
 */
final class ReaderActions {

    /** One command: its name in key maps, the keys that work anywhere, and the bare keys of the reading pane. */
    record Binding(String id, Action action, List<KeyStroke> windowKeys, List<KeyStroke> paneKeys) {
    }

    private final Map<String, Binding> bindings = new LinkedHashMap<>();
    /** Told each time any action is used, by key, button or menu. */
    private Runnable used = () -> { };

    ReaderActions(Commands commands) {
        int ctrl = InputEvent.CTRL_DOWN_MASK;
        int alt = InputEvent.ALT_DOWN_MASK;
        int shift = InputEvent.SHIFT_DOWN_MASK;
        add("playPause", "Play / Pause", "Start reading, or pause and keep the place", KeyEvent.VK_P,
                c -> commands.togglePlay(), keys(key(KeyEvent.VK_SPACE, ctrl)), keys(key(KeyEvent.VK_SPACE, 0)));
        add("stop", "Stop", "Stop reading", KeyEvent.VK_S, c -> commands.stop(), keys(key(KeyEvent.VK_ESCAPE, 0)),
                keys());
        add("nextParagraph", "Next paragraph", "Go to the next paragraph", KeyEvent.VK_N,
                c -> commands.nextParagraph(), keys(key(KeyEvent.VK_DOWN, ctrl)), keys(key(KeyEvent.VK_DOWN, 0)));
        add("previousParagraph", "Previous paragraph",
                "Go to the start of this paragraph, or the previous one if just started", KeyEvent.VK_R,
                c -> commands.previousParagraph(), keys(key(KeyEvent.VK_UP, ctrl)), keys(key(KeyEvent.VK_UP, 0)));
        add("nextSentence", "Next sentence", "Go to the next sentence", KeyEvent.VK_X,
                c -> commands.nextSentence(), keys(key(KeyEvent.VK_DOWN, alt)), keys(key(KeyEvent.VK_RIGHT, 0)));
        add("previousSentence", "Previous sentence",
                "Go to the start of this sentence, or the previous one if just started", KeyEvent.VK_V,
                c -> commands.previousSentence(), keys(key(KeyEvent.VK_UP, alt)), keys(key(KeyEvent.VK_LEFT, 0)));
        add("firstParagraph", "First paragraph", "Go to the headline", KeyEvent.VK_F,
                c -> commands.firstParagraph(), keys(key(KeyEvent.VK_HOME, ctrl)), keys());
        add("lastParagraph", "Last paragraph", "Go to the last paragraph", KeyEvent.VK_L,
                c -> commands.lastParagraph(), keys(key(KeyEvent.VK_END, ctrl)), keys());
        add("faster", "Faster", "Speak faster", KeyEvent.VK_A, c -> commands.faster(),
                keys(key(KeyEvent.VK_RIGHT, alt)), keys());
        add("slower", "Slower", "Speak slower", KeyEvent.VK_O, c -> commands.slower(),
                keys(key(KeyEvent.VK_LEFT, alt)), keys());
        add("fullArticle", "Full article", "Read the whole article", KeyEvent.VK_U, c -> commands.fullArticle(),
                keys(key(KeyEvent.VK_1, ctrl)), keys());
        add("summary", "Summary", "Read the summary", KeyEvent.VK_M, c -> commands.summary(),
                keys(key(KeyEvent.VK_2, ctrl)), keys());
        add("whereAmI", "Where am I", "Say which paragraph and sentence this is", KeyEvent.VK_W,
                c -> commands.whereAmI(), keys(key(KeyEvent.VK_L, ctrl)), keys());
        add("zoomIn", "Zoom in", "Make the whole window larger: menus, buttons, dialogs and text", KeyEvent.VK_Z,
                c -> commands.zoomIn(), keys(key(KeyEvent.VK_EQUALS, ctrl), key(KeyEvent.VK_PLUS, ctrl),
                        key(KeyEvent.VK_ADD, ctrl), key(KeyEvent.VK_EQUALS, ctrl | shift)), keys());
        add("zoomOut", "Zoom out", "Make the whole window smaller", KeyEvent.VK_O, c -> commands.zoomOut(),
                keys(key(KeyEvent.VK_MINUS, ctrl), key(KeyEvent.VK_SUBTRACT, ctrl)), keys());
        add("zoomReset", "Actual size", "Put the whole window back to its standard size", KeyEvent.VK_S,
                c -> commands.zoomReset(), keys(key(KeyEvent.VK_0, ctrl), key(KeyEvent.VK_NUMPAD0, ctrl)), keys());
        int ctrlAlt = ctrl | InputEvent.ALT_DOWN_MASK;
        add("largerText", "Larger reading text", "Make the article's text larger, on top of the zoom", KeyEvent.VK_G,
                c -> commands.largerText(), keys(key(KeyEvent.VK_EQUALS, ctrlAlt), key(KeyEvent.VK_PLUS, ctrlAlt)),
                keys());
        add("smallerText", "Smaller reading text", "Make the article's text smaller", KeyEvent.VK_E,
                c -> commands.smallerText(), keys(key(KeyEvent.VK_MINUS, ctrlAlt)), keys());
        add("defaultText", "Standard reading text size", "Put the article's text back to its standard size",
                KeyEvent.VK_D, c -> commands.defaultText(), keys(key(KeyEvent.VK_0, ctrlAlt)), keys());
        add("open", "Open…", "Open an article file", KeyEvent.VK_O, c -> commands.openFile(),
                keys(key(KeyEvent.VK_O, ctrl)), keys());
        add("openAddress", "Open web address…", "Read the article at a web address (http or https)", KeyEvent.VK_W,
                c -> commands.openAddress(), keys(key(KeyEvent.VK_O, ctrl | shift)), keys());
        add("paste", "Paste article", "Read the article on the clipboard", KeyEvent.VK_P,
                c -> commands.pasteArticle(), keys(key(KeyEvent.VK_V, ctrl | shift)), keys());
        add("export", "Export audio…", "Save the article or the summary as a WAV file", KeyEvent.VK_E,
                c -> commands.exportAudio(), keys(key(KeyEvent.VK_E, ctrl)), keys());
        add("quit", "Quit", "Close Lector", KeyEvent.VK_Q, c -> commands.quit(), keys(key(KeyEvent.VK_Q, ctrl)),
                keys());
        add("cycleFocus", "Next area", "Move between the reading pane, the summary and the controls",
                KeyEvent.VK_A, c -> commands.cycleFocus(), keys(key(KeyEvent.VK_F6, 0)), keys());
        add("showKeys", "Keys", "List every key", KeyEvent.VK_K, c -> commands.showKeys(),
                keys(key(KeyEvent.VK_F1, 0)), keys());
        add("wordHighlight", "Highlight spoken word", "Switch the word highlight on or off", KeyEvent.VK_H,
                c -> commands.toggleWordHighlight(), keys(), keys());
        add("caretFollowsWord", "Caret follows spoken word",
                "Move the text caret with the spoken word (a screen reader will then read along)", KeyEvent.VK_C,
                c -> commands.toggleCaretFollowsWord(), keys(), keys());
        for (Comfort.Typeface typeface : Comfort.Typeface.values()) {
            add("typeface." + typeface.id(), typeface.label(), "Set the reading text in " + typeface.label(),
                    Character.toUpperCase(typeface.label().charAt(typeface == Comfort.Typeface.SANS ? 1 : 0)),
                    c -> commands.comfort(comfort -> comfort.withTypeface(typeface)), keys(), keys());
        }
        add("lineSpacing.20", "Normal line spacing", "Set the lines at their usual distance", KeyEvent.VK_N,
                c -> commands.comfort(comfort -> comfort.withLineSpacing(20)), keys(), keys());
        add("lineSpacing.50", "Wide line spacing", "Set the lines one and a half apart", KeyEvent.VK_W,
                c -> commands.comfort(comfort -> comfort.withLineSpacing(50)), keys(), keys());
        add("lineSpacing.100", "Double line spacing", "Set the lines twice as far apart", KeyEvent.VK_D,
                c -> commands.comfort(comfort -> comfort.withLineSpacing(100)), keys(), keys());
        add("textWidth.60", "Narrow column", "Lines of about 60 characters", KeyEvent.VK_C,
                c -> commands.comfort(comfort -> comfort.withTextWidth(60)), keys(), keys());
        add("textWidth.75", "Medium column", "Lines of about 75 characters", KeyEvent.VK_M,
                c -> commands.comfort(comfort -> comfort.withTextWidth(75)), keys(), keys());
        add("textWidth.0", "Full width", "Lines as wide as the window", KeyEvent.VK_U,
                c -> commands.comfort(comfort -> comfort.withTextWidth(0)), keys(), keys());
        add("wideLetters", "Wide letter spacing", "Set the letters further apart (0.12 em)", KeyEvent.VK_L,
                c -> commands.comfort(comfort -> comfort.withWideLetters(!comfort.wideLetters())), keys(), keys());
        add("wideWords", "Wide word spacing", "Set the words further apart (0.16 em)", KeyEvent.VK_R,
                c -> commands.comfort(comfort -> comfort.withWideWords(!comfort.wideWords())), keys(), keys());
        add("lineFocus", "Line focus", "Dim everything but the sentence being read", KeyEvent.VK_F,
                c -> commands.comfort(comfort -> comfort.withLineFocus(!comfort.lineFocus())), keys(), keys());
        add("dimRead", "Dim text already read", "Set back the text before the sentence being read", KeyEvent.VK_I,
                c -> commands.comfort(comfort -> comfort.withDimRead(!comfort.dimRead())), keys(), keys());
        for (Theme theme : Theme.values()) {
            add("theme." + theme.id, theme.label() + " theme", "Use the " + theme.label().toLowerCase() + " colours",
                    theme.mnemonic, c -> commands.theme(theme.id), keys(), keys());
        }
    }

    private static KeyStroke key(int code, int modifiers) {
        return KeyStroke.getKeyStroke(code, modifiers);
    }

    private static List<KeyStroke> keys(KeyStroke... strokes) {
        return new ArrayList<>(List.of(strokes));
    }

    private void add(String id, String name, String description, int mnemonic, Consumer<ActionEvent> handler,
                     List<KeyStroke> windowKeys, List<KeyStroke> paneKeys) {
        Action action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent event) {
                used.run();
                handler.accept(event);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, description);
        action.putValue(Action.ACTION_COMMAND_KEY, id);
        action.putValue(Action.MNEMONIC_KEY, mnemonic);
        if (!windowKeys.isEmpty()) {
            action.putValue(Action.ACCELERATOR_KEY, windowKeys.get(0));
        }
        bindings.put(id, new Binding(id, action, windowKeys, paneKeys));
    }

    /** Sets what is told each time any action is used (the status line's hint goes at the first). */
    void onUse(Runnable listener) {
        used = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** The action with this id. @throws IllegalArgumentException if there is none */
    Action get(String id) {
        Binding binding = bindings.get(id);
        if (binding == null) {
            throw new IllegalArgumentException("no action '" + id + "'");
        }
        return binding.action();
    }

    /** Every binding, in menu order. */
    List<Binding> all() {
        return List.copyOf(bindings.values());
    }

    /** The binding with this id, or null. */
    Binding binding(String id) {
        return bindings.get(id);
    }

    /** Replaces the window keys of an action (from the user's key map); the accelerator shown follows. */
    void rebind(String id, KeyStroke stroke) {
        Binding binding = bindings.get(id);
        binding.windowKeys().clear();
        binding.windowKeys().add(stroke);
        binding.action().putValue(Action.ACCELERATOR_KEY, stroke);
    }

    /** A key stroke as people write it: "Ctrl+Space", "Alt+Down", "F1". */
    static String describe(KeyStroke stroke) {
        String modifiers = InputEvent.getModifiersExText(stroke.getModifiers());
        String key = KeyEvent.getKeyText(stroke.getKeyCode());
        return modifiers.isEmpty() ? key : modifiers + "+" + key;
    }
}
