package org.lector.ui;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.UIManager;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.lector.session.Comfort;
import org.lector.session.Cue;
import org.lector.session.Mode;
import org.lector.session.Settings;
import org.lector.session.SettingsStore;
import org.lector.speech.Utterance;
import org.lector.text.Article;

/**
 * Lector's window: the menus, the reader panel, and the commands of the key table. Reading
 * commands go to the {@link ReaderController}; this class handles display, files and focus.
 * Built and used on the event thread only.
 */
final class MainWindow implements Commands {

    private final JFrame frame = new JFrame("Lector");
    private final ReaderActions actions = new ReaderActions(this);
    private final ReaderPanel panel;
    private final ReaderController controller;
    private final SettingsStore store;
    private final JMenu recentMenu = new JMenu("Recent files");
    private JCheckBoxMenuItem wordHighlightItem;
    private JCheckBoxMenuItem caretItem;

    /**
     * Builds the window with the saved theme's look installed first: a component made before it
     * would be made once in Swing's default look and again in this one.
     *
     * @param store where the settings are read from and saved
     * @return the window, not yet shown
     */
    static MainWindow create(SettingsStore store) {
        return create(store, store.load());
    }

    /**
     * Builds the window on settings already read from {@code store}.
     *
     * @param store where the settings are saved
     * @param settings the settings as read
     * @return the window, not yet shown
     */
    static MainWindow create(SettingsStore store, Settings settings) {
        long timingStart = System.nanoTime();
        LookAndFeels.apply(Theme.of(settings.theme()), settings.zoomPercent());
        if (Boolean.getBoolean("lector.timing")) {
            System.err.println("lector: timing: look installed in " + (System.nanoTime() - timingStart) / 1_000_000 + " ms");
        }
        return new MainWindow(store, settings);
    }

    private MainWindow(SettingsStore store, Settings settings) {
        this.store = store;
        installedTheme = Theme.of(settings.theme());
        installedZoom = settings.zoomPercent();
        panel = new ReaderPanel(actions, rate -> controller().setRate(rate), name -> controller().setVoice(name));
        actions.onUse(panel.status::dropHint);
        panel.onParagraphChosen(paragraph -> controller().withSession(s -> s.moveToParagraphNumber(paragraph)));
        controller = new ReaderController(panel, store, settings, title -> frame.setTitle(title + " — Lector"));
        KeyBindings.applyUserKeys(actions, store.keyMap(), store::report);
        frame.setJMenuBar(menus());
        frame.setContentPane(panel);
        KeyBindings.install(actions, frame.getRootPane(), panel.reading.textComponent());
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent event) {
                quit();
            }
        });
        frame.setTransferHandler(new Drop());
        frame.getAccessibleContext().setAccessibleDescription("Lector reads articles aloud. Press F1 for the keys.");
        frame.setSize(1180, 860);
        frame.setLocationByPlatform(true);
        panel.controls.refit();
        applyDisplay();
        panel.controls.showVoices(controller.readableVoices(), controller.settings().voice());
        panel.controls.showRate(controller.settings().rate());
        refreshRecent();
    }

    ReaderController controller() {
        return controller;
    }

    JFrame frame() {
        return frame;
    }

    ReaderPanel panel() {
        return panel;
    }

    ReaderActions actions() {
        return actions;
    }

    /**
     * Shows the window: on {@code file}'s article if a file was given, else on the article last
     * read, else on the bundled sample.
     *
     * @param read the article already read (FILE's, or the sample), or null to read it here
     * @param file FILE as given, or null
     * @param whole false when {@code read} is only FILE's opening: the rest is read here
     */
    void show(Article read, String file, boolean whole) {
        frame.setVisible(true);
        panel.reading.textComponent().requestFocusInWindow();
        if (file == null) {
            controller.openStartArticle(read);
        } else {
            controller.openRead(read, file, whole);
        }
    }

    private JMenuBar menus() {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", KeyEvent.VK_F, "open", "openAddress", "paste");
        file.add(recentMenu);
        recentMenu.setMnemonic(KeyEvent.VK_R);
        file.addSeparator();
        file.add(item("export"));
        file.addSeparator();
        file.add(item("quit"));
        bar.add(file);
        bar.add(menu("Read", KeyEvent.VK_R, "playPause", "stop", null, "previousSentence", "nextSentence",
                "previousParagraph", "nextParagraph", "firstParagraph", "lastParagraph", null, "whereAmI", null,
                "faster", "slower"));
        JMenu view = menu("View", KeyEvent.VK_V);
        ButtonGroup modes = new ButtonGroup();
        for (String id : List.of("fullArticle", "summary")) {
            JRadioButtonMenuItem item = new KeylessRadioItem(actions.get(id));
            modes.add(item);
            view.add(item);
        }
        view.addSeparator();
        view.add(item("zoomIn"));
        view.add(item("zoomOut"));
        view.add(item("zoomReset"));
        view.addSeparator();
        view.add(item("largerText"));
        view.add(item("smallerText"));
        view.add(item("defaultText"));
        view.addSeparator();
        ButtonGroup themes = new ButtonGroup();
        for (Theme theme : Theme.values()) {
            JRadioButtonMenuItem item = new KeylessRadioItem(actions.get("theme." + theme.id));
            item.setSelected(theme.id.equals(controller.settings().theme()));
            themes.add(item);
            view.add(item);
        }
        view.add(comfortMenu());
        view.addSeparator();
        wordHighlightItem = new KeylessCheckItem(actions.get("wordHighlight"));
        wordHighlightItem.setSelected(controller.settings().wordHighlight());
        view.add(wordHighlightItem);
        caretItem = new KeylessCheckItem(actions.get("caretFollowsWord"));
        caretItem.setSelected(controller.settings().caretFollowsWord());
        view.add(caretItem);
        view.addSeparator();
        view.add(item("cycleFocus"));
        bar.add(view);
        bar.add(menu("Help", KeyEvent.VK_H, "showKeys"));
        return bar;
    }

    /** The reading comfort items, by action id, to show the state whichever way it was changed. */
    private final java.util.Map<String, javax.swing.AbstractButton> comfortItems = new java.util.LinkedHashMap<>();

    private JMenu comfortMenu() {
        JMenu menu = new JMenu("Reading comfort");
        menu.setMnemonic(KeyEvent.VK_R);
        menu.getAccessibleContext().setAccessibleDescription(
                "Typeface, line, letter and word spacing, column width, line focus and dimming of the text read");
        List<List<String>> groups = List.of(
                java.util.Arrays.stream(Comfort.Typeface.values()).map(t -> "typeface." + t.id()).toList(),
                Comfort.LINE_SPACINGS.stream().map(n -> "lineSpacing." + n).toList(),
                Comfort.TEXT_WIDTHS.stream().map(n -> "textWidth." + n).toList());
        for (List<String> group : groups) {
            ButtonGroup buttons = new ButtonGroup();
            for (String id : group) {
                JRadioButtonMenuItem item = new KeylessRadioItem(actions.get(id));
                describe(item, id);
                buttons.add(item);
                menu.add(item);
                comfortItems.put(id, item);
            }
            menu.addSeparator();
        }
        for (String id : List.of("wideLetters", "wideWords", "lineFocus", "dimRead")) {
            JCheckBoxMenuItem item = new KeylessCheckItem(actions.get(id));
            describe(item, id);
            menu.add(item);
            comfortItems.put(id, item);
        }
        showComfort(controller.settings().comfort());
        return menu;
    }

    private void describe(JMenuItem item, String id) {
        item.getAccessibleContext().setAccessibleDescription((String) actions.get(id).getValue(Action.SHORT_DESCRIPTION));
    }

    /** Ticks the reading comfort items that are in force. */
    private void showComfort(Comfort comfort) {
        java.util.Set<String> on = new java.util.HashSet<>(List.of("typeface." + comfort.typeface().id(),
                "lineSpacing." + comfort.lineSpacing(), "textWidth." + comfort.textWidth()));
        if (comfort.wideLetters()) {
            on.add("wideLetters");
        }
        if (comfort.wideWords()) {
            on.add("wideWords");
        }
        if (comfort.lineFocus()) {
            on.add("lineFocus");
        }
        if (comfort.dimRead()) {
            on.add("dimRead");
        }
        comfortItems.forEach((id, item) -> item.setSelected(on.contains(id)));
    }

    private JMenu menu(String name, int mnemonic, String... ids) {
        JMenu menu = new JMenu(name);
        menu.setMnemonic(mnemonic);
        menu.getAccessibleContext().setAccessibleDescription(name + " menu");
        for (String id : ids) {
            if (id == null) {
                menu.addSeparator();
            } else {
                menu.add(item(id));
            }
        }
        return menu;
    }

    private JMenuItem item(String id) {
        JMenuItem item = new KeylessMenuItem(actions.get(id));
        describe(item, id);
        return item;
    }

    private void refreshRecent() {
        recentMenu.removeAll();
        List<String> recent = controller.settings().recent();
        for (int i = 0; i < recent.size(); i++) {
            String path = recent.get(i);
            JMenuItem item = new JMenuItem((i + 1) + "  " + Path.of(path).getFileName());
            item.setMnemonic(KeyEvent.VK_1 + i);
            item.getAccessibleContext().setAccessibleDescription("Open " + path);
            item.addActionListener(event -> {
                controller.openFile(path);
                SwingUtilities.invokeLater(this::refreshRecent);
            });
            recentMenu.add(item);
        }
        recentMenu.setEnabled(!recent.isEmpty());
    }

    /** The theme whose look is installed; switching the look is slow, so it happens only on a change. */
    private Theme installedTheme;
    /** The zoom installed, for the same reason. */
    private int installedZoom;

    private void applyDisplay() {
        Theme theme = Theme.of(controller.settings().theme());
        int zoom = controller.settings().zoomPercent();
        if (theme != installedTheme || zoom != installedZoom) {
            // Every component's font derives from the look's default font: one size for it zooms
            // menus, buttons, dialogs and the status line alike, and FlatLaf scales their insets.
            if (theme != installedTheme) {
                LookAndFeels.apply(theme, zoom);
                for (java.awt.Window each : java.awt.Window.getWindows()) {
                    SwingUtilities.updateComponentTreeUI(each);
                }
            } else {
                // A zoom alone: new fonts for the components there are (cheap, unlike installing every
                // component's look again, which kept the event thread busy for over 100 ms), and the
                // default font for the dialogs made later.
                LookAndFeels.setZoom(zoom);
                for (java.awt.Window each : java.awt.Window.getWindows()) {
                    LookAndFeels.rescaleFonts(each, installedZoom, zoom);
                    each.validate();
                    each.repaint();
                }
            }
            panel.controls.refit();
            installedTheme = theme;
            installedZoom = zoom;
        }
        panel.reading.setTheme(theme);
        panel.reading.setTextPercent(controller.settings().textPercent() * zoom / 100);
        panel.reading.setComfort(controller.settings().comfort());
        float scale = controller.settings().textPercent() / 100f;
        java.awt.Font base = UIManager.getFont("Label.font");
        if (base != null) {
            panel.summary.sentenceList().setFont(base.deriveFont(Math.max(12f, base.getSize2D() * 14f / 13f * scale)));
        }
    }

    // Reading commands.

    @Override
    public void togglePlay() {
        controller.play();
    }

    @Override
    public void stop() {
        // Escape first stops an article being fetched or read in, then the speech.
        if (!controller.cancelLoading()) {
            controller.withSession(s -> s.stop());
        }
    }

    @Override
    public void nextSentence() {
        controller.withSession(s -> s.nextSentence());
    }

    @Override
    public void previousSentence() {
        controller.withSession(s -> s.previousSentence());
    }

    @Override
    public void nextParagraph() {
        controller.withSession(s -> s.nextParagraph());
    }

    @Override
    public void previousParagraph() {
        controller.withSession(s -> s.previousParagraph());
    }

    @Override
    public void firstParagraph() {
        controller.withSession(s -> s.first());
    }

    @Override
    public void lastParagraph() {
        controller.withSession(s -> s.last());
    }

    @Override
    public void faster() {
        controller.changeRate(10);
    }

    @Override
    public void slower() {
        controller.changeRate(-10);
    }

    @Override
    public void fullArticle() {
        controller.setMode(Mode.FULL);
    }

    @Override
    public void summary() {
        controller.setMode(Mode.SUMMARY);
    }

    @Override
    public void whereAmI() {
        controller.whereAmI();
    }

    // Display commands.

    @Override
    public void zoomIn() {
        zoom(1);
    }

    @Override
    public void zoomOut() {
        zoom(-1);
    }

    @Override
    public void zoomReset() {
        zoom(0);
    }

    private void zoom(int steps) {
        controller.updateSettings(controller.settings().withZoomStep(steps));
        panel.status.announce("Zoom " + controller.settings().zoomPercent() + "%");
        // Zoom keys come in bursts (a held key, 125 to 300% in four presses): the window is laid
        // out again once the burst ends, not at every step.
        zoomLater.setRepeats(false);
        zoomLater.restart();
    }

    private final javax.swing.Timer zoomLater = new javax.swing.Timer(150, event -> applyDisplay());

    @Override
    public void largerText() {
        textSize(controller.settings().textPercent() + 10);
    }

    @Override
    public void smallerText() {
        textSize(controller.settings().textPercent() - 10);
    }

    @Override
    public void defaultText() {
        textSize(100);
    }

    private void textSize(int percent) {
        controller.updateSettings(controller.settings().withTextPercent(percent));
        applyDisplay();
        panel.status.announce("Reading text " + controller.settings().textPercent() + "%");
    }

    @Override
    public void theme(String id) {
        controller.updateSettings(controller.settings().withTheme(id));
        applyDisplay();
        panel.status.announce(Theme.of(id).label() + " theme");
    }

    @Override
    public void toggleWordHighlight() {
        var next = controller.settings().withWordHighlight(!controller.settings().wordHighlight());
        controller.updateSettings(next);
        wordHighlightItem.setSelected(next.wordHighlight());
        if (!next.wordHighlight()) {
            panel.reading.clearWord();
        }
        panel.status.announce("Word highlight " + (next.wordHighlight() ? "on" : "off"));
    }

    @Override
    public void toggleCaretFollowsWord() {
        var next = controller.settings().withCaretFollowsWord(!controller.settings().caretFollowsWord());
        controller.updateSettings(next);
        caretItem.setSelected(next.caretFollowsWord());
        panel.status.announce("Caret follows the spoken word: " + (next.caretFollowsWord() ? "on" : "off"));
    }

    @Override
    public void comfort(java.util.function.UnaryOperator<Comfort> change) {
        Comfort before = controller.settings().comfort();
        Comfort after = change.apply(before);
        controller.updateSettings(controller.settings().withComfort(after));
        panel.reading.setComfort(after);
        showComfort(after);
        panel.status.announce(comfortChange(before, after));
    }

    /** What a screen reader is told of a change: "Line focus on", "Typeface: OpenDyslexic". */
    static String comfortChange(Comfort before, Comfort after) {
        if (before.typeface() != after.typeface()) {
            return "Typeface: " + after.typeface().label();
        }
        if (before.lineSpacing() != after.lineSpacing()) {
            return "Line spacing: " + switch (after.lineSpacing()) {
                case 20 -> "normal";
                case 50 -> "wide";
                default -> "double";
            };
        }
        if (before.textWidth() != after.textWidth()) {
            return after.textWidth() == 0 ? "Text as wide as the window"
                    : "Lines of about " + after.textWidth() + " characters";
        }
        if (before.wideLetters() != after.wideLetters()) {
            return "Wide letter spacing " + (after.wideLetters() ? "on" : "off");
        }
        if (before.wideWords() != after.wideWords()) {
            return "Wide word spacing " + (after.wideWords() ? "on" : "off");
        }
        if (before.lineFocus() != after.lineFocus()) {
            return "Line focus " + (after.lineFocus() ? "on" : "off");
        }
        if (before.dimRead() != after.dimRead()) {
            return "Text already read " + (after.dimRead() ? "dimmed" : "not dimmed");
        }
        return "Reading comfort unchanged";
    }

    // Files.

    @Override
    public void openFile() {
        JFileChooser chooser = new FittedFileChooser();
        chooser.setDialogTitle("Open an article");
        chooser.setFileFilter(new FileNameExtensionFilter("Articles (.txt, .md, .html, .epub, .docx, .pdf)", "txt", "md",
                "markdown", "html", "htm", "xhtml", "epub", "docx", "pdf"));
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            controller.openFile(chooser.getSelectedFile().getPath());
            SwingUtilities.invokeLater(this::refreshRecent);
        }
    }

    @Override
    public void openAddress() {
        AddressDialog.ask(frame).ifPresent(address -> {
            try {
                controller.openAddress(address);
            } catch (IllegalArgumentException invalid) {
                panel.status.announce("Cannot open: " + address + " is not a valid web address");
            }
        });
    }

    @Override
    public void pasteArticle() {
        try {
            Transferable contents = Toolkit.getDefaultToolkit().getSystemClipboard().getContents(null);
            java.util.Optional<org.lector.text.ArticleSource> pasted = contents == null ? java.util.Optional.empty()
                    : TransferredText.from(contents, "pasted article");
            if (pasted.isPresent()) {
                controller.openSource(pasted.get());
            } else {
                panel.status.announce("The clipboard holds no text to read");
            }
        } catch (Exception e) {
            panel.status.announce("Cannot read the clipboard: " + e.getMessage());
        }
    }

    @Override
    public void exportAudio() {
        List<Cue> cues = controller.exportScript();
        if (cues.isEmpty()) {
            panel.status.announce("Nothing to export yet");
            return;
        }
        JFileChooser chooser = new FittedFileChooser();
        boolean summaryMode = controller.session().mode() == Mode.SUMMARY;
        chooser.setDialogTitle(summaryMode ? "Export the summary as WAV" : "Export the article as WAV");
        String title = controller.session().article().title().replaceAll("[^\\p{L}\\p{N} -]", "").strip();
        chooser.setSelectedFile(new File((title.isEmpty() ? "article" : title) + (summaryMode ? " (summary)" : "")
                + ".wav"));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        boolean replace = Files.exists(target);
        if (replace && !Files.isRegularFile(target)) {
            panel.status.announce("Cannot export to " + target.getFileName() + ": it is not a regular file");
            return;
        }
        if (replace && !askToReplace(target)) {
            panel.status.announce("Export cancelled; " + target.getFileName() + " was kept");
            return;
        }
        List<Utterance> utterances = cues.stream().map(Cue::utterance).toList();
        ExportDialog.run(frame, utterances, target, replace, controller.settings().voice(),
                controller.lexicon(), controller.settings().rate(), panel.status::announce);
    }

    /** As the command line refuses without --force, the window asks; keeping the file is the default. */
    private boolean askToReplace(Path target) {
        String replace = "Replace";
        String keep = "Keep the file";
        int answer = JOptionPane.showOptionDialog(frame,
                target.getFileName() + " already exists in " + target.toAbsolutePath().getParent()
                        + ". Replace it with the new recording?",
                "Replace file? — Lector", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null,
                new Object[] {replace, keep}, keep);
        return answer == 0;
    }

    @Override
    public void quit() {
        controller.close();
        frame.dispose();
    }

    // Focus and help.

    @Override
    public void cycleFocus() {
        Component owner = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
        JComponent reading = panel.reading.textComponent();
        JComponent summaryList = panel.summary.sentenceList();
        if (owner == reading) {
            summaryList.requestFocusInWindow();
        } else if (owner != null && SwingUtilities.isDescendingFrom(owner, panel.summary)) {
            panel.controls.first().requestFocusInWindow();
        } else {
            reading.requestFocusInWindow();
        }
    }

    @Override
    public void showKeys() {
        KeysDialog.show(frame, KeyBindings.describe(actions));
    }

    /*
     * Menu items that show their key but leave it to the window's key bindings: a menu accelerator
     * "clicks" its item, and Swing sleeps on the event thread for the click to show, which a fast
     * typist (or a screen reader user holding a key) turns into a frozen window.
     */

    private static final class KeylessMenuItem extends JMenuItem {
        KeylessMenuItem(Action action) {
            super(action);
        }

        @Override
        protected boolean processKeyBinding(javax.swing.KeyStroke key, KeyEvent event, int condition, boolean pressed) {
            return condition != JComponent.WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(key, event, condition,
                    pressed);
        }
    }

    private static final class KeylessRadioItem extends JRadioButtonMenuItem {
        KeylessRadioItem(Action action) {
            super(action);
        }

        @Override
        protected boolean processKeyBinding(javax.swing.KeyStroke key, KeyEvent event, int condition, boolean pressed) {
            return condition != JComponent.WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(key, event, condition,
                    pressed);
        }
    }

    private static final class KeylessCheckItem extends JCheckBoxMenuItem {
        KeylessCheckItem(Action action) {
            super(action);
        }

        @Override
        protected boolean processKeyBinding(javax.swing.KeyStroke key, KeyEvent event, int condition, boolean pressed) {
            return condition != JComponent.WHEN_IN_FOCUSED_WINDOW && super.processKeyBinding(key, event, condition,
                    pressed);
        }
    }

    /** Drops: a file opens; text is read as an article. */
    private final class Drop extends TransferHandler {
        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)
                    || TransferredText.hasText(support.getTransferable());
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                if (support.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                    @SuppressWarnings("unchecked")
                    List<File> files = (List<File>) support.getTransferable().getTransferData(
                            DataFlavor.javaFileListFlavor);
                    if (!files.isEmpty()) {
                        controller.openFile(files.get(0).getPath());
                        return true;
                    }
                }
                java.util.Optional<org.lector.text.ArticleSource> dropped =
                        TransferredText.from(support.getTransferable(), "dropped text");
                dropped.ifPresent(controller::openSource);
                return dropped.isPresent();
            } catch (Exception e) {
                panel.status.announce("Cannot read what was dropped: " + e.getMessage());
                return false;
            }
        }
    }
}
