package org.lector.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a page sets under an article's last paragraph, which a reader finding the densest prose
 * takes in with it: the author's card ("Mark di Stefano is a breaking news reporter for …", under
 * the author's name or handle), the licence or trademark notice, a sign-off ("— bkuhn"), a
 * "Posted by …" line and a site's "Check out more articles" — and the tag list or name that headed
 * them, which heads nothing once they are gone. Only the run at the very end is looked at, and
 * the article keeps at least one paragraph.
 */
final class SignOff {

    /** The most paragraphs at the end that may be the sign-off; an article's own ending is longer. */
    private static final int MOST = 6;
    /** An author's card or a notice is short; a paragraph of the article may be longer. */
    private static final int LONGEST_CARD_WORDS = 80;
    private static final int LONGEST_NOTICE_WORDS = 60;
    /** A name the card may open with: a word of the byline this long at least ("Devindra", "Heath"). */
    private static final int NAME_LETTERS = 3;

    private static final Pattern NOTICE = Pattern.compile(".*\\b(?:licensed under|creative commons|content available"
            + " under|is a (?:registered )?(?:service mark|trademark)|all rights reserved)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "Mark di Stefano is a breaking news reporter for …", "Jane Roe was a staff writer at …". */
    private static final Pattern BIO = Pattern.compile("^\\p{Lu}\\p{L}+(?: \\p{L}+){0,3},? (?:is|was|has been) (?:an? |the )"
            + "(?:[\\p{L}-]+ ){0,4}(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|author"
            + "|producer|photographer|critic|blogger)\\b.*");
    private static final Pattern SIGNATURE = Pattern.compile("^[—–-]\\s*\\S+(?:\\s\\S+){0,2}$");
    private static final Pattern POSTED_BY = Pattern.compile("^(?:posted|written|published) by\\s+\\p{Lu}[^.!?]{1,60}\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MORE_PROMPT = Pattern.compile("^(?:check out|read|see|find|discover) more (?:articles|stories"
            + "|news|posts)\\b.{0,60}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** An author's name as the heading of the card: two to four capitalised words. */
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}'.-]+(?: (?:\\p{Lu}[\\p{L}'.-]+|de|di|van|von|da|le)){1,3}$");

    private SignOff() {
    }

    /**
     * How many paragraphs at the end of the body are the page's sign-off.
     *
     * @param paragraphs the body as read, in order
     * @param byline the article's byline, whose names an author's card opens with
     * @return a count from 0, leaving at least one paragraph of running text
     */
    static int count(List<Paragraph> paragraphs, Optional<String> byline) {
        int prose = (int) paragraphs.stream().filter(paragraph -> !paragraph.isHeading()).count();
        int dropped = 0;
        for (int i = paragraphs.size() - 1; i >= 0 && dropped < MOST; i--) {
            Paragraph paragraph = paragraphs.get(i);
            String above = i > 0 && paragraphs.get(i - 1).isHeading() ? paragraphs.get(i - 1).text() : null;
            boolean signOff = paragraph.isHeading() ? dropped > 0 || isSignOffLine(paragraph.text())
                    : !paragraph.isCode() && prose > 1 && (isSignOffLine(paragraph.text())
                            || isAuthorCard(paragraph.text(), byline, above));
            if (!signOff) {
                break;
            }
            if (!paragraph.isHeading()) {
                prose--;
            }
            dropped++;
        }
        return dropped;
    }

    private static boolean isSignOffLine(String text) {
        return NOTICE.matcher(text).matches() && words(text) <= LONGEST_NOTICE_WORDS
                || SIGNATURE.matcher(text).matches() || POSTED_BY.matcher(text).matches()
                || MORE_PROMPT.matcher(text).matches();
    }

    private static boolean isAuthorCard(String text, Optional<String> byline, String headingAbove) {
        if (words(text) > LONGEST_CARD_WORDS) {
            return false;
        }
        if (BIO.matcher(text).matches()) {
            return true;
        }
        if (headingAbove != null && NAME.matcher(headingAbove).matches() && text.startsWith(headingAbove + " ")) {
            return true;
        }
        if (byline.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        // "Devindra has been obsessed with technology …": the byline's names, then what the author does.
        List<String> names = List.of(byline.get().toLowerCase(Locale.ROOT).split("[^\\p{L}'-]+"));
        String[] opening = text.toLowerCase(Locale.ROOT).split("[\\s,]+", 5);
        int i = 0;
        while (i < opening.length - 1 && opening[i].length() >= NAME_LETTERS && !"by".equals(opening[i])
                && names.contains(opening[i])) {
            i++;
        }
        return i > 0 && CARD_VERBS.contains(opening[i]);
    }

    /** What an author's card says of the author after the name. */
    private static final Set<String> CARD_VERBS = Set.of("is", "was", "has", "covers", "writes", "arrives", "joined",
            "lives", "reports", "spent", "loves", "holds", "edits", "hosts");

    private static int words(String text) {
        return text.split("\\s+").length;
    }
}
