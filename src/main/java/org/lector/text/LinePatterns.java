package org.lector.text;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of news pages: what page furniture, bylines, date lines and source lines look
 * like. General patterns seen across news sites, not lines of any one sample.
 *
 * <p>Stateless; every method is a pure function of its argument.
 */
final class LinePatterns {

    /** Lines longer than this are running text, never furniture, bylines or dates. */
    private static final int SHORT_LINE = 160;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String WEEKDAY = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    /** Months in French, German, Spanish, Italian, Portuguese and Dutch, full and abbreviated. */
    private static final String FOREIGN_MONTH = "(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t"
            + "|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|januar|j[äa]nner|februar|m[äa]rz|april|juni|juli"
            + "|august|september|oktober|november|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
            + "|se(?:p)?tiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
            + "|ottobre|dicembre|janeiro|fevereiro|mar[çc]o|maio|junho|julho|setembro|outubro|novembro|dezembro"
            + "|januari|februari|maart|mei|augustus)\\.?";

    /** A calendar date in the forms news pages print. */
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:" + MONTH + "\\s+" + DAY + "(?:,\\s*|\\s+)\\d{4}"      // May 3, 2024
                    + "|" + DAY + "\\s+" + MONTH + ",?\\s+\\d{4}"              // 3 May 2024
                    + "|" + MONTH + "\\s+" + DAY + "\\b"                      // May 3
                    + "|" + MONTH + "\\s+\\d{4}"                              // May 2024
                    + "|" + DAY + "\\.?\\s+(?:de\\s+)?" + FOREIGN_MONTH + "(?:\\s+de)?,?\\s+\\d{4}" // 12. März 2024, 3 de mayo de 2024
                    + "|" + FOREIGN_MONTH + "\\s+\\d{1,2},?\\s+\\d{4}"            // März 12, 2024
                    + "|\\d{4}-\\d{2}-\\d{2}(?:[t ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:z|[+-]\\d{2}:?\\d{2})?)?"
                    + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
                    + ")\\b",
            FLAGS);
    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}(?:[:.]\\d{2}){1,2}\\s*(?:[ap]\\.?m\\b\\.?)?|\\b\\d{1,2}\\s*[ap]\\.?m\\b\\.?", FLAGS);
    private static final Pattern RELATIVE = Pattern.compile(
            "\\b(?:\\d+|an?|one)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago\\b"
                    + "|\\b(?:yesterday|today|just now)\\b",
            FLAGS);
    /** Words that may stand beside a date on a date line and say nothing else. */
    private static final Pattern DATE_WORDS = Pattern.compile(
            "\\b(?:" + WEEKDAY + "|first|last|originally|published|updated|modified|posted|created|date[ds]?"
                    + "|on|at|as of|of|and|the|gmt|utc|bst|cet|cest|eet|wat|ist|jst|aest|[ecmp][sd]?t"
                    // The same words in French, German, Spanish, Italian, Portuguese and Dutch.
                    + "|publi[ée]e?|mis à jour|mise à jour|modifi[ée]|le|à|uhr|um|am|vom|veröffentlicht|aktualisiert"
                    + "|stand|publicado|actualizado|el|a las|pubblicato|aggiornato|il|alle|atualizado|em|às|gepubliceerd"
                    + "|bijgewerkt|op|om|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch"
                    + "|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|h)\\b",
            FLAGS);

    /** The words that open an author line, in English and the other languages of the web. */
    private static final String BY_WORDS = "(?:by|written by|posted by|words by|story by|text by|authors?:|reporter:|par|von|por"
            + "|di|door|av|af|przez|от|autor(?:es|in)?:|auteur(?:e|s)?\\s?:|texto:|texte:|text:)";
    private static final Pattern BYLINE = Pattern.compile("^" + BY_WORDS + "\\s+\\p{Lu}.*", FLAGS);
    private static final Pattern BY_PREFIX = Pattern.compile("^" + BY_WORDS + "\\s+", FLAGS);
    /** A date, then the byline: "Posted on March 10, 2015 by Nikhil Marathe". */
    private static final Pattern DATE_THEN_BY = Pattern.compile(
            "(?:(?:posted|published|updated)\\s+)?(?:on\\s+)?(.{6,60}?)\\s+(by\\s+\\p{Lu}.*)", FLAGS);
    private static final Pattern BY_WORDS_ALONE = Pattern.compile(BY_WORDS, FLAGS);
    private static final Set<String> NAME_JOINERS = Set.of(
            "and", "&", "of", "in", "the", "de", "del", "da", "van", "von", "der", "den", "la", "le", "al", "bin",
            "for", "at", "with", "y", "du", "dos", "das", "ibn");

    private static final Pattern SOURCE = Pattern.compile(
            "^\\(?(?:sources?|via|credits?|courtesy(?: of)?|(?:additional )?reporting|compiled|writing|editing"
                    + "|edited|produced|translated)\\s*(?::|by\\b)\\s*\\S.*",
            FLAGS);

    /** Furniture that opens a list of links: the short lines after it belong to the list. */
    private static final Pattern LIST_HEADER = Pattern.compile(
            "^(?:related(?: articles?| stories| content| coverage| news| topics| posts| reading| links)?"
                    + "|more (?:from|on|about|stories|like this|news|in|to explore)\\b.*"
                    + "|(?:recommended|trending|popular|most (?:read|popular|viewed|shared)|you (?:may|might) also like"
                    + "|editor'?s picks|top stories|latest(?: news| stories| articles)?|further reading|see also"
                    + "|also read|read (?:more|next)|don'?t miss|what to read next|around the web|from our partners"
                    + "|recommended for you|more stories|up next|next up in|more for you|promoted links)\\b.*"
                    // The same in the languages of the web.
                    + "|(?:artículos |notas |noticias )?relacionad[oa]s|leia (?:mais|também)|veja também|más sobre\\b.*"
                    + "|lire aussi|à lire aussi|sur le même sujet|mehr zum thema|das könnte sie auch interessieren"
                    + "|související(?: články)?|přečtěte si také|leggi anche|articoli correlati|lees ook|gerelateerd)$",
            FLAGS);

    /** "We use cookies …", "This website uses cookies …", "By continuing to use this site …". */
    private static final Pattern CONSENT_NOTICE = Pattern.compile(
            "(?:we(?: and our (?:\\d+ )?partners)? (?:use|store|process)|this (?:web)?site uses|our (?:web)?site uses)"
                    + " (?:cookies|tracking technologies)\\b"
                    + "|by (?:continuing to (?:use|browse)|using|clicking)\\b.{0,80}\\b(?:you (?:agree|accept|consent)"
                    + "|cookies)\\b", FLAGS);

    private static final Pattern[] FURNITURE = {
        // Share links as screen readers get them, and embedded tweets.
        Pattern.compile(".*\\(opens in (?:a )?new (?:window|tab)\\).*|^click to (?:share|email|print|tweet)\\b.*"
                + "|.*\\bpic\\.twitter\\.com/\\S+.*|^permalink\\b.*", FLAGS),
        // Video players' and comment forms' own text, the same on every site that uses them.
        Pattern.compile("^(?:this is a modal window|beginning of dialog window|end of dialog window|allowed html tags"
                + "|no html tags allowed|lines and paragraphs break automatically|web page addresses and e-?mail"
                + " addresses turn into links|more information about text formats)\\b.*", FLAGS),
        // Gallery furniture: "14 Photos", "3/50", "1 of 12", "Buy Now".
        Pattern.compile("^\\d{1,4}\\s+(?:photos?|images?|pictures?|slides?|videos?)$|^\\d{1,3}\\s*/\\s*\\d{1,3}$|^\\d{1,3} of \\d{1,3}$"
                + "|^(?:buy now|shop now|see (?:the )?(?:price|deal)|check price)$", FLAGS),
        // Sponsor and section labels that pages set under a headline: "… is supported by", "From the section World".
        // A label is a dozen words at most; "416 if Range requests are supported by the server and the …" is a rule.
        Pattern.compile("^(?=(?:\\S+\\s+){0,11}\\S+$).{0,80}\\b(?:is |are )?(?:supported|sponsored|presented|paid for|brought to you) by\\b[^.!?]{0,60}"
                + "|^(?:from|in) the section\\b.{0,60}|^about this content$", FLAGS),
        // Cross-references at the head of a wiki's section: "Main article: Firefox OS", "For other uses, see …".
        Pattern.compile("^(?:main articles?|further information|see also|details)\\s*:.*"
                + "|.*\\bfor other uses,? see\\b.*|.*\\bredirects here\\b.*", FLAGS),
        // Skip links, glued together when a copy runs them into one line ("Skip to contentSkip to site index").
        Pattern.compile("^(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation|article|search|footer|menu)"
                + "(?:\\b|(?=\\p{Lu})).*|.*\\b(?:press|hit) (?:enter|return) to search\\b.*"
                // The same in the languages of the web.
                + "|^(?:saltar|ir) al contenido\\b.*|^(?:aller|passer) au contenu\\b.*|^zum inhalt(?: springen)?\\b.*"
                + "|^(?:vai|salta) al contenuto\\b.*|^(?:ir|pular) para o conteúdo\\b.*"
                + "|^naar (?:de )?(?:inhoud|hoofdinhoud)\\b.*"
                // Chinese, Japanese and Korean: "跳到主文", "跳至主要内容", "メインコンテンツへスキップ", "본문 바로가기".
                + "|^(?:跳到|跳至|跳轉到|跳转到)(?:主文|主要內容|主要内容|內容|内容|正文)$|^(?:メインコンテンツ|本文)へ(?:スキップ|移動)$"
                + "|^본문\\s?바로\\s?가기$", FLAGS),
        Pattern.compile("^(?:sign|log) ?(?:in|up|out)\\b.*", FLAGS),
        Pattern.compile("^(?:subscribe|subscribers? only|already a subscriber|create (?:a |an )?(?:free )?account"
                + "|register|become a member)\\b.*", FLAGS),
        Pattern.compile(".*\\bnewsletters?\\b.*\\b(?:sign up|subscribe|inbox|delivered|get)\\b.*"
                + "|.*\\b(?:sign up|subscribe)\\b.*\\bnewsletters?\\b.*", FLAGS),
        // "SponsoredIFC Markets", "200Comments. Click to view comments": a teaser's labels run into its text.
        Pattern.compile("^(?i:sponsored)(?=\\p{Lu}).{0,60}"
                + "|(?iu)^\\d+\\s?comments?\\.? click to (?:view|read|see) (?:the )?comments?$"),
        Pattern.compile("^(?:advertisements?|adverts?|ads?|sponsored(?: content)?|promoted(?: content| stories)?"
                + "|paid (?:content|post)|partner content|(?:story|article) continues below(?: advertisement)?"
                + "|continue reading below)$", FLAGS),
        Pattern.compile(".*\\blisten to (?:this|the) (?:article|story)\\b.*", FLAGS),
        Pattern.compile(".*\\b\\d+\\s*(?:-\\s*)?min(?:ute)?s?\\.? (?:read|listen)\\b.*", FLAGS),
        Pattern.compile("^(?:continue reading|read more|read the full (?:story|article)|keep reading|click here"
                + "|tap here|show more|load more|see more)\\b.*", FLAGS),
        Pattern.compile("^share\\b.*|.*\\b(?:share|follow(?: us)?) on (?:facebook|twitter|x|linkedin|whatsapp"
                + "|instagram|bluesky|threads)\\b.*|^follow us\\b.*", FLAGS),
        Pattern.compile("(?=.*\\bcookies?\\b)(?=.*\\b(?:use|uses|accept|policy|settings|consent|preferences|reject"
                + "|manage)\\b).*", FLAGS),
        Pattern.compile("^(?:related|read more|see also|also read|read next|more|recommended|watch|listen"
                + ")\\s*:\\s*\\S.{0,120}", FLAGS),
        Pattern.compile("^(?:©|\\(c\\)\\s|copyright\\b).*|.*\\ball rights reserved\\b.*", FLAGS),
        Pattern.compile("^(?:tags?|topics?|filed (?:under|to|in)|categories|category|keywords|more on|sections?"
                + "|in this (?:article|story))\\s*:.*", FLAGS),
        Pattern.compile("^\\(?(?:all )?(?:image|photo|picture|video|graphic|illustration|caption|photograph)s?"
                + "(?: credit| source| caption)?\\s*:.*", FLAGS),
        Pattern.compile("^(?:getty images|afp|epa|ap photo|shutterstock|reuters|alamy|pa media)"
                + "(?:(?: via | / |/)[\\p{L} ]{1,40})?$", FLAGS),
        Pattern.compile("^(?:\\d+\\s+)?comments?$|^(?:leave|add|post|view|show|read|join) (?:a |the |all )?"
                + "(?:\\d+ )?(?:comments?|conversation|discussion)\\b.*", FLAGS),
        Pattern.compile("^(?:download|get) (?:the|our) (?:free )?app\\b.*|^(?:watch|listen)(?: now| live)?\\s*:.*"
                + "|^(?:loading|please enable javascript|please wait)\\b.*|.*\\byour browser (?:does not|doesn't)"
                + " support\\b.*|.*\\benable javascript\\b.*", FLAGS),
        // A comment's rating dialog, the same wherever the widget is used.
        Pattern.compile("^sorry you didn'?t like this comment\\b.*|^please explain(?: \\(optional\\))?$"
                + "|.*\\brating failed\\. try again\\b.*", FLAGS),
        // A dialog's row of buttons ("Report Cancel Close", "Delete Cancel", "1 Share Back"), a player's notice that
        // the video cannot be shown. (A form's "(optional)" field is left: a list of things needed says it too.)
        Pattern.compile("^(?:\\d+\\s+)?(?:ok|cancel|close|delete|report|submit|send|done|confirm|yes|no|back|share)"
                + "(?:\\s+(?:ok|cancel|close|delete|report|submit|send|done|confirm|yes|no|back|share))+$"
                + "|.*\\b(?:is|are) not available in your (?:region|country|location)\\b.*", FLAGS),
        // A media player's and a gallery's own controls and notices, the same on every site that embeds them.
        Pattern.compile("^(?:skip ad|autoplay(?: on| off)?|full ?screen|exit full ?screen|mute|unmute|replay"
                + "|(?:show|hide|toggle) caption|caption|buy (?:this )?photo|view (?:all )?(?:photos|gallery|slideshow)"
                + "|enlarge (?:this )?image|up next|next up|read later|save for later|copied!?"
                + "|wait \\d+ seconds? to continue\\.?)$", FLAGS),
        // "Get Quanta Magazine delivered to your inbox": a newsletter's offer that does not name it.
        Pattern.compile(".*\\bdelivered (?:straight |right )?to your inbox\\b.*", FLAGS),
        // An image's caption as screen readers are told it ("Media caption Mr Obama told the BBC …").
        Pattern.compile("^(?:media|image|video) caption\\b.{0,200}", FLAGS),
        // A photograph's credit alone, its taker and the publication or agency: "Olena Shmahalo/Quanta Magazine".
        Pattern.compile("^\\p{Lu}[\\p{L}'.-]+(?: \\p{Lu}[\\p{L}'.-]+){1,3}\\s?/\\s?\\p{Lu}[\\p{L}&'.-]*(?: \\p{Lu}[\\p{L}&'.-]*){0,3}$"),
        // An advertisement's slot and its vendor ("ADVERTISING inRead invented by Teads"), a blog's like
        // button ("Like this: Like Loading..."), an image's link ("View this image ›"), a teaser's "Read now".
        Pattern.compile("^(?:advertising|advertisement|anzeige|publicidad|publicité|pubblicità|reklama)(?:\\s+\\S+){0,5}"
                + "|.*\\binread invented by teads\\b.*|^like this:?(?:\\s+like)?(?:\\s+loading\\W*)?$"
                + "|^view (?:this |the )?(?:image|photo|gallery)\\W{0,3}$|^read now$", FLAGS),
        // Share and back controls in the languages of the web.
        Pattern.compile("^(?:voltar|compartilhe|compartilhar|copiar link|sdílet(?: článek)?|zpět|partager|teilen"
                + "|compartir|condividi|delen|retour|zurück|volver)$", FLAGS),
        Pattern.compile("^(?:menu|main menu|search|home|close|back to top|top|print|email|e-mail|save|bookmark"
                + "|toggle navigation|open menu|navigation|settings|account|my account|donate|more|next|previous|prev"
                + "|watch|live|video|audio|photo|image|podcasts?|play|pause|copy link|link copied|gift (?:this )?article"
                + "|open in app|edition|change edition"
                // A blog's pager: "Older Article", "Newer Posts", "Next story".
                + "|(?:older|newer|next|previous|prev)\\s+(?:articles?|posts?|stor(?:y|ies)|entr(?:y|ies))"
                + ")$", FLAGS),
    };

    /** Words that only ever appear on a share bar. */
    private static final Set<String> SHARE_WORDS = Set.of(
            "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "copy", "link",
            "share", "pinterest", "reddit", "messenger", "telegram", "instagram", "youtube", "tiktok", "comments",
            "comment", "save", "threads", "bluesky", "flipboard", "sms", "tweet", "post", "url");

    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s*[|·•»›/]\\s*");

    private LinePatterns() {
    }

    /**
     * A photograph's credit that a copy runs onto the end of its caption: "… on Thursday Credit: STR/AFP",
     * "… Villa Parku. | Foto: Reuters", "… in education - Image: Raspberry Pi Foundation". Said without a
     * mark before it, the label is capitalised.
     */
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?:\\s*\\|\\s*|\\s+[-–—]\\s+|(?<=[.!?”\"’)])\\s*|\\s+(?-i:(?=\\p{Lu})))(?:photo(?:graph)?s?|fotos?|fotografie|credits?"
                    + "|crédits?|créditos?|images?|pictures?|bild)(?: credit)?\\s*:\\s*[^\\s.!?:][^.!?:]{0,50}$", FLAGS);
    private static final int FEWEST_CAPTION_WORDS = 3;
    /** "… in 2016.CreditHiroko Masuike/The New York Times": a credit a copy ran onto the caption's last sentence. */
    private static final Pattern GLUED_CREDIT = Pattern.compile("(?<=[.!?”\"’)])(?:Credit)+(?=\\p{Lu})[^.!?:]{2,60}$");

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    /** A page's tags run on one line: this many at least, each a word or two. */
    private static final int FEWEST_TAGS = 6;
    private static final int LONGEST_TAG_WORDS = 2;

    /**
     * "av, consoles, entertainment, gadgetry, gadgets, gaming": a story's tags, each a word or two,
     * set apart by commas, in no sentence. A list in a sentence has its verbs and its full stop.
     */
    static boolean isTagList(String line) {
        if (endsSentence(line) || line.endsWith(":") || line.endsWith(",")) {
            // A line that ends with a comma is a list of names the copy wrapped, going on below.
            return false;
        }
        String[] tags = line.split("\\s*,\\s*");
        if (tags.length < FEWEST_TAGS) {
            return false;
        }
        int oneWord = 0;
        for (String tag : tags) {
            int words = tag.split("\\s+").length;
            if (tag.isBlank() || words > LONGEST_TAG_WORDS || !LETTER.matcher(tag).find()) {
                // Numbers set apart by commas are figures ("2, 3, 5, 12"), not tags.
                return false;
            }
            oneWord += words == 1 ? 1 : 0;
        }
        // Tags are mostly single words; a wrapped list of people's names is mostly pairs.
        return oneWord * 2 > tags.length;
    }

    /** A wiki's link beside each heading, as a copy runs it on: "History[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]". */
    private static final Pattern EDIT_LINK = Pattern.compile(
            "\\s*\\[(?:edit|edit source|modifier|modifier le code|bearbeiten|quelltext bearbeiten|editar|editar código-fonte"
                    + "|modifica|modifica wikitesto|bewerken|brontekst bewerken|edytuj|edytuj kod|upravit|editovat)"
                    + "(?:\\s*\\|\\s*[^\\]]{1,30})?]$", FLAGS);

    /** A heading without the wiki's "[edit]" link run onto its end; other lines as they are. */
    static String withoutEditLink(String line) {
        if (!line.endsWith("]")) {
            return line;
        }
        Matcher link = EDIT_LINK.matcher(line);
        return link.find() && link.start() > 0 ? line.substring(0, link.start()) : line;
    }

    /**
     * A caption without the photograph's credit at its end; the line as it is when it has no credit
     * or is nothing else (a credit alone is furniture, and is dropped whole).
     */
    static String withoutCredit(String line) {
        if (line.contains("Credit")) {
            Matcher glued = GLUED_CREDIT.matcher(line);
            if (glued.find() && line.substring(0, glued.start()).split("\\s+").length >= FEWEST_CAPTION_WORDS) {
                return line.substring(0, glued.start());
            }
        }
        if (line.indexOf(':') < 0) {
            return line;
        }
        Matcher credit = TRAILING_CREDIT.matcher(line);
        if (!credit.find()) {
            return line;
        }
        String caption = line.substring(0, credit.start()).strip();
        return caption.split("\\s+").length >= FEWEST_CAPTION_WORDS ? caption : line;
    }

    /**
     * Why a line is page furniture, if it is.
     *
     * @return the reason, or empty when the line may be content
     */
    static Optional<DropReason> furniture(String line) {
        if (line.length() <= CARD_LINE && (TEASER_READ_MORE.matcher(line).find() || isRepeatedTitle(line.strip()))) {
            return Optional.of(DropReason.LIST_OF_LINKS);
        }
        if (isLongMenu(line.strip())) {
            return Optional.of(DropReason.MENU_BAR);
        }
        if (line.length() > SHORT_LINE) {
            // A consent banner runs to a paragraph but opens the same way on every site.
            return line.length() <= 800 && CONSENT_NOTICE.matcher(line.strip()).lookingAt()
                    ? Optional.of(DropReason.PAGE_FURNITURE) : Optional.empty();
        }
        String text = line.strip();
        if (isListHeader(text)) {
            return Optional.of(DropReason.LIST_OF_LINKS);
        }
        for (Pattern pattern : FURNITURE) {
            if (pattern.matcher(text).matches()) {
                return Optional.of(DropReason.PAGE_FURNITURE);
            }
        }
        if (isWikiTagline(text)) {
            return Optional.of(DropReason.PAGE_FURNITURE);
        }
        if (FOOTER_LINKS.matcher(text).matches() && (FORM_NOTICE.matcher(text).find()
                || !(endsSentence(text) && text.split("\\s+").length >= SENTENCE_WORDS))) {
            // A footer's links or a form's notice ("you agree to our Privacy Policy"); a sentence
            // that speaks of a site's terms of service is prose.
            return Optional.of(DropReason.PAGE_FURNITURE);
        }
        if (isShareBar(text)) {
            return Optional.of(DropReason.SHARE_BUTTONS);
        }
        if (isTagList(text)) {
            return Optional.of(DropReason.LIST_OF_LINKS);
        }
        if (isMenuBar(text)) {
            return Optional.of(DropReason.MENU_BAR);
        }
        return Optional.empty();
    }

    /** "From Wikipedia, the free encyclopedia": the tagline a wiki prints right under each page's title. */
    private static final Pattern WIKI_TAGLINE = Pattern.compile("from [^,]{1,40}, the free encyclopedia", FLAGS);

    /** Whether a line is a wiki's tagline: furniture, and the sign that the line above it is the page's title. */
    static boolean isWikiTagline(String line) {
        return WIKI_TAGLINE.matcher(line.strip()).matches();
    }

    private static final Pattern FOOTER_LINKS = Pattern.compile(".*\\b(?:privacy policy|terms of (?:use|service)"
            + "|cookie policy|contact us|about us|accessibility statement)\\b.*", FLAGS);
    private static final Pattern FORM_NOTICE = Pattern.compile("\\b(?:you agree|our (?:privacy|terms|cookie))", FLAGS);
    /** A line this long that ends like a sentence is one, whatever footer words are in it. */
    private static final int SENTENCE_WORDS = 16;

    private static final Pattern INNER_SENTENCE_END = Pattern.compile("[.!?…][\"'’”)]*\\s");

    /** A card that links to another story is no longer than this. */
    private static final int CARD_LINE = 400;

    /** A teaser cut short and its link: "… wondered why on earth… Read more Read more", "… Lire la suite". */
    private static final Pattern TEASER_READ_MORE = Pattern.compile(
            "(?:…|\\.{3})\\s*(?:read more|continue reading|lire la suite|weiterlesen|leer más|leia mais|leggi tutto"
                    + "|lees meer)\\b.{0,60}$", FLAGS);

    /**
     * A story's title said two or three times on one line ("How to Save How to Save"): a link card
     * whose title, image label and link the copy runs together. A sentence does not repeat itself.
     */
    static boolean isRepeatedTitle(String text) {
        if (endsSentence(text) || INNER_SENTENCE_END.matcher(text).find()) {
            // Sentences said again are a refrain or a text repeated on purpose, not a card's title.
            return false;
        }
        String[] words = text.split("\\s+");
        for (int size = 3; 2 * size <= words.length; size++) {
            if (repeatsFrom(words, size) && words.length <= 3 * size) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words say their first {@code size} over and over to the end, the last perhaps cut
     * short by the copy ("… So You Spend Mor").
     */
    private static boolean repeatsFrom(String[] words, int size) {
        int last = words.length - 1;
        for (int i = size; i < last; i++) {
            if (!words[i].equals(words[i % size])) {
                return false;
            }
        }
        return words[last].equals(words[last % size])
                || last % size != 0 && words[last % size].startsWith(words[last]);
    }

    /**
     * Opens the readers' comments: "13 comments", "Comments (5 posted)", "Leave a reply", "View comments (27)",
     * "Kommentare".
     */
    private static final Pattern COMMENTS_HEADER = Pattern.compile(
            "^(?:there (?:are|is)\\s+)?(?:\\d+|no|one)\\s+(?:comments?|responses?|replies|reactions?)\\b.{0,80}"
                    + "|^(?:reader )?comments?\\s*(?:\\(\\d+.{0,20}\\))?:?$"
                    + "|^(?:leave|post|add|write|join|start)\\s+(?:a |the |your )?(?:comment|reply|response|conversation"
                    + "|discussion)\\b.{0,60}"
                    + "|^(?:\\d+\\s+)?(?:responses?|replies|comments?) (?:to|on)\\b.{0,100}"
                    + "|^(?:view|show|see|read|load|hide)\\s+(?:all\\s+)?(?:\\d+\\s+)?(?:comments?|replies)"
                    + "\\s*(?:\\(\\d+\\)|\\d+)?:?$"
                    + "|^(?:\\d+\\s+)?(?:commentaires?|kommentare?|comentarios?|coment[aá]rios?|commenti|reacties|komentáře"
                    + "|komentarze|комментари\\p{L}*)(?:\\s*\\(\\d+\\))?:?$"
                    // The comment form's invitation and its sign-in prompt, in the languages of the web.
                    + "|^(?:(?:you (?:must|need to) )?(?:be )?(?:logged in|log ?in|signed in|sign in)|please (?:log ?in|sign in))"
                    + " to (?:post |leave |add |write )?(?:a )?(?:comment|reply)\\b.{0,60}"
                    + "|^(?:envi[aá]|env[ií]a|deja|dej[aá]|escrib[eií]|agreg[aá]) (?:tu|un|su) comentario\\b.{0,40}"
                    + "|^para (?:poder )?comentar\\b.{0,100}"
                    + "|^(?:laiss(?:er|ez)|ajout(?:er|ez)|écri(?:re|vez)|rédig(?:er|ez)) (?:un |votre )?commentaire\\b.{0,40}"
                    + "|^(?:vous devez être (?:connecté|identifié)e?|connectez-vous|identifiez-vous) pour (?:commenter|réagir)"
                    + "\\b.{0,60}"
                    + "|^(?:kommentar (?:schreiben|verfassen|abgeben)|schreiben sie einen kommentar"
                    + "|(?:um zu|zum) kommentieren)\\b.{0,80}"
                    + "|^(?:lascia(?:te)?|scrivi) (?:un |il tuo )?commento\\b.{0,40}|^per commentare\\b.{0,80}"
                    + "|^(?:deix[ea]|escreva) (?:um |o seu |seu )?coment[aá]rio\\b.{0,40}",
            FLAGS);

    /** A wiki's note at the head of a page or a section sending the reader elsewhere ("For other uses, see …"). */
    private static final Pattern CROSS_REFERENCE = Pattern.compile(
            "^(?:this article is about [^.]{1,100}\\.\\s*)?(?:for [^.]{1,100}?, see\\b[^.]{1,120}"
                    + "|.{0,120}\\bfor other uses,? see\\b.{1,120}|(?:main articles?|further information|see also)\\s*:.{1,160}"
                    + "|.{1,80}\\bredirects here\\..{0,160})\\.?$", FLAGS);
    private static final int CROSS_REFERENCE_LENGTH = 300;

    /**
     * Whether a line is a wiki's cross-reference ("For matrices with symmetry over the real number
     * field, see symmetric matrix."), however the page sets it: navigation, not the article's prose.
     */
    static boolean isCrossReference(String line) {
        String text = line.strip();
        return text.length() <= CROSS_REFERENCE_LENGTH && CROSS_REFERENCE.matcher(text).matches();
    }

    /**
     * Whether a line ends cut short, as teasers do ("21 tatouages qui ont merveilleusement bien…"):
     * an ellipsis at its end, but not a row of dots leading to a page number.
     */
    static boolean isCutShort(String line) {
        String text = line.strip();
        return text.endsWith("…") || text.endsWith("...") && !text.endsWith("....");
    }

    /** Whether a line opens the readers' comments. */
    static boolean isCommentsHeader(String line) {
        return line.length() <= 120 && COMMENTS_HEADER.matcher(line.strip()).matches();
    }

    /** Whether a line heads a list of links ("Related", "More from …", "Most read"). */
    static boolean isListHeader(String line) {
        return line.length() <= 80 && LIST_HEADER.matcher(stripTrailingColon(line.strip())).matches();
    }

    /** Whether a line is an author line ("By Jane Doe and John Roe, Reuters"). */
    static boolean isByline(String line) {
        String text = line.strip();
        Matcher dated = DATE_THEN_BY.matcher(text);
        if (dated.matches() && isDateLine(dated.group(1))) {
            // "on March 10, 2015 by Nikhil Marathe", "Tuesday 15 October 2019 by Bradley M. Kuhn".
            text = dated.group(2);
        }
        if (text.length() > 120 || !BYLINE.matcher(text).matches() || endsSentence(text) && !endsWithInitial(text)) {
            return false;
        }
        String names = BY_PREFIX.matcher(text).replaceFirst("");
        int lowercase = 0;
        String[] words = names.split("[\\s,|]+");
        if (words.length > 14) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
                    && !NAME_JOINERS.contains(word.toLowerCase(Locale.ROOT))) {
                lowercase++;
            }
        }
        return lowercase <= 1;
    }

    /** "by", "por" alone on a line: a copy breaks a byline after it, before the linked name. */
    static boolean isByWordAlone(String line) {
        return BY_WORDS_ALONE.matcher(line.strip()).matches();
    }

    /**
     * A person's name alone on its line, as pages set their author's name over the date without a
     * "By": two to four words, each capitalised ("Hazel Sheffield", "John C. Welch", "NATALIYA
     * VASILYEVA"), a particle between them ("Michiel de Jong"), no figures.
     */
    private static final Pattern BARE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+(?:(?:de|da|van|von|der|den|del|di|du|la|le|al|bin|ibn)\\s+)?\\p{Lu}[\\p{L}'’-]*\\.?){1,3}");

    static boolean isBareName(String line) {
        String text = line.strip();
        return BARE_NAME.matcher(text).matches() && !NOT_A_NAME.matcher(text).lookingAt() && furniture(line).isEmpty();
    }

    /** "On Recent Events", "The Big Lie", "How It Works": a title in capitals, which no name begins so. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "(?:the|a|an|on|in|of|for|to|at|with|and|or|why|how|what|when|where|who|my|your|this)\\s", FLAGS);

    /** The longest line that is a name and a date and nothing else; longer lines are not looked into. */
    private static final int NAME_AND_DATE_LENGTH = 160;
    /** Where a name ends and its date begins: a dash, a bullet, a bar, a comma, or a space. */
    private static final Pattern NAME_DATE_BREAK = Pattern.compile("\\s*[-–—•·|,]\\s*|\\s+");

    /**
     * The author's name and the date of a line that gives both and nothing else, name first:
     * "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "Alex Perry 1 day ago".
     *
     * @return the name and the date, or empty
     */
    static Optional<List<String>> nameThenDate(String line) {
        String text = line.strip();
        if (text.length() > NAME_AND_DATE_LENGTH) {
            return Optional.empty();
        }
        Matcher breaks = NAME_DATE_BREAK.matcher(text);
        while (breaks.find()) {
            String name = text.substring(0, breaks.start());
            String date = text.substring(breaks.end());
            if (isBareName(name) && isDateLine(date)) {
                return Optional.of(List.of(name, date));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a line is a date line: a date or time, maybe with words such as "Published",
     * "Updated", a weekday or a time zone, and nothing else.
     */
    static boolean isDateLine(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.length() > 120) {
            return false;
        }
        boolean hasDate = DATE.matcher(text).find() || RELATIVE.matcher(text).find();
        if (!hasDate) {
            return false;
        }
        String rest = DATE.matcher(text).replaceAll(" ");
        rest = RELATIVE.matcher(rest).replaceAll(" ");
        rest = TIME.matcher(rest).replaceAll(" ");
        rest = DATE_WORDS.matcher(rest).replaceAll(" ");
        long words = Pattern.compile("[\\p{L}]{2,}").matcher(rest).results().count();
        return words == 0;
    }

    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + "),?\\s+(\\d{4})\\b", FLAGS);
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final List<String> MONTH_PREFIXES = List.of(
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    /**
     * The calendar day a date line names, as "yyyy-mm-dd", so that "Nov. 12, 2025" and
     * "Published November 12, 2025" are known as the same date.
     */
    static Optional<String> dayOf(String line) {
        Matcher matcher = MONTH_DAY_YEAR.matcher(line);
        if (matcher.find()) {
            return day(matcher.group(3), month(matcher.group(1)), matcher.group(2));
        }
        matcher = DAY_MONTH_YEAR.matcher(line);
        if (matcher.find()) {
            return day(matcher.group(3), month(matcher.group(2)), matcher.group(1));
        }
        matcher = ISO_DATE.matcher(line);
        if (matcher.find()) {
            return day(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        return MONTH_PREFIXES.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    private static Optional<String> day(String year, int month, String day) {
        return Optional.of(String.format(Locale.ROOT, "%s-%02d-%02d", year, month, Integer.parseInt(day)));
    }

    /** Whether a line credits the source ("Source: Reuters", "(Reporting by …; Editing by …)"). */
    static boolean isSourceLine(String line) {
        String text = line.strip();
        return text.length() <= 300 && SOURCE.matcher(text).matches();
    }

    /**
     * A line of program code or a piece of a formula, as a page's {@code <pre>} or MathJax gives them
     * to a copy: braces, brackets and operators among few words.
     */
    static boolean looksLikeCodeOrMath(String text) {
        int letters = 0;
        int symbols = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            } else if ("{}();=<>[]+−×÷∑≤≥".indexOf(c) >= 0) {
                symbols++;
            }
        }
        return symbols >= 2 && symbols * 6 >= letters;
    }

    /**
     * A line of a table of figures as a program prints it: box-drawing rules and bars
     * ("───┼───", "12 │ t"), or more digits than letters ("4.3333", "2020-08-01 │ 200 │ 4084").
     */
    static boolean looksLikeFigures(String text) {
        int letters = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBoxDrawing(c)) {
                return true;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        return digits > letters;
    }

    /**
     * Whether a line draws a box or a rule ("───┼───", "│ a │ b │"), as printed tables do: three
     * box-drawing characters or more. A title framed by two ("╠新竹。橫山╣") is decoration.
     */
    static boolean hasBoxDrawing(String text) {
        return text.chars().filter(LinePatterns::isBoxDrawing).limit(3).count() >= 3;
    }

    private static boolean isBoxDrawing(int c) {
        return c >= '\u2500' && c <= '\u257F';
    }

    /** Whether a line ends with sentence-final punctuation, allowing closing quotes and brackets. */
    static boolean endsSentence(String line) {
        int i = line.length() - 1;
        int open = i > 0 && line.charAt(i) == ')' ? line.lastIndexOf('(', i) : -1;
        if (open > 0 && i - open <= EDITOR_INITIALS_LENGTH
                && EDITOR_INITIALS.matcher(line.substring(open + 1, i)).matches()) {
            // "… mindestens OS X 10.10 voraus. (bsc)": the editor's initials after the last sentence.
            // Looked for at the end only: this is asked of long texts, often.
            i = open - 1;
            while (i >= 0 && Character.isWhitespace(line.charAt(i))) {
                i--;
            }
            return i >= 0 && ".!?".indexOf(line.charAt(i)) >= 0;
        }
        while (i >= 0 && isCloser(line.charAt(i))) {
            i--;
        }
        return i >= 0 && ".!?…。！？".indexOf(line.charAt(i)) >= 0;
    }

    private static final Pattern EDITOR_INITIALS = Pattern.compile("\\p{Ll}{2,5}(?:/\\p{Ll}{2,5})?");
    private static final int EDITOR_INITIALS_LENGTH = 12;

    /** Closing quotes and brackets that may follow a sentence's final punctuation. */
    static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '›'
                || c == '}' || c == '*' || c == '_' || c == '」' || c == '』' || c == '）';
    }

    /** "… under N.Y.C.", "… Jane Q.": a line whose final full stop belongs to an initial, not a sentence. */
    static boolean endsWithInitial(String text) {
        return text.matches("(?s).*\\b\\p{Lu}\\.$");
    }

    private static boolean isShareBar(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[\\s,|·•/]+");
        if (words.length == 0 || words.length > 12) {
            return false;
        }
        for (String word : words) {
            if (!word.isEmpty() && !SHARE_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Three or more short items between separators, none of them a sentence: a section bar. */
    private static boolean isMenuBar(String text) {
        String[] items = MENU_SEPARATOR.split(text);
        if (items.length < 3 || endsSentence(text) || isDateLine(text)) {
            return false;
        }
        for (String item : items) {
            if (item.isBlank() || item.split("\\s+").length > 3) {
                return false;
            }
        }
        return true;
    }

    /** What a site's index of sections puts between them; a slash is left out, prose writes "and/or". */
    private static final Pattern INDEX_SEPARATOR = Pattern.compile("\\s+[|·•▪»›]\\s+");
    private static final int INDEX_ITEMS = 5;
    private static final int INDEX_LABEL_WORDS = 5;
    private static final int INDEX_ITEM_WORDS = 6;
    private static final double INDEX_SECTION_WORDS = 3.5;

    /**
     * "Les rubriques du Monde.fr International ▪ Politique ▪ Société ▪ …": a label, then five or
     * more sections of a few words each between separators, however long the line runs.
     */
    private static boolean isLongMenu(String text) {
        String[] items = INDEX_SEPARATOR.split(text);
        if (items.length < INDEX_ITEMS || endsSentence(text)) {
            return false;
        }
        int sectionWords = 0;
        for (int i = 0; i < items.length; i++) {
            int words = items[i].isBlank() ? 0 : items[i].strip().split("\\s+").length;
            // The first item carries the index's label ("Les services du Monde") run into it.
            if (words == 0 || words > (i == 0 ? INDEX_LABEL_WORDS + INDEX_ITEM_WORDS : INDEX_ITEM_WORDS)) {
                return false;
            }
            sectionWords += i == 0 ? 0 : words;
        }
        // Sections are named in two or three words; clauses of a sentence run longer.
        return sectionWords <= INDEX_SECTION_WORDS * (items.length - 1);
    }

    private static String stripTrailingColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
