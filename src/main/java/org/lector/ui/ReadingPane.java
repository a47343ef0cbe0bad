package org.lector.ui;

import java.awt.AWTKeyStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.KeyboardFocusManager;
import java.awt.Rectangle;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextPane;
import javax.swing.KeyStroke;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultHighlighter;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.lector.session.Comfort;
import org.lector.session.Cue;
import org.lector.session.Script;
import org.lector.text.Article;

/**
 * The article as a reader view: headline, standfirst, byline and dates, paragraphs, source; the
 * current sentence highlighted, its paragraph marked, and kept in view. Clicking a sentence moves
 * there. Tab and Shift+Tab always leave the pane.
 */
final class ReadingPane extends JPanel {

    /** The base text size at 100%, in points. */
    static final float BASE_SIZE = 18f;

    private final JTextPane text = new JTextPane() {
        /**
         * Lines always fit the pane: a word wider than it (a long headline word at 300%) is broken
         * rather than the page scrolled sideways, which a reader at a large size loses their line in.
         */
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private final JScrollPane scroll = new JScrollPane(text);
    /** For each cue of the full script: its start and end offsets in the document. */
    private final List<int[]> cueSpans = new ArrayList<>();
    /** For each cue of the full script: the span of its whole paragraph in the document. */
    private final List<int[]> paragraphSpans = new ArrayList<>();
    private Script script;
    private Theme theme = Theme.LIGHT;
    private int textPercent = 100;
    private Comfort comfort = Comfort.DEFAULTS;
    private int current = -1;
    private Object sentenceTag;
    private Object paragraphTag;
    private Object paragraphTailTag;
    private Object paragraphBarTag;
    private Object wordTag;
    private Object sentenceTailTag;
    private IntConsumer onCueClicked = cue -> { };

    ReadingPane() {
        super(new BorderLayout());
        text.setEditable(false);
        text.setFocusable(true);
        text.getCaret().setVisible(false);
        text.setMargin(new java.awt.Insets(20, 28, 20, 28));
        text.getAccessibleContext().setAccessibleName("Article");
        text.getAccessibleContext().setAccessibleDescription(
                "The article being read. Space plays or pauses; Up and Down move by paragraph; Left and Right by sentence.");
        // Tab always leaves the pane: a text pane would otherwise keep it.
        text.setFocusTraversalKeys(KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, 0), KeyStroke.getKeyStroke(KeyEvent.VK_TAB,
                        InputEvent.CTRL_DOWN_MASK)));
        text.setFocusTraversalKeys(KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, Set.<AWTKeyStroke>of(
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK),
                KeyStroke.getKeyStroke(KeyEvent.VK_TAB, InputEvent.SHIFT_DOWN_MASK | InputEvent.CTRL_DOWN_MASK)));
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent event) {
                int offset = text.viewToModel2D(event.getPoint());
                int cue = cueAt(offset);
                if (cue >= 0) {
                    onCueClicked.accept(cue);
                }
            }
        });
        text.addFocusListener(new FocusAdapter() {
            @Override
            public void focusGained(FocusEvent event) {
                paintFocus(true);
            }

            @Override
            public void focusLost(FocusEvent event) {
                paintFocus(false);
            }
        });
        scroll.getAccessibleContext().setAccessibleName("Article");
        scroll.getViewport().addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent event) {
                fitWidth();
            }
        });
        add(scroll, BorderLayout.CENTER);
        paintFocus(false);
    }

    /** The focusable text component, for key bindings and focus. */
    JTextPane textComponent() {
        return text;
    }

    /** Called with the full-script cue index when a sentence is clicked. */
    void onCueClicked(IntConsumer handler) {
        onCueClicked = handler;
    }

    /** Shows an article; {@code fullScript} gives the cues to highlight. */
    void show(Article article, Script fullScript) {
        this.script = fullScript;
        render(article);
    }

    void setTheme(Theme next) {
        theme = next;
        restyle();
    }

    /** Text size changes come in bursts (a held key): the document is restyled once the burst ends. */
    private final javax.swing.Timer restyleLater = new javax.swing.Timer(120, event -> restyle());

    void setTextPercent(int percent) {
        textPercent = percent;
        restyleLater.setRepeats(false);
        restyleLater.restart();
    }

    /** Sets the typeface, spacing, column width and dimming of the reading text. */
    void setComfort(Comfort next) {
        if (!next.equals(comfort)) {
            comfort = next;
            restyle();
        }
    }

    /** The side margins at the least, in pixels at 100%. */
    private static final int MARGIN = 28;

    /**
     * Keeps lines no longer than the chosen number of characters: the side margins take what the
     * window has beyond that, so the column stays centred as the window grows.
     */
    private void fitWidth() {
        int side = MARGIN;
        int viewport = scroll.getViewport().getWidth();
        if (comfort.textWidth() > 0 && viewport > 0) {
            java.awt.Font font = text.getStyledDocument().getFont(text.getStyledDocument().getCharacterElement(0)
                    .getAttributes());
            java.awt.FontMetrics metrics = text.getFontMetrics(font);
            double average = metrics.stringWidth(AVERAGE_TEXT) / (double) AVERAGE_TEXT.length();
            int column = (int) Math.round(average * comfort.textWidth());
            side = Math.max(MARGIN, (viewport - column) / 2);
        }
        java.awt.Insets margin = text.getMargin();
        if (margin == null || margin.left != side) {
            text.setMargin(new java.awt.Insets(20, side, 20, side));
            text.revalidate();
            text.repaint();
        }
    }

    /** Text whose letters come as often as in English prose, to measure an average character by. */
    private static final String AVERAGE_TEXT = "The quick brown fox jumps over the lazy dog, then rests. ";

    int textPercent() {
        return textPercent;
    }

    /** The styles every document of the pane shares: fonts with letter spacing. */
    private final ReadingFonts.SpacedStyles styles = new ReadingFonts.SpacedStyles();

    /** The first part of an article shown at once, in characters: a few screens at any size. */
    static final int FIRST_PART = 20_000;
    /** Each later part, added while the event thread is otherwise idle. */
    static final int LATER_PART = 60_000;

    /** The whole text of the article shown, of which the document holds the first {@code shown} characters. */
    private String whole = "";
    private int shown;
    /** Whether the article's words are set apart by spaces, and so lines break only at spaces. */
    private boolean spaced = true;
    /** Adds the next part of a long article, one part an event, so that keys are answered between parts. */
    private final javax.swing.Timer addLater = new javax.swing.Timer(0, event -> addPart());

    private void render(Article article) {
        addLater.stop();
        StringBuilder all = new StringBuilder();
        cueSpans.clear();
        paragraphSpans.clear();
        Article.ItemKind previous = null;
        int paragraph = -1;
        int paragraphStart = 0;
        for (Cue cue : script.cues()) {
            boolean newItem = !cue.isBody() || cue.paragraph() != paragraph;
            if (newItem && previous != null) {
                // Byline and date lines sit together; everything else is a block of its own.
                boolean headerLines = isHeaderLine(previous) && isHeaderLine(cue.kind());
                all.append(headerLines ? "\n" : "\n\n");
            }
            if (!cue.isBody()) {
                int start = all.length();
                String display = cue.utterance().display();
                all.append(display);
                cueSpans.add(new int[] {start, start + display.length()});
                paragraphSpans.add(new int[] {start, start + display.length()});
                paragraph = -1;
            } else {
                String body = article.paragraphs().get(cue.paragraph()).text();
                if (newItem) {
                    paragraph = cue.paragraph();
                    paragraphStart = all.length();
                    all.append(body);
                }
                var span = article.paragraphs().get(paragraph).sentences().get(cue.sentence()).span();
                cueSpans.add(new int[] {paragraphStart + span.start(), paragraphStart + span.end()});
                paragraphSpans.add(new int[] {paragraphStart, paragraphStart + body.length()});
            }
            previous = cue.kind();
        }
        whole = all.toString();
        // Filled and styled before the pane shows it: a document in view is laid out again at
        // every insertion. A book's 400,000 words took the event thread seconds to lay out, so
        // only its first part is shown at once and the rest is added part by part.
        StyledDocument doc = new javax.swing.text.DefaultStyledDocument(styles);
        text.getHighlighter().removeAllHighlights();
        sentenceTag = null;
        paragraphTag = null;
        paragraphTailTag = null;
        paragraphBarTag = null;
        wordTag = null;
        sentenceTailTag = null;
        // Swing breaks lines with the locale's rules as soon as a text holds any character past
        // ASCII (a curly quote will do), and those rules break "U.S." after "U." and "1,000" after
        // the comma. Text written with spaces between its words is broken at spaces only; text
        // without them (Chinese, Japanese, Thai) keeps the locale's rules.
        spaced = isWrittenWithSpaces(whole);
        current = -1;
        shown = 0;
        append(doc, partEnd(FIRST_PART));
        colourPane();
        text.setStyledDocument(doc);
        text.setCaretPosition(0);
        fitWidth();
        if (shown < whole.length()) {
            addLater.setRepeats(false);
            addLater.restart();
        }
    }

    /** Where the part that begins at {@code shown} and is about {@code length} long ends: at a block's end. */
    private int partEnd(int length) {
        if (shown + length >= whole.length()) {
            return whole.length();
        }
        int end = whole.indexOf("\n\n", shown + length);
        return end < 0 ? whole.length() : end;
    }

    /** Adds the text up to {@code end} to the document, styled. */
    private void append(StyledDocument doc, int end) {
        try {
            doc.insertString(shown, whole.substring(shown, end), null);
        } catch (BadLocationException e) {
            throw new IllegalStateException("reader view out of step with its document", e);
        }
        // After the insertion, which sets it whenever the text goes past Latin-1.
        doc.putProperty(MULTI_BYTE, spaced ? Boolean.FALSE : Boolean.TRUE);
        style(doc, shown, end);
        shown = end;
    }

    /** Adds the next part of a long article; the sentence being read is highlighted once it is there. */
    void addPart() {
        if (shown >= whole.length()) {
            return;
        }
        int before = shown;
        append(text.getStyledDocument(), partEnd(LATER_PART));
        if (current >= 0 && cueSpans.get(current)[0] >= before && cueSpans.get(current)[1] <= shown) {
            highlight(current);
        }
        if (shown < whole.length()) {
            addLater.restart();
        } else {
            ReaderController.timing("whole article added");
        }
    }

    /** Whether the whole article is in the document (a long one is added part by part). */
    boolean isComplete() {
        return shown >= whole.length();
    }

    /** Whether cue {@code cue}'s text is in the document yet. */
    private boolean isShown(int cue) {
        return cueSpans.get(cue)[1] <= shown;
    }

    /**
     * The document property Swing's text views read to choose line breaking (the value of
     * {@code AbstractDocument.MultiByteProperty}, which is not public): true, the locale's rules;
     * false, breaks at white space only.
     */
    private static final String MULTI_BYTE = "multiByte";

    /** Whether a text's words are set apart by spaces: few characters of scripts that write without them. */
    static boolean isWrittenWithSpaces(String all) {
        int unspaced = 0;
        int letters = 0;
        for (int i = 0; i < all.length(); ) {
            int c = all.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI
                    || script == Character.UnicodeScript.LAO || script == Character.UnicodeScript.KHMER
                    || script == Character.UnicodeScript.MYANMAR) {
                unspaced++;
            }
        }
        return unspaced * 20 < Math.max(1, letters);
    }

    private static boolean isHeaderLine(Article.ItemKind kind) {
        return kind == Article.ItemKind.BYLINE || kind == Article.ItemKind.DATE;
    }

    /** Fonts, colours and spacing for the current theme and text size. */
    private void restyle() {
        restyle(text.getStyledDocument());
    }

    private void restyle(StyledDocument doc) {
        colourPane();
        int keep = current;
        style(doc, 0, doc.getLength());
        current = -1;
        if (keep >= 0) {
            highlight(keep);
        }
        fitWidth();
        paintFocus(text.isFocusOwner());
        repaint();
    }

    private void colourPane() {
        text.setBackground(theme.background);
        text.setForeground(theme.text);
        text.setCaretColor(theme.text);
    }

    /** Gives document offsets {@code [from, to)}, whole blocks, the fonts, colours and spacing chosen. */
    private void style(StyledDocument doc, int from, int to) {
        float size = BASE_SIZE * textPercent / 100f;
        String family = ReadingFonts.family(comfort.typeface());
        String headingFamily = ReadingFonts.headingFamily(comfort.typeface());
        SimpleAttributeSet base = new SimpleAttributeSet();
        StyleConstants.setFontFamily(base, family);
        StyleConstants.setFontSize(base, Math.round(size));
        StyleConstants.setForeground(base, theme.text);
        StyleConstants.setBold(base, false);
        StyleConstants.setItalic(base, false);
        StyleConstants.setLineSpacing(base, comfort.lineSpacing() / 100f);
        // Letter spacing is a character's attribute only: on a paragraph it would outlive being switched off.
        doc.setParagraphAttributes(from, to - from, base, false);
        float letters = comfort.wideLetters() ? Comfort.WIDE_LETTERS / 100f : 0f;
        if (letters > 0) {
            base.addAttribute(ReadingFonts.TRACKING, letters);
        }
        doc.setCharacterAttributes(from, to - from, base, true);
        if (comfort.wideWords()) {
            widenSpaces(doc, from, to, letters + Comfort.WIDE_WORDS / 100f);
        }
        if (script == null) {
            return;
        }
        List<Cue> cues = script.cues();
        int first = firstCueFrom(from);
        int last = first;
        for (int i = first; i < cues.size() && i < cueSpans.size() && cueSpans.get(i)[1] <= to; i++) {
            last = i;
            SimpleAttributeSet style = new SimpleAttributeSet();
            int[] span = cueSpans.get(i);
            switch (cues.get(i).kind()) {
                case TITLE -> {
                    StyleConstants.setBold(style, true);
                    StyleConstants.setFontSize(style, Math.round(size * 1.6f));
                    StyleConstants.setFontFamily(style, headingFamily);
                }
                case SUBTITLE -> {
                    StyleConstants.setItalic(style, true);
                    StyleConstants.setFontSize(style, Math.round(size * 1.1f));
                }
                case BYLINE, DATE, SOURCE -> {
                    StyleConstants.setForeground(style, theme.dimmed);
                    StyleConstants.setFontSize(style, Math.round(size * 0.9f));
                    StyleConstants.setFontFamily(style, headingFamily);
                }
                case CODE -> {
                    StyleConstants.setFontFamily(style, java.awt.Font.MONOSPACED);
                    StyleConstants.setFontSize(style, Math.round(size * 0.85f));
                }
                case HEADING -> {
                    StyleConstants.setBold(style, true);
                    StyleConstants.setFontSize(style, Math.round(size * 1.25f));
                    StyleConstants.setFontFamily(style, headingFamily);
                }
                default -> {
                    continue;
                }
            }
            doc.setCharacterAttributes(span[0], span[1] - span[0], style, false);
        }
        if (comfort.lineFocus() || comfort.dimRead()) {
            recolour(doc, first, last, current);
        }
    }

    /** The first cue that starts at document offset {@code from} or after it (cues run in document order). */
    private int firstCueFrom(int from) {
        int low = 0;
        int high = cueSpans.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cueSpans.get(middle)[0] < from) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Puts extra space after every space character: wider gaps between words, letters left as they are. */
    private static void widenSpaces(StyledDocument doc, int from, int to, float tracking) {
        SimpleAttributeSet wide = new SimpleAttributeSet();
        wide.addAttribute(ReadingFonts.TRACKING, tracking);
        try {
            String part = doc.getText(from, to - from);
            for (int i = part.indexOf(' '); i >= 0; i = part.indexOf(' ', i + 1)) {
                int end = i + 1;
                while (end < part.length() && part.charAt(end) == ' ') {
                    end++;
                }
                doc.setCharacterAttributes(from + i, end - i, wide, false);
                i = end - 1;
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("reader view out of step with its document", e);
        }
    }

    /**
     * Gives cues {@code from} to {@code to} the colour they have with {@code reading} the cue being
     * read: dimmed when line focus is on or when already read, their own colour otherwise.
     */
    private void recolour(int from, int to, int reading) {
        recolour(text.getStyledDocument(), from, to, reading);
    }

    private void recolour(StyledDocument doc, int from, int to, int reading) {
        for (int i = Math.max(0, from); i <= to && i < cueSpans.size() && cueSpans.get(i)[1] <= doc.getLength(); i++) {
            if (i == reading) {
                continue;
            }
            int[] span = cueSpans.get(i);
            SimpleAttributeSet colour = new SimpleAttributeSet();
            StyleConstants.setForeground(colour, colourOf(i, reading));
            doc.setCharacterAttributes(span[0], span[1] - span[0], colour, false);
        }
    }

    /** The colour of cue {@code cue}'s text while {@code reading} is read. */
    private Color colourOf(int cue, int reading) {
        if (comfort.lineFocus() || comfort.dimRead() && reading >= 0 && cue < reading) {
            return theme.faded;
        }
        return foregroundOf(cue);
    }

    private void paintFocus(boolean focused) {
        Color color = focused ? theme.focus : theme.background;
        scroll.setBorder(BorderFactory.createLineBorder(color, 3));
    }

    /**
     * Highlights full-script cue {@code cue} and its paragraph, and scrolls it into view.
     * Call on the event thread.
     */
    void highlight(int cue) {
        if (cue < 0 || cue >= cueSpans.size()) {
            return;
        }
        StyledDocument doc = text.getStyledDocument();
        int previous = current;
        current = cue;
        if (previous >= 0 && previous < cueSpans.size()) {
            // Moving on dims what was read; moving back brings it back, every cue in between.
            boolean between = comfort.dimRead() && !comfort.lineFocus();
            recolour(between ? Math.min(previous, cue) : previous, between ? Math.max(previous, cue) : previous, cue);
        }
        var highlighter = text.getHighlighter();
        if (sentenceTag != null) {
            highlighter.removeHighlight(sentenceTag);
        }
        if (paragraphTag != null) {
            highlighter.removeHighlight(paragraphTag);
            paragraphTag = null;
        }
        if (paragraphTailTag != null) {
            highlighter.removeHighlight(paragraphTailTag);
            paragraphTailTag = null;
        }
        if (paragraphBarTag != null) {
            javax.swing.text.Highlighter.Highlight old = (javax.swing.text.Highlighter.Highlight) paragraphBarTag;
            int from = old.getStartOffset();
            int to = old.getEndOffset();
            highlighter.removeHighlight(paragraphBarTag);
            paragraphBarTag = null;
            repaintMargin(from, to);
        }
        removeWord();
        if (!isShown(cue)) {
            // Past the part of a long article added so far: highlighted when its part comes.
            return;
        }
        int[] span = cueSpans.get(cue);
        int[] paragraph = paragraphSpans.get(cue);
        try {
            // The paragraph mark stops where the sentence highlight starts: painters do not layer.
            var paragraphPainter = new DefaultHighlighter.DefaultHighlightPainter(theme.paragraph);
            if (span[0] > paragraph[0]) {
                paragraphTag = highlighter.addHighlight(paragraph[0], span[0], paragraphPainter);
            }
            if (paragraph[1] > span[1]) {
                paragraphTailTag = highlighter.addHighlight(span[1], paragraph[1], paragraphPainter);
            }
            sentenceTag = highlighter.addHighlight(span[0], span[1],
                    new DefaultHighlighter.DefaultHighlightPainter(theme.highlight));
            // The tint alone is too faint to see (1.1:1 on white): a bar in the margin marks the
            // paragraph at 3:1 or more against the page, in every theme.
            paragraphBarTag = highlighter.addHighlight(paragraph[0], paragraph[1], new ParagraphBar(theme.marker));
            SimpleAttributeSet highlighted = new SimpleAttributeSet();
            StyleConstants.setForeground(highlighted, theme.highlightText);
            doc.setCharacterAttributes(span[0], span[1] - span[0], highlighted, false);
            Rectangle2D start = text.modelToView2D(span[0]);
            Rectangle2D end = text.modelToView2D(Math.max(span[0], span[1] - 1));
            if (start != null && end != null) {
                Rectangle area = start.createUnion(end).getBounds();
                area.grow(0, 40);
                text.scrollRectToVisible(area);
            }
        } catch (BadLocationException e) {
            throw new IllegalStateException("highlight outside the document", e);
        }
    }

    /**
     * Repaints the left margin beside document offsets {@code [from, to)}: the paragraph bar is
     * painted there, outside the text a highlight's removal repaints, and would otherwise stay.
     */
    private void repaintMargin(int from, int to) {
        try {
            Rectangle2D first = text.modelToView2D(from);
            Rectangle2D last = text.modelToView2D(Math.max(from, to - 1));
            if (first != null && last != null) {
                int top = (int) Math.floor(first.getY());
                text.repaint(0, top, text.getInsets().left, (int) Math.ceil(last.getMaxY()) - top + 1);
            }
        } catch (BadLocationException e) {
            text.repaint();
        }
    }

    /** Highlights characters {@code [from, to)} of cue {@code cue}'s display text: the word being spoken. */
    void highlightWord(int cue, int from, int to) {
        if (cue < 0 || cue >= cueSpans.size()) {
            return;
        }
        removeWord();
        if (cue != current) {
            highlight(cue);
        }
        int start = cueSpans.get(cue)[0];
        try {
            // The sentence highlight would paint over the word: it is split around the word.
            var highlighter = text.getHighlighter();
            if (sentenceTag != null) {
                highlighter.removeHighlight(sentenceTag);
                sentenceTag = null;
            }
            int[] span = cueSpans.get(cue);
            var painter = new DefaultHighlighter.DefaultHighlightPainter(theme.highlight);
            if (start + from > span[0]) {
                sentenceTag = highlighter.addHighlight(span[0], start + from, painter);
            }
            if (span[1] > start + to) {
                sentenceTailTag = highlighter.addHighlight(start + to, span[1], painter);
            }
            wordTag = text.getHighlighter().addHighlight(start + from, start + to,
                    new DefaultHighlighter.DefaultHighlightPainter(theme.word));
        } catch (BadLocationException e) {
            // A word outside the sentence means the map and the text disagree: show no word.
        }
    }

    /** Puts the caret at a word of a cue (only when the listener asked for it: screen readers read at the caret). */
    void moveCaretToWord(int cue, int from) {
        if (cue >= 0 && cue < cueSpans.size()) {
            text.setCaretPosition(Math.min(text.getDocument().getLength(), cueSpans.get(cue)[0] + from));
        }
    }

    /** Takes away the word highlight, leaving the whole sentence highlighted. */
    void clearWord() {
        removeWord();
        if (current >= 0 && current < cueSpans.size() && isShown(current)) {
            if (sentenceTag != null) {
                text.getHighlighter().removeHighlight(sentenceTag);
            }
            int[] span = cueSpans.get(current);
            try {
                sentenceTag = text.getHighlighter().addHighlight(span[0], span[1],
                        new DefaultHighlighter.DefaultHighlightPainter(theme.highlight));
            } catch (BadLocationException e) {
                throw new IllegalStateException("highlight outside the document", e);
            }
        }
    }

    private void removeWord() {
        if (wordTag != null) {
            text.getHighlighter().removeHighlight(wordTag);
            wordTag = null;
        }
        if (sentenceTailTag != null) {
            text.getHighlighter().removeHighlight(sentenceTailTag);
            sentenceTailTag = null;
        }
    }

    /** The word highlighted, as document offsets, or null. */
    int[] highlightedWord() {
        if (wordTag == null) {
            return null;
        }
        for (var h : text.getHighlighter().getHighlights()) {
            if (h == wordTag) {
                return new int[] {h.getStartOffset(), h.getEndOffset()};
            }
        }
        return null;
    }

    private Color foregroundOf(int cue) {
        return switch (script.cues().get(cue).kind()) {
            case BYLINE, DATE, SOURCE -> theme.dimmed;
            default -> theme.text;
        };
    }

    /** The cue whose text holds document offset {@code offset}, or -1. */
    int cueAt(int offset) {
        for (int i = 0; i < cueSpans.size(); i++) {
            int[] span = cueSpans.get(i);
            if (offset >= span[0] && offset <= span[1]) {
                return i;
            }
        }
        return -1;
    }

    /** The highlighted cue, or -1. */
    int highlighted() {
        return current;
    }

    /** The document text, for tests. */
    String documentText() {
        try {
            return text.getStyledDocument().getText(0, text.getStyledDocument().getLength());
        } catch (BadLocationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Paints a bar in the left margin beside the lines of a paragraph. */
    private static final class ParagraphBar implements javax.swing.text.Highlighter.HighlightPainter {
        /** The bar's width in pixels at 100%; it grows with the text. */
        private static final int WIDTH = 5;
        private final Color color;

        ParagraphBar(Color color) {
            this.color = color;
        }

        @Override
        public void paint(java.awt.Graphics g, int p0, int p1, java.awt.Shape bounds,
                          javax.swing.text.JTextComponent component) {
            try {
                Rectangle2D first = component.modelToView2D(p0);
                Rectangle2D last = component.modelToView2D(Math.max(p0, p1 - 1));
                if (first == null || last == null) {
                    return;
                }
                int width = Math.max(WIDTH, (int) Math.round(first.getHeight() / 5));
                int x = Math.max(2, component.getInsets().left - width - 10);
                g.setColor(color);
                g.fillRect(x, (int) first.getY(), width, (int) Math.ceil(last.getMaxY() - first.getY()));
            } catch (BadLocationException e) {
                // The text changed under the highlight: the next highlight() puts it right.
            }
        }
    }
}
