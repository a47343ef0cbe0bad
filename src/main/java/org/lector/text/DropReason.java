package org.lector.text;

import java.util.Locale;

/** Why a line was left out of the reading order. */
public enum DropReason {
    /** Navigation, sign-in, cookie, advert and other page lines. */
    PAGE_FURNITURE,
    /** A "Related" or "Most read" line, or the links under it. */
    LIST_OF_LINKS,
    /** Facebook, Twitter, Email and their kin. */
    SHARE_BUTTONS,
    /** "Home | World | Business". */
    MENU_BAR,
    /** Lines above a whole page's headline. */
    NAVIGATION_BEFORE_THE_HEADLINE,
    /** A short line in the header that is neither headline, standfirst, byline nor date. */
    LABEL_IN_THE_HEADER,
    /** What follows the article on a whole page, or headings that head nothing. */
    AFTER_THE_ARTICLE,
    /** The headline again. */
    REPEATED_HEADLINE,
    /** The standfirst again. */
    REPEATED_STANDFIRST,
    /** A date line that says a date already read. */
    REPEATED_DATE,
    /** A byline after the first. */
    SECOND_BYLINE,
    /** Readers' comments under the article, and the line that opens them. */
    COMMENTS,
    /** A run of paragraphs the page prints twice. */
    REPEATED_PASSAGE,
    /** A number standing alone in a copied page: a chart's axis ("’17", "$915"), a counter ("+12"). */
    FIGURE_LABEL,
    /** A gallery's slides copied with the page ("1/50 United goin down" and its caption): other stories. */
    SLIDESHOW,
    /** A box listing the article's sections by number ("Contents", "1 History", "1.2 Early years") above them. */
    TABLE_OF_CONTENTS;

    /** The reason as a short phrase, such as "repeated headline". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
