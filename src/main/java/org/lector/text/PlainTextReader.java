package org.lector.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns plain text (or Markdown) into blocks: blank lines separate blocks; inside a block,
 * lines that were broken by hard wrapping or written one sentence a line are joined, while lines
 * that stand alone (a headline, a byline, a date, a list item, furniture) stay apart.
 *
 * <p>Immutable and safe to share.
 */
final class PlainTextReader {

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+•·▪◦]|\\d{1,3}[.)])\\s+\\S.*");
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern MD_RULE = Pattern.compile("^(?:[-*_]\\s*){3,}$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\|?(?:\\s*:?-{2,}:?\\s*\\|)+\\s*(?::?-{2,}:?\\s*)?$");
    private static final Pattern MD_SETEXT = Pattern.compile("^(?:=+|-+)\\s*$");
    private static final Pattern MD_IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern MD_EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+|~~)(\\S(?:.*?\\S)?)\\1");
    /** Words a sentence never ends on: a line ending with one was broken mid-sentence. */
    private static final Set<String> OPEN_ENDINGS = Set.of(
            "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or", "but", "that",
            "which", "who", "as", "is", "are", "was", "were", "its", "their", "his", "her", "into", "than", "if");

    private final boolean markdown;

    /** @param markdown whether to read Markdown headings, lists, emphasis and links */
    PlainTextReader(boolean markdown) {
        this.markdown = markdown;
    }

    /** A line with what the markup said of it. */
    private record Line(String text, Block.Hint hint, boolean standsAlone, boolean indented) {
        Line(String text, Block.Hint hint) {
            this(text, hint, false);
        }

        Line(String text, Block.Hint hint, boolean indented) {
            this(text, hint, hint != Block.Hint.NONE || LIST_ITEM.matcher(text).matches()
                    || LinePatterns.furniture(text).isPresent() || LinePatterns.isByline(text)
                    || LinePatterns.isDateLine(text) || LinePatterns.isSourceLine(text), indented);
        }
    }

    /**
     * Reads the cleaned text of one document.
     *
     * @param text cleaned text with {@code \n} line ends
     * @return the blocks in order, none blank
     */
    List<Block> read(String text) {
        List<List<Line>> groups = groupByBlankLines(text);
        int wrapWidth = estimateWrapWidth(groups);
        boolean hasBlankLines = groups.size() > 1;
        List<Block> blocks = new ArrayList<>();
        for (List<Line> group : groups) {
            if (!markdown && isPreformatted(group)) {
                blocks.add(new Block(String.join(" ", group.stream().map(Line::text).toList()),
                        Block.Hint.PREFORMATTED, true));
                continue;
            }
            List<Block> fromGroup = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            Line previous = null;
            Block.Hint currentHint = Block.Hint.NONE;
            for (Line line : group) {
                if (previous != null && shouldJoin(previous, line, wrapWidth, hasBlankLines)) {
                    appendJoined(current, line.text());
                } else {
                    if (previous != null) {
                        fromGroup.add(new Block(current.toString(), currentHint, false));
                    }
                    current.setLength(0);
                    current.append(line.text());
                    currentHint = line.hint();
                }
                previous = line;
            }
            if (previous != null) {
                fromGroup.add(new Block(current.toString(), currentHint, false));
            }
            if (fromGroup.size() == 1) {
                Block only = fromGroup.get(0);
                fromGroup.set(0, new Block(only.text(), only.hint(), true));
            }
            blocks.addAll(fromGroup);
        }
        return blocks;
    }

    private List<List<Line>> groupByBlankLines(String text) {
        List<List<Line>> groups = new ArrayList<>();
        List<Line> group = new ArrayList<>();
        StringBuilder code = null;
        String[] raws = text.split("\n", -1);
        String[] tableRows = tableRows(raws);
        for (int n = 0; n < raws.length; n++) {
            String raw = raws[n];
            String stripped = raw.strip();
            if (markdown && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
                if (code == null) {
                    code = new StringBuilder();
                } else {
                    group = addCode(groups, group, code);
                    code = null;
                }
                continue;
            }
            if (code != null) {
                code.append(code.length() > 0 ? "\n" : "").append(raw.stripTrailing());
                continue;
            }
            Line line = stripped.isEmpty() ? null
                    : tableRows[n] != null ? new Line(tableRows[n], Block.Hint.TABLE_ROW)
                    : toLine(raw, stripped, group);
            if (line == null) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
            } else if (!line.text().isEmpty()) {
                group.add(line);
            }
        }
        if (code != null) {
            group = addCode(groups, group, code);
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /**
     * The rows of tables copied from a page, which gives a row's cells separated by tabs: three
     * such lines or more in a row, some cell holding a figure or a phrase. A menu copied side by
     * side is a line or two of a few short names.
     *
     * @return for each line, its cells joined in order ("Auckland · 23/16") if it is a table's row, else null
     */
    private static String[] tableRows(String[] raws) {
        String[] rows = new String[raws.length];
        int start = 0;
        boolean data = false;
        for (int n = 0; n <= raws.length; n++) {
            List<String> cells = n < raws.length && raws[n].stripTrailing().indexOf('\t') >= 0
                    ? cells(raws[n]) : List.of();
            if (!cells.isEmpty()) {
                data |= cells.stream().anyMatch(cell -> TABLE_DATA.matcher(cell).find());
                rows[n] = String.join(" · ", cells);
                continue;
            }
            if (n - start < FEWEST_TABLE_ROWS || !data) {
                Arrays.fill(rows, start, n, null);
            }
            start = n + 1;
            data = false;
        }
        return rows;
    }

    private static final int FEWEST_TABLE_ROWS = 3;
    /** A figure, or three words: what a table's cells hold and a menu's links do not. */
    private static final Pattern TABLE_DATA = Pattern.compile("\\d|\\S+\\s+\\S+\\s+\\S+");

    /** A tab-separated row's cells that hold something, each with its spaces collapsed. */
    private static List<String> cells(String raw) {
        List<String> cells = new ArrayList<>();
        for (String cell : raw.split("\t")) {
            String text = collapse(cell.strip());
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return cells;
    }

    /** A fenced code block is a group of its own: one block, its lines as written. */
    private static List<Line> addCode(List<List<Line>> groups, List<Line> group, StringBuilder code) {
        if (!group.isEmpty()) {
            groups.add(group);
        }
        String text = code.toString().stripIndent().strip();
        if (!text.isEmpty()) {
            groups.add(new ArrayList<>(List.of(new Line(text, Block.Hint.CODE, true))));
        }
        return new ArrayList<>();
    }

    /** One non-blank line; for Markdown, its markup read and removed. Returns null for a separator line. */
    private Line toLine(String raw, String stripped, List<Line> group) {
        if (!markdown) {
            return new Line(LinePatterns.withoutEditLink(LinePatterns.withoutCredit(collapse(stripped))), Block.Hint.NONE,
                    raw.startsWith("  ") || raw.startsWith("\t"));
        }
        if (stripped.startsWith("|") && stripped.indexOf('|', 1) > 0) {
            return tableRow(stripped);
        }
        if (MD_SETEXT.matcher(stripped).matches() && group.size() == 1) {
            // The underline of a setext heading: the line above is the heading.
            Line above = group.remove(0);
            group.add(new Line(above.text(), stripped.startsWith("=") ? Block.Hint.TITLE : Block.Hint.HEADING));
            return new Line("", Block.Hint.NONE);
        }
        if (MD_RULE.matcher(stripped).matches()) {
            return null;
        }
        var heading = MD_HEADING.matcher(stripped);
        if (heading.matches()) {
            Block.Hint hint = heading.group(1).length() == 1 ? Block.Hint.TITLE : Block.Hint.HEADING;
            return new Line(inline(heading.group(2)), hint);
        }
        String text = stripped;
        while (text.startsWith(">")) {
            text = text.substring(1).strip();
        }
        return new Line(inline(text), Block.Hint.NONE);
    }

    /**
     * A row of a Markdown table, read as one line with its cells in order ("Labour · 40"); the row
     * that underlines the header ("|---|:--:|") is no text at all.
     */
    private static Line tableRow(String row) {
        if (TABLE_RULE.matcher(row).matches()) {
            return new Line("", Block.Hint.NONE);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length())
                .split("(?<!\\\\)\\|")) {
            String text = inline(cell.strip());
            if (!text.isEmpty()) {
                cells.add(text);
            }
        }
        return new Line(String.join(" · ", cells), Block.Hint.PARAGRAPH);
    }

    private static String inline(String text) {
        String plain = MD_IMAGE.matcher(text).replaceAll("");
        plain = MD_LINK.matcher(plain).replaceAll("$1");
        for (int pass = 0; pass < 2; pass++) {
            plain = MD_EMPHASIS.matcher(plain).replaceAll("$2");
        }
        return collapse(plain.replace("\\", "").strip());
    }

    /** Runs of white space as one space; cheap when there are none, which is the common case. */
    private static String collapse(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c);
            boolean previousSpace = i > 0 && Character.isWhitespace(text.charAt(i - 1));
            if (out == null && (space && (c != ' ' || previousSpace))) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null && !(space && previousSpace)) {
                out.append(space ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /**
     * Lines that are program code or a table of figures, as a copy of a page gives a {@code <pre>}:
     * box-drawing rules, or lines most of which read as code, or indented lines among code. Prose
     * sentences never stand among them.
     */
    private static boolean isPreformatted(List<Line> group) {
        if (group.size() < 2 || group.stream().anyMatch(line -> line.hint() == Block.Hint.TABLE_ROW)) {
            return false;
        }
        int code = 0;
        int figures = 0;
        boolean rules = false;
        boolean indented = false;
        for (Line line : group) {
            String text = line.text();
            if (LinePatterns.endsSentence(text) && text.split(" ").length >= 12) {
                return false;
            }
            code += CODE_MARKS.matcher(text).find()
                    && (LinePatterns.looksLikeCodeOrMath(text) || text.split(" ").length <= 6)
                    || SHELL_PROMPT.matcher(text).lookingAt() ? 1 : 0;
            figures += LinePatterns.looksLikeFigures(text) ? 1 : 0;
            rules |= LinePatterns.hasBoxDrawing(text);
            indented |= line.indented();
        }
        // Figures alone are no code (an archive's "2016 (136)" lines are links), nor is one line
        // with brackets in it (a heading with its "[edit]" link under which a note stands).
        return rules || indented && code > 0 || code > 1 && 2 * (code + figures) >= group.size();
    }

    /**
     * What program code has and labels do not: braces, a statement's end, an assignment, a call
     * ("avg(n)"), an index ("array[2"). A word in brackets ("[edit]", "[WORDS]") is a label.
     */
    private static final Pattern CODE_MARKS = Pattern.compile("[{};=]|\\w\\(\\w*\\)|\\w\\[[\"'\\d]|\\($");

    /** A command typed at a shell's prompt: "$ hg push ../test-repo", "% make", "C:\\> dir". */
    private static final Pattern SHELL_PROMPT = Pattern.compile("(?:[$%] |[A-Z]:\\\\[^ ]*> ?)[a-z./~]");

    /** ". The Seattle Times. Retrieved May 15, 2017.": a line no sentence or label can open with. */
    private static final Pattern CONTINUATION = Pattern.compile("^[.,;)\\]](?:\\s|$).*");

    private static boolean shouldJoin(Line above, Line below, int wrapWidth, boolean hasBlankLines) {
        String a = above.text();
        String b = below.text();
        // Two lines the markup said nothing of. A copy breaks a line after a link ("^ Hartl, John
        // (1998). "Disney Will…"" / ". The Seattle Times."); a wrapped sentence goes on in lower case
        // ("… MAY be supported by the server, although its use" / "is not recommended"): neither
        // half is a label, whatever a pattern makes of it alone.
        if (above.hint() == Block.Hint.NONE && below.hint() == Block.Hint.NONE
                && (CONTINUATION.matcher(b).matches() || runsOnMidSentence(a, b))) {
            return true;
        }
        if (above.hint() == Block.Hint.NONE && LinePatterns.isByWordAlone(a) && Character.isUpperCase(b.codePointAt(0))
                && LinePatterns.isByline(a + " " + b)) {
            // "por" / "César Salza": the byline, broken before its linked name.
            return true;
        }
        if (above.standsAlone() || below.standsAlone()) {
            return false;
        }
        if (wrapWidth > 0 && a.length() + 1 + firstWord(b).length() > wrapWidth) {
            // The next word would not have fitted on this line: the line was broken by wrapping.
            return true;
        }
        if (LinePatterns.isCutShort(a)) {
            // "21 tatouages qui ont merveilleusement bien…": a teaser cut short, one a line.
            return false;
        }
        if (LinePatterns.endsSentence(a)) {
            // One sentence a line inside a blank-line-separated paragraph; without blank lines,
            // each line is a paragraph of its own. A short line without a full stop after a
            // sentence is a headline or a label of its own (a page copied from a browser).
            return hasBlankLines && (LinePatterns.endsSentence(b) || b.split("\\s+").length > 15);
        }
        char last = a.charAt(a.length() - 1);
        if (",;:-–—(".indexOf(last) >= 0 || OPEN_ENDINGS.contains(lastWord(a))) {
            return true;
        }
        return Character.isLowerCase(b.codePointAt(0));
    }

    /** Fewest words of a line that a wrapped sentence runs on from; a menu's items are shorter. */
    private static final int WRAPPED_LINE_WORDS = 6;

    private static boolean runsOnMidSentence(String above, String below) {
        return Character.isLowerCase(below.codePointAt(0)) && !LinePatterns.endsSentence(above)
                && !LinePatterns.isCutShort(above) && above.split(" ").length >= WRAPPED_LINE_WORDS
                && !LinePatterns.isByline(above) && !LinePatterns.isDateLine(above)
                && !LinePatterns.isByline(below) && !LinePatterns.isDateLine(below);
    }

    private static void appendJoined(StringBuilder current, String next) {
        int length = current.length();
        boolean brokenWord = length > 1 && current.charAt(length - 1) == '-'
                && Character.isLetter(current.charAt(length - 2)) && Character.isLowerCase(next.codePointAt(0));
        if (!brokenWord) {
            current.append(' ');
        }
        current.append(next);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    private static String lastWord(String text) {
        String[] words = text.split(" ");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    /**
     * The column at which the text was hard-wrapped, or 0 if it was not: in wrapped text most
     * lines inside paragraphs end close to one width, and no ordinary line is longer.
     */
    static int estimateWrapWidth(List<List<Line>> groups) {
        int[] lengths = groups.stream().flatMap(List::stream).mapToInt(line -> line.text().length()).toArray();
        if (lengths.length < 4) {
            return 0;
        }
        int[] sorted = lengths.clone();
        Arrays.sort(sorted);
        int width = sorted[(int) Math.floor(0.95 * (sorted.length - 1))];
        if (width < 40 || width > 100) {
            return 0;
        }
        int nearWidth = 0;
        int brokenMidSentence = 0;
        for (List<Line> group : groups) {
            for (int i = 0; i < group.size(); i++) {
                int length = group.get(i).text().length();
                if (length >= width - 20 && length <= width) {
                    nearWidth++;
                    if (i + 1 < group.size() && Character.isLowerCase(group.get(i + 1).text().codePointAt(0))) {
                        brokenMidSentence++;
                    }
                }
            }
        }
        // Wrapped prose breaks lines mid-sentence, so many full lines run on into a lower-case word;
        // lists of headlines or one-sentence-a-line text do not.
        return nearWidth >= 3 && brokenMidSentence >= Math.max(2, nearWidth / 3) ? width : 0;
    }
}
