package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JTextPane;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.lector.session.Script;
import org.lector.speech.SpeechNormalizer;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;

@org.junit.jupiter.api.extension.ExtendWith(OnEventThread.class)
class ReaderPanelTest {

    private final ReaderPanel panel = new ReaderPanel(new ReaderActions(new RecordingCommands()), rate -> { },
            voice -> { });

    private static List<Component> focusable(Container root) {
        List<Component> found = new ArrayList<>();
        for (Component child : root.getComponents()) {
            if (child.isFocusable() && child.isEnabled() && child instanceof JComponent
                    && !(child instanceof javax.swing.JScrollBar) && !(child instanceof javax.swing.JSplitPane)
                    && !(child instanceof javax.swing.JViewport) && !(child instanceof javax.swing.JPanel)
                    && !(child instanceof javax.swing.JLabel) && !(child instanceof javax.swing.JScrollPane)) {
                found.add(child);
            }
            if (child instanceof Container container) {
                found.addAll(focusable(container));
            }
        }
        return found;
    }

    private static String nameOf(Component component) {
        return component.getAccessibleContext().getAccessibleName();
    }

    @Test
    void everyFocusableControlHasAnAccessibleNameAndTheButtonsADescription() {
        List<Component> components = focusable(panel);
        assertThat(components).hasSizeGreaterThan(10);
        for (Component component : components) {
            assertThat(nameOf(component)).as(component.getClass().getSimpleName()).isNotBlank();
        }
        for (var button : panel.controls.buttons()) {
            assertThat(button.getAccessibleContext().getAccessibleDescription()).isNotBlank();
            assertThat(button.getPreferredSize().width).isGreaterThanOrEqualTo(24);
            assertThat(button.getPreferredSize().height).isGreaterThanOrEqualTo(24);
        }
    }

    @Test
    void buttonsShowTheirSymbolsAloneWhenTheirNamesWouldTakeMoreThanTwoRows() {
        ControlsPanel controls = panel.controls;
        var play = controls.first();
        controls.showState(false, false);
        controls.setSize(1600, 200);
        controls.doLayout();
        controls.fitRows();
        assertThat(play.getText()).isEqualTo("Play");

        controls.setSize(420, 400);
        controls.doLayout();
        controls.fitRows();
        assertThat(controls.buttons()).filteredOn(button -> button.getIcon() != null)
                .hasSize(6).allSatisfy(button -> {
                    assertThat(button.getText()).isEmpty();
                    assertThat(nameOf(button)).isNotBlank();
                    assertThat(button.getToolTipText()).isNotBlank();
                });
        assertThat(nameOf(play)).isEqualTo("Play");
        controls.showState(true, false);
        assertThat(play.getText()).isEmpty();
        assertThat(nameOf(play)).isEqualTo("Pause");
        assertThat(controls.buttons()).filteredOn(button -> button.getIcon() == null)
                .allSatisfy(button -> assertThat(button.getText()).contains(nameOf(button)));

        controls.setSize(1600, 200);
        controls.doLayout();
        controls.fitRows();
        assertThat(play.getText()).isEqualTo("Pause");
    }

    @Test
    void theModeOnIsShownByMoreThanColour() {
        panel.controls.showState(false, true);
        var buttons = panel.controls.buttons();
        var summary = buttons.stream().filter(b -> "Summary".equals(nameOf(b))).findFirst().orElseThrow();
        var full = buttons.stream().filter(b -> "Full article".equals(nameOf(b))).findFirst().orElseThrow();

        assertThat(summary.isSelected()).isTrue();
        assertThat(summary.getText()).isEqualTo("\u2713 Summary");
        assertThat(summary.getFont().isBold()).isTrue();
        assertThat(full.getText()).isEqualTo("Full article");
        assertThat(full.getFont().isBold()).isFalse();
        assertThat(summary.getPreferredSize().width).as("room for the mark")
                .isGreaterThanOrEqualTo(summary.getFontMetrics(summary.getFont()).stringWidth(summary.getText()));
    }

    @Test
    void tabGoesFromControlsToTheArticleToTheSummary() {
        List<Component> order = focusable(panel);
        int firstButton = order.indexOf(panel.controls.first());
        int article = order.indexOf(panel.reading.textComponent());
        int summary = order.indexOf(panel.summary.sentenceList());
        int position = order.indexOf(panel.position.slider());
        assertThat(firstButton).isLessThan(position);
        assertThat(position).isLessThan(article);
        assertThat(firstButton).isLessThan(article);
        assertThat(article).isLessThan(summary);
    }

    @Test
    void tabAlwaysLeavesTheReadingPane() {
        JTextPane text = panel.reading.textComponent();
        var forward = text.getFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS);
        var backward = text.getFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS);
        assertThat(forward).contains(javax.swing.KeyStroke.getKeyStroke("TAB"));
        assertThat(backward).contains(javax.swing.KeyStroke.getKeyStroke("shift TAB"));
        assertThat(text.isEditable()).isFalse();
    }

    @Test
    void labelsAreTiedToTheirFields() {
        assertThat(labelFor(panel, panel.controls.speedControl())).isNotNull();
        assertThat(labelFor(panel, panel.controls.voiceControl())).isNotNull();
        assertThat(labelFor(panel, panel.summary.sentenceList())).isNotNull();
        assertThat(labelFor(panel, panel.summary.lengthControl())).isNotNull();
    }

    private static javax.swing.JLabel labelFor(Container root, Component field) {
        for (Component child : root.getComponents()) {
            if (child instanceof javax.swing.JLabel label && label.getLabelFor() == field) {
                return label;
            }
            if (child instanceof Container container) {
                javax.swing.JLabel found = labelFor(container, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void setFonts(Component component, java.awt.Font font) {
        component.setFont(font);
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                setFonts(child, font);
            }
        }
    }

    private void resizeSplit(int width) {
        panel.split.setSize(width, 600);
        panel.split.doLayout();
        panel.split.dispatchEvent(new java.awt.event.ComponentEvent(panel.split,
                java.awt.event.ComponentEvent.COMPONENT_RESIZED));
    }

    @Test
    void givesTheArticleMostOfTheWidthAndTheSummaryRoomForItsLabelsAtLargeZoom() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        panel.summary.show(new org.lector.summary.Summarizer().summarize(article,
                new org.lector.summary.SummaryLength.Sentences(4)), 12);
        resizeSplit(1100);
        assertThat(panel.split.getDividerLocation()).isEqualTo((int) ((1100 - panel.split.getDividerSize()) * 0.6));

        // Text three times its size, as at 300% zoom: the summary's wrapped text asks for more
        // than the window has, and its heading needs more than 40% of it.
        setFonts(panel.summary, panel.summary.getFont().deriveFont(panel.summary.getFont().getSize2D() * 3));
        resizeSplit(1100);
        int summaryWidth = 1100 - panel.split.getDividerSize() - panel.split.getDividerLocation();
        assertThat(summaryWidth).isGreaterThanOrEqualTo(panel.summary.narrowestWidth());
        assertThat(panel.split.getDividerLocation()).isGreaterThanOrEqualTo(1100 * 2 / 5 - 10);
    }

    @Test
    void leavesTheDividerWhereTheUserDraggedIt() {
        resizeSplit(1000);
        var divider = ((javax.swing.plaf.basic.BasicSplitPaneUI) panel.split.getUI()).getDivider();
        divider.dispatchEvent(new java.awt.event.MouseEvent(divider, java.awt.event.MouseEvent.MOUSE_DRAGGED,
                System.currentTimeMillis(), java.awt.event.InputEvent.BUTTON1_DOWN_MASK, 2, 5, 0, false));
        panel.split.setDividerLocation(300);
        resizeSplit(1200);
        assertThat(panel.split.getDividerLocation()).isEqualTo(300);
    }

    @Test
    void showsTheArticleAsAReaderViewAndHighlightsTheSentence() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        Script script = Script.full(article, new SpeechNormalizer());
        panel.reading.show(article, script);
        String shown = panel.reading.documentText();
        assertThat(shown).startsWith(article.title() + "\n\n" + article.subtitle().orElseThrow() + "\n\nBy Yagiz");
        assertThat(shown.split(java.util.regex.Pattern.quote(article.title()), -1)).hasSize(2);
        assertThat(shown).doesNotContain("Skip to content");
        panel.reading.highlight(7);
        assertThat(panel.reading.highlighted()).isEqualTo(7);
        JTextComponent text = panel.reading.textComponent();
        assertThat(text.getHighlighter().getHighlights()).isNotEmpty();
        int offset = shown.indexOf("This comes after the decision");
        assertThat(panel.reading.cueAt(offset)).isEqualTo(6);
    }

    @Test
    void showsABooksFirstPartAtOnceAndAddsTheRestWhileKeysAreAnswered() {
        StringBuilder book = new StringBuilder("The Harbour Town\n\n");
        for (int p = 1; p <= 400; p++) {
            book.append("Paragraph ").append(p).append(" tells how the boats came home to the harbour that night. ")
                    .append("The keeper counted them one by one, and wrote each name in the book by the lamp.\n\n");
        }
        Article article = new ArticlePipeline().process(org.lector.text.ArticleSource.of("book.txt", book.toString()));
        Script script = Script.full(article, new SpeechNormalizer());
        ReadingPane pane = panel.reading;
        int last = script.size() - 1;
        pane.show(article, script);
        String first = pane.documentText();
        // A key sends the listener to the end before its part is there.
        pane.highlight(last);
        assertThat(first.length()).isLessThan(ReadingPane.FIRST_PART + 1_000).isGreaterThan(ReadingPane.FIRST_PART);
        assertThat(first).startsWith("The Harbour Town\n\nParagraph 1 tells").doesNotContain("Paragraph 400 ");
        assertThat(pane.isComplete()).isFalse();

        // The parts the event thread would add between other events, one at a time.
        for (int parts = 0; !pane.isComplete() && parts < 100; parts++) {
            pane.addPart();
        }
        String all = pane.documentText();
        assertThat(pane.isComplete()).isTrue();
        assertThat(all).endsWith("Paragraph 400 tells how the boats came home to the harbour that night. "
                + "The keeper counted them one by one, and wrote each name in the book by the lamp.");
        assertThat(all.split("\n\n")).hasSize(401);
        int lastSentence = all.lastIndexOf("The keeper counted");
        assertThat(pane.cueAt(lastSentence)).isEqualTo(last);
        assertThat(pane.highlighted()).isEqualTo(last);
        assertThat(pane.textComponent().getHighlighter().getHighlights())
                .anySatisfy(h -> assertThat(h.getStartOffset()).isEqualTo(lastSentence));
    }

    @Test
    void highlightsTheSpokenWordInsideTheSentenceAndClearsIt() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        Script script = Script.full(article, new SpeechNormalizer());
        panel.reading.show(article, script);
        String shown = panel.reading.documentText();
        int sentence = shown.indexOf("This comes after the decision");
        panel.reading.highlightWord(6, 5, 10);
        assertThat(panel.reading.highlighted()).isEqualTo(6);
        assertThat(panel.reading.highlightedWord()).containsExactly(sentence + 5, sentence + 10);
        assertThat(shown.substring(sentence + 5, sentence + 10)).isEqualTo("comes");
        panel.reading.clearWord();
        assertThat(panel.reading.highlightedWord()).isNull();
        assertThat(panel.reading.textComponent().getHighlighter().getHighlights()).isNotEmpty();
    }

    @Test
    void statusLineAnnouncesChangesToScreenReaders() {
        panel.status.dropHint();
        List<String> fired = new ArrayList<>();
        panel.status.getAccessibleContext().addPropertyChangeListener(event -> {
            if (javax.accessibility.AccessibleContext.ACCESSIBLE_NAME_PROPERTY.equals(event.getPropertyName())) {
                fired.add(String.valueOf(event.getNewValue()));
            }
        });
        panel.status.announce("Paragraph 3 of 17 · sentence 1 of 1 · 3:27 left");
        assertThat(fired).containsExactly("Paragraph 3 of 17 · sentence 1 of 1 · 3:27 left");
        assertThat(panel.status.getAccessibleContext().getAccessibleRole())
                .isEqualTo(javax.accessibility.AccessibleRole.STATUS_BAR);
    }

    @Test
    void statusLineSaysWhereTheKeysAreUntilTheFirstKeyIsUsed() {
        ReaderActions actions = new ReaderActions(new RecordingCommands());
        StatusLine status = new StatusLine();
        actions.onUse(status::dropHint);
        status.announce("Paragraph 1 of 17 · sentence 1 of 1 · 3:51 left");
        assertThat(status.getText()).isEqualTo("Paragraph 1 of 17 · sentence 1 of 1 · 3:51 left · F1: keys");
        assertThat(status.getAccessibleContext().getAccessibleName()).endsWith("F1: keys");

        actions.get("nextParagraph").actionPerformed(new java.awt.event.ActionEvent(status, 0, "nextParagraph"));
        assertThat(status.getText()).isEqualTo("Paragraph 1 of 17 · sentence 1 of 1 · 3:51 left");
        status.announce("Paragraph 2 of 17");
        assertThat(status.getText()).isEqualTo("Paragraph 2 of 17");
    }

    private static java.awt.Color colourAt(ReadingPane pane, int offset) {
        var doc = pane.textComponent().getStyledDocument();
        return javax.swing.text.StyleConstants.getForeground(doc.getCharacterElement(offset).getAttributes());
    }

    @Test
    void lineFocusDimsAllButTheSentenceReadAndDimmingSetsBackWhatWasRead() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        Script script = Script.full(article, new SpeechNormalizer());
        ReadingPane pane = panel.reading;
        pane.show(article, script);
        String shown = pane.documentText();
        int earlier = shown.indexOf("In an interview with Reuters");
        int reading = shown.indexOf("This comes after the decision");
        int later = shown.indexOf("The United States has been ordered");
        int cue = pane.cueAt(reading);

        pane.setComfort(org.lector.session.Comfort.DEFAULTS.withLineFocus(true));
        pane.highlight(cue);
        assertThat(colourAt(pane, earlier)).isEqualTo(Theme.LIGHT.faded);
        assertThat(colourAt(pane, later)).isEqualTo(Theme.LIGHT.faded);
        assertThat(colourAt(pane, reading)).isEqualTo(Theme.LIGHT.highlightText);

        pane.setComfort(org.lector.session.Comfort.DEFAULTS.withDimRead(true));
        assertThat(colourAt(pane, earlier)).isEqualTo(Theme.LIGHT.faded);
        assertThat(colourAt(pane, later)).isEqualTo(Theme.LIGHT.text);
        pane.highlight(pane.cueAt(later));
        assertThat(colourAt(pane, reading)).as("read now").isEqualTo(Theme.LIGHT.faded);
        pane.highlight(pane.cueAt(earlier));
        assertThat(colourAt(pane, reading)).as("back before it").isEqualTo(Theme.LIGHT.text);

        pane.setComfort(org.lector.session.Comfort.DEFAULTS);
        assertThat(colourAt(pane, later)).isEqualTo(Theme.LIGHT.text);
    }

    @Test
    void setsTheChosenTypefaceAndSpacesLettersAndWordsAsWcagAsks() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        ReadingPane pane = panel.reading;
        pane.show(article, Script.full(article, new SpeechNormalizer()));
        int word = pane.documentText().indexOf("In an interview");
        var doc = pane.textComponent().getStyledDocument();

        pane.setComfort(org.lector.session.Comfort.DEFAULTS.withTypeface(org.lector.session.Comfort.Typeface.OPEN_DYSLEXIC)
                .withWideLetters(true).withWideWords(true));
        java.awt.Font letter = doc.getFont(doc.getCharacterElement(word).getAttributes());
        java.awt.Font space = doc.getFont(doc.getCharacterElement(word + 2).getAttributes());

        assertThat(letter.getFamily()).isEqualTo("OpenDyslexic");
        assertThat(letter.getAttributes().get(java.awt.font.TextAttribute.TRACKING)).isEqualTo(0.12f);
        assertThat((Float) space.getAttributes().get(java.awt.font.TextAttribute.TRACKING)).isCloseTo(0.28f,
                org.assertj.core.data.Offset.offset(0.001f));
        pane.setComfort(org.lector.session.Comfort.DEFAULTS);
        java.awt.Font plain = doc.getFont(doc.getCharacterElement(word).getAttributes());
        assertThat(plain.getFamily()).isNotEqualTo("OpenDyslexic");
        assertThat(plain.getAttributes().get(java.awt.font.TextAttribute.TRACKING)).isIn(null, 0f);
    }

    @Test
    void keepsTheColumnToTheChosenWidthInAWideWindow() {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        ReadingPane pane = panel.reading;
        pane.show(article, Script.full(article, new SpeechNormalizer()));
        pane.setSize(1600, 800);
        pane.doLayout();
        var viewport = (javax.swing.JViewport) pane.textComponent().getParent();
        viewport.setSize(1580, 780);
        pane.setComfort(org.lector.session.Comfort.DEFAULTS.withTextWidth(60));
        int narrow = pane.textComponent().getMargin().left;
        pane.setComfort(org.lector.session.Comfort.DEFAULTS.withTextWidth(75));
        int medium = pane.textComponent().getMargin().left;
        pane.setComfort(org.lector.session.Comfort.DEFAULTS);
        int full = pane.textComponent().getMargin().left;

        assertThat(narrow).isGreaterThan(medium);
        assertThat(medium).isGreaterThan(full);
        assertThat(full).isEqualTo(28);
    }
}
