package org.lector.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a display sentence into what FreeTTS should be given, so that it says it right: numbers,
 * money, percentages, dates, times, years, decades, ranges, ordinals and units in words;
 * initialisms spelled ("U.S." → "U S") unless they are said as words ("NATO"); titles and common
 * abbreviations expanded; curly apostrophes straightened; dashes as pauses; accents folded; URLs
 * and e-mail addresses said briefly; HTML tags, emoji, control characters, unsupported scripts and
 * runaway tokens dropped; and the user's lexicon applied first.
 *
 * <p>Deterministic, never throws on any string, and keeps a map from each spoken piece back to
 * the display text it came from. Immutable and safe to share.
 */
public final class SpeechNormalizer {

    /** Runs of letters longer than this are not words anyone can listen to. */
    static final int LONGEST_WORD = 30;

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    private static final String MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    /** Month names as written, also in capitals as datelines set them ("JAN. 13, 2017"). */
    private static final String MONTH = "(?:" + MONTH_NAMES + "|" + MONTH_SHORT + "|"
            + (MONTH_NAMES + "|" + MONTH_SHORT).toUpperCase(Locale.ROOT) + ")";
    /** North American and European zones after a time, said as people say them. */
    private static final Map<String, String> TIME_ZONES = Map.ofEntries(
            Map.entry("PST", "Pacific time"), Map.entry("PDT", "Pacific time"), Map.entry("PT", "Pacific time"),
            Map.entry("EST", "Eastern time"), Map.entry("EDT", "Eastern time"), Map.entry("ET", "Eastern time"),
            Map.entry("CST", "Central time"), Map.entry("CDT", "Central time"), Map.entry("CT", "Central time"),
            Map.entry("MST", "Mountain time"), Map.entry("MDT", "Mountain time"),
            Map.entry("BST", "British Summer Time"), Map.entry("CET", "Central European Time"),
            Map.entry("CEST", "Central European Summer Time"), Map.entry("GMT", "G M T"), Map.entry("UTC", "U T C"));
    /** Endings that make a word with dots in it a domain name. */
    private static final String DOMAIN_ENDINGS = "com|org|net|gov|edu|io|co|uk|us|ca|au|de|fr|eu|info|tv|me|ai|app"
            + "|dev|news|ly";
    private static final Map<String, String> MONTH_BY_PREFIX = Map.ofEntries(
            Map.entry("jan", "January"), Map.entry("feb", "February"), Map.entry("mar", "March"),
            Map.entry("apr", "April"), Map.entry("may", "May"), Map.entry("jun", "June"), Map.entry("jul", "July"),
            Map.entry("aug", "August"), Map.entry("sep", "September"), Map.entry("oct", "October"),
            Map.entry("nov", "November"), Map.entry("dec", "December"));
    private static final String[] MONTHS_IN_ORDER = {"January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December"};

    /** Initialisms said as words, beyond what the vowel rule finds. */
    private static final Set<String> SAID_AS_WORDS = Set.of(
            "NATO", "NASA", "OPEC", "UNESCO", "UNICEF", "FIFA", "UEFA", "AIDS", "COVID", "ASEAN", "NAFTA", "SARS",
            "ISIS", "OFCOM", "OFSTED", "INTERPOL", "EUROPOL", "LASER", "RADAR", "SCUBA", "SWAT", "WASP", "GIF",
            "JPEG", "PIN", "ZIP", "SIM", "NIMBY", "ASAP", "FEMA", "MERS");
    /** Consonant pairs that can begin an English word, so "STEM" can be said but "JNIM" cannot. */
    private static final Set<String> ONSETS = Set.of(
            "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "KL", "KR", "KN", "PH", "PL", "PR",
            "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR");
    /** Abbreviations with a full stop, and what they stand for. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("dr", "Doctor"), Map.entry("mr", "Mister"), Map.entry("mrs", "Missus"),
            Map.entry("ms", "Miz"), Map.entry("prof", "Professor"), Map.entry("gen", "General"),
            Map.entry("sen", "Senator"), Map.entry("gov", "Governor"), Map.entry("rep", "Representative"),
            Map.entry("lt", "Lieutenant"), Map.entry("col", "Colonel"), Map.entry("capt", "Captain"),
            Map.entry("sgt", "Sergeant"), Map.entry("jr", "Junior"), Map.entry("sr", "Senior"),
            Map.entry("vs", "versus"), Map.entry("etc", "et cetera"), Map.entry("e.g", "for example"),
            Map.entry("i.e", "that is"), Map.entry("approx", "approximately"), Map.entry("inc", "Incorporated"),
            Map.entry("ltd", "Limited"), Map.entry("corp", "Corporation"), Map.entry("dept", "Department"),
            Map.entry("est", "established"), Map.entry("fig", "figure"), Map.entry("no", "number"),
            Map.entry("st", "Saint"), Map.entry("mt", "Mount"), Map.entry("ft", "Fort"));
    /** Units after a number, and how they are said. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("km/h", "kilometres per hour"), Map.entry("kph", "kilometres per hour"),
            Map.entry("mph", "miles per hour"), Map.entry("km", "kilometres"), Map.entry("kg", "kilograms"),
            Map.entry("cm", "centimetres"), Map.entry("mm", "millimetres"), Map.entry("ft", "feet"),
            Map.entry("lb", "pounds"), Map.entry("lbs", "pounds"), Map.entry("°c", "degrees Celsius"),
            Map.entry("°f", "degrees Fahrenheit"), Map.entry("°", "degrees"), Map.entry("kw", "kilowatts"),
            Map.entry("mw", "megawatts"), Map.entry("gw", "gigawatts"), Map.entry("kwh", "kilowatt hours"),
            Map.entry("gb", "gigabytes"), Map.entry("mb", "megabytes"), Map.entry("tb", "terabytes"),
            Map.entry("ghz", "gigahertz"), Map.entry("mhz", "megahertz"), Map.entry("ml", "millilitres"),
            Map.entry("bn", "billion"), Map.entry("m", "million"), Map.entry("mn", "million"),
            Map.entry("tn", "trillion"), Map.entry("k", "thousand"), Map.entry("sq", "square"));
    private static final Map<Character, String[]> CURRENCIES = Map.of(
            '$', new String[] {"dollar", "dollars", "cent", "cents"},
            '£', new String[] {"pound", "pounds", "penny", "pence"},
            '€', new String[] {"euro", "euros", "cent", "cents"},
            '¥', new String[] {"yen", "yen", "sen", "sen"},
            '₹', new String[] {"rupee", "rupees", "paisa", "paise"});

    // Repeated groups are bounded: Java's regex engine recurses once per repetition of a group, and
    // "1,000,000,…" or "a.a.a.…" three thousand times long would overflow the stack.
    private static final String NUMBER = "\\d{1,3}(?:,\\d{3}){1,6}(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

    /** Every rule, in priority order; group names say which matched. */
    private static final Pattern RULES = Pattern.compile(String.join("|",
            // "Android[13]", "word[a]", "[citation needed]": a reference mark, not said.
            "(?<footnote>(?<=[\\p{L}\\d.,;:)\"'”’])\\[(?:\\d{1,3}|[a-z]|note \\d{1,3}|citation needed)\\])",
            // "[T]he": an editor's letter joined to the word it begins.
            "(?<editorial>(?<![\\p{L}\\d\\]])\\[(?<editorialLetters>\\p{L}{1,3})\\](?<editorialRest>\\p{L}+))",
            // "1. Finland" at the start of an item: the item's number, then a pause.
            "(?<listNumber>^\\(?(?<listN>\\d{1,3})[.)](?=\\s+\\p{L}))",
            "(?<url>\\b(?:https?://|www\\.)[^\\s<>\"]+)",
            "(?<email>\\b[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+){1,8})",
            "(?<domain>\\b(?<domainName>[\\p{L}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+){0,3})\\.(?<domainEnd>"
                    + DOMAIN_ENDINGS + ")\\b(?!\\.\\p{L}))",
            // "@stevenmusil": the name, without the sign.
            "(?<handle>(?<![\\w@])@(?<handleName>[A-Za-z_]\\w{1,29})\\b)",
            "(?<mdy>\\b(?<mdyM>" + MONTH + ")\\.?\\s(?<mdyD>\\d{1,2})(?:st|nd|rd|th)?,?\\s(?<mdyY>\\d{4})\\b)",
            "(?<dmy>\\b(?<dmyD>\\d{1,2})(?:st|nd|rd|th)?\\s(?<dmyM>" + MONTH + ")\\.?,?\\s(?<dmyY>\\d{4})\\b)",
            "(?<md>\\b(?<mdM>" + MONTH + ")\\.?\\s(?<mdD>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,:]?\\d))",
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})(?:T[\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?\\b)",
            "(?<clock>\\b(?<clockH>\\d{1,2})[:.](?<clockM>\\d{2})(?!\\d)(?:\\s?(?<clockAp>[AaPp])\\.?\\s?[Mm]\\b\\.?)?)",
            "(?<hour>\\b(?<hourH>\\d{1,2})\\s?(?<hourAp>[AaPp])\\.?\\s?[Mm]\\b\\.?)",
            "(?<zone>(?<=[AaPp]\\.?[Mm]\\.? |\\d )(?<zoneName>" + String.join("|", TIME_ZONES.keySet()) + ")\\b)",
            "(?<money>(?:US|A|C|NZ|HK)?(?<moneySign>[$£€¥₹])\\s?(?<moneyN>" + NUMBER + ")"
                    + "(?:\\s?(?<moneyScale>billion|million|thousand|trillion|bn|mn|tn|m|k)\\b)?)",
            "(?<percent>(?<percentN>" + NUMBER + ")\\s?(?:%|per ?cent\\b))",
            "(?<decade>(?:['’](?<decadeShort>\\d{2})|\\b(?<decadeLong>\\d{3}0))s\\b)",
            "(?<yearRange>\\b(?<rangeFrom>1[1-9]\\d\\d|20\\d\\d)\\s?[-–]\\s?(?<rangeTo>\\d{4}|\\d{2})\\b(?!\\s?%))",
            // "10-20", "10 – 20"; "40 -2" is a number and a signed change, not a range.
            "(?<range>\\b(?<rangeA>" + NUMBER + ")(?:[-–]|\\s[-–]\\s)(?<rangeB>" + NUMBER + ")\\b)",
            "(?<signed>(?<![\\p{L}\\d.,])(?<sign>[-+−])(?<signedN>" + NUMBER + ")\\b(?!\\s?%))",
            "(?<ordinal>\\b(?<ordinalN>\\d+)(?:st|nd|rd|th)\\b)",
            "(?<unit>\\b(?<unitN>" + NUMBER + ")\\s?(?<unitName>km/h|kph|mph|km|kg|cm|mm|ft|lbs?|°[CcFf]|°|kWh|kW|MW|GW"
                    + "|GB|MB|TB|GHz|MHz|ml|bn|mn|tn|m|k)(?![\\p{L}\\d]))",
            "(?<ident>(?<=[\\p{Ll},] \\p{Lu}\\p{Ll}{1,20} )(?<identN>[1-9]\\d{2})\\b(?![,.]\\d|\\s?%))",
            "(?<year>\\b(?<yearN>1[1-9]\\d\\d|20\\d\\d)\\b(?![,.]\\d))",
            "(?<number>\\b(?<numberN>" + NUMBER + ")\\b)",
            "(?<abbr>\\b(?<abbrWord>Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Gov|Rep|Lt|Col|Capt|Sgt|Jr|Sr|vs|etc|e\\.g|i\\.e|approx|Inc"
                    + "|Ltd|Corp|Dept|Est|Fig|No|St|Mt|Ft)\\.(?=\\s|$|,))",
            // British style writes titles without the full stop: "Ms Brown", "Dr Patel".
            "(?<title>\\b(?<titleWord>Mr|Mrs|Ms|Dr|Prof)(?= \\p{Lu}\\p{Ll}))",
            "(?<dotted>\\b(?:\\p{L}\\.){2,8})",
            "(?<caps>\\b(?<capsLetters>[A-Z]{2,6})(?<capsPlural>s?)(?<capsPossessive>'s)?\\b)",
            "(?<long>[\\p{L}\\d]{" + (LONGEST_WORD + 1) + ",})",
            "(?<dash>\\s[-–—]+\\s|—|--+|\\s–)",
            "(?<symbol>[&+@#=×/])"));

    private static final Pattern TAG = Pattern.compile("<[/!?]?[A-Za-z][^<>]{0,300}>|&[A-Za-z]{2,8};|&#\\d{1,7};"
            + "|\\\\[nrt]|\\\\u[0-9a-fA-F]{4}|\\\\x[0-9a-fA-F]{2}|\\u001B\\[[0-9;]*[A-Za-z]");

    /**
     * The rules that say things the English way: numbers, dates, times, money and units in English
     * words, English abbreviations and titles, "dot" in a domain, "and" for "&". An article in
     * another language keeps its figures as written for the voice to read, not English words
     * chosen for them ("12. März 2024" is not "twelve March twenty twenty four").
     */
    private static final java.util.List<String> ENGLISH_RULES = java.util.List.of("listNumber", "domain", "mdy", "dmy",
            "md", "iso", "clock", "hour", "zone", "money", "percent", "decade", "yearRange", "range", "signed",
            "ordinal", "unit", "ident", "year", "number", "abbr", "title", "symbol");

    private final Lexicon lexicon;
    private final Pattern lexiconPattern;
    /** Whether the English rules apply: false for an article in another language. */
    private final boolean english;

    /** A normaliser without a user lexicon. */
    public SpeechNormalizer() {
        this(Lexicon.EMPTY);
    }

    /**
     * A normaliser that applies {@code lexicon}'s respellings before anything else.
     *
     * @param lexicon the user's pronunciations; not null
     */
    public SpeechNormalizer(Lexicon lexicon) {
        this(lexicon, compile(lexicon), true);
    }

    private SpeechNormalizer(Lexicon lexicon, Pattern lexiconPattern, boolean english) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
        this.lexiconPattern = lexiconPattern;
        this.english = english;
    }

    /**
     * This normaliser for an article in a language: itself for English or an unknown language; for
     * any other, one that leaves out the English number, date, time, money and abbreviation rules
     * (the lexicon, initialisms, links, marks and pauses stay).
     *
     * @param language the language's English name, as {@code LanguageGuess} gives it ("French"), or empty
     * @return a normaliser for it
     */
    public SpeechNormalizer forLanguage(java.util.Optional<String> language) {
        boolean other = language.isPresent() && !language.get().equals("English");
        return other == !english ? this : new SpeechNormalizer(lexicon, lexiconPattern, !other);
    }

    private static Pattern compile(Lexicon lexicon) {
        StringBuilder alternatives = new StringBuilder();
        for (Lexicon.Entry entry : lexicon.entries()) {
            if (!entry.hasPhones()) {
                if (alternatives.length() > 0) {
                    alternatives.append('|');
                }
                alternatives.append(Pattern.quote(Folding.fold(entry.written())));
            }
        }
        return alternatives.length() == 0 ? null
                : Pattern.compile("(?<![\\p{L}\\d])(?:" + alternatives + ")(?![\\p{L}\\d])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * What to say for one display sentence.
     *
     * @param display the sentence as shown; null is read as empty
     * @return the speakable text with its map back to the display text
     */
    public Speakable normalize(String display) {
        String source = display == null ? "" : display;
        Folding.Folded folded = Folding.fold(source, TAG);
        SpokenBuilder out = new SpokenBuilder();
        String text = folded.text();
        int at = 0;
        Matcher lexiconMatch = lexiconPattern == null ? null : lexiconPattern.matcher(text);
        Matcher rule = RULES.matcher(text);
        // The next match of each is remembered and sought again only once the text before it is
        // said: no match can start between where a search began and where it found one, so one
        // pass over the text suffices (searching both from every position was quadratic).
        int lexiconStart = -1;
        int ruleStart = -1;
        while (at < text.length()) {
            if (lexiconStart < at) {
                lexiconStart = lexiconMatch != null && lexiconMatch.find(at) ? lexiconMatch.start() : Integer.MAX_VALUE;
            }
            if (ruleStart < at) {
                ruleStart = rule.find(at) ? rule.start() : Integer.MAX_VALUE;
            }
            int next = Math.min(lexiconStart, ruleStart);
            if (next == Integer.MAX_VALUE) {
                plain(text, at, text.length(), folded, out, english);
                break;
            }
            plain(text, at, next, folded, out, english);
            if (lexiconStart <= ruleStart) {
                out.words(respelling(lexiconMatch.group()), folded.start(lexiconStart), folded.end(lexiconMatch.end()));
                at = lexiconMatch.end();
            } else {
                int end = Math.max(rule.end(), rule.start() + 1);
                if (english || !isEnglishRule(rule)) {
                    apply(rule, text, folded, out);
                } else {
                    plain(text, rule.start(), end, folded, out, false);
                }
                at = end;
            }
        }
        return out.build(source);
    }

    private String respelling(String written) {
        for (Lexicon.Entry entry : lexicon.entries()) {
            if (!entry.hasPhones() && Folding.fold(entry.written()).equalsIgnoreCase(written)) {
                return entry.respelling();
            }
        }
        return written;
    }

    private static boolean isEnglishRule(Matcher rule) {
        for (String name : ENGLISH_RULES) {
            if (rule.group(name) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text outside any rule: words pass through (with {@code english}, the digits in them said as
     * English numbers; else as written); brackets and quotes become pauses or nothing.
     */
    private static void plain(String text, int from, int to, Folding.Folded folded, SpokenBuilder out,
                              boolean english) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i))
                        || text.charAt(i) == '\'' && i + 1 < to && Character.isLetter(text.charAt(i + 1)) && i > start)) {
                    i++;
                }
                String word = text.substring(start, i);
                out.words(english ? sayMixed(word) : word, folded.start(start), folded.end(i));
                continue;
            }
            if (",.;:!?".indexOf(c) >= 0) {
                out.punctuation(c == ';' || c == ':' ? ',' : c);
            } else if (c == '(' || c == ')' || c == '[' || c == ']') {
                out.punctuation(',');
            }
            // Quotes, hyphens inside words, stray symbols: a word break and nothing said.
            i++;
        }
    }

    /** A word with digits in it ("F35", "MP3", "0A"): letters as they are, each run of digits as a number. */
    private static String sayMixed(String word) {
        if (word.chars().noneMatch(Character::isDigit)) {
            return word;
        }
        StringBuilder said = new StringBuilder();
        int i = 0;
        while (i < word.length()) {
            int start = i;
            boolean digits = Character.isDigit(word.charAt(i));
            while (i < word.length() && Character.isDigit(word.charAt(i)) == digits) {
                i++;
            }
            String run = word.substring(start, i);
            if (said.length() > 0) {
                said.append(' ');
            }
            said.append(!digits ? run : run.length() <= 6 ? NumberWords.cardinal(run) : NumberWords.digits(run));
        }
        return said.toString();
    }

    private static void apply(Matcher m, String text, Folding.Folded folded, SpokenBuilder out) {
        int start = folded.start(m.start());
        int end = folded.end(m.end());
        String said;
        if (m.group("footnote") != null) {
            return;
        } else if (m.group("editorial") != null) {
            said = m.group("editorialLetters") + m.group("editorialRest");
        } else if (m.group("listNumber") != null) {
            out.words(NumberWords.cardinal(Integer.parseInt(m.group("listN"))), start, end);
            out.punctuation(',');
            return;
        } else if (m.group("domain") != null) {
            said = String.join(" dot ", m.group("domainName").split("\\.")) + " dot " + domainEnding(m.group("domainEnd"));
        } else if (m.group("handle") != null) {
            said = m.group("handleName").replace('_', ' ');
        } else if (m.group("zone") != null) {
            said = TIME_ZONES.get(m.group("zoneName"));
        } else if (m.group("signed") != null) {
            said = (m.group("sign").equals("+") ? "plus " : "minus ") + number(m.group("signedN"));
        } else if (m.group("url") != null) {
            said = "link to " + domain(m.group("url"));
        } else if (m.group("email") != null) {
            said = email(m.group("email"));
        } else if (m.group("mdy") != null) {
            said = month(m.group("mdyM")) + " " + NumberWords.ordinal(Integer.parseInt(m.group("mdyD"))) + ", "
                    + NumberWords.year(Integer.parseInt(m.group("mdyY")));
        } else if (m.group("dmy") != null) {
            said = "the " + NumberWords.ordinal(Integer.parseInt(m.group("dmyD"))) + " of " + month(m.group("dmyM"))
                    + ", " + NumberWords.year(Integer.parseInt(m.group("dmyY")));
        } else if (m.group("md") != null) {
            said = month(m.group("mdM")) + " " + NumberWords.ordinal(Integer.parseInt(m.group("mdD")));
        } else if (m.group("iso") != null) {
            int month = Integer.parseInt(m.group("isoM"));
            int day = Integer.parseInt(m.group("isoD"));
            said = month >= 1 && month <= 12 && day >= 1 && day <= 31
                    ? MONTHS_IN_ORDER[month - 1] + " " + NumberWords.ordinal(day) + ", "
                            + NumberWords.year(Integer.parseInt(m.group("isoY")))
                    : NumberWords.digits(m.group("iso"));
        } else if (m.group("clock") != null) {
            said = clock(Integer.parseInt(m.group("clockH")), Integer.parseInt(m.group("clockM")), m.group("clockAp"));
        } else if (m.group("hour") != null) {
            said = NumberWords.cardinal(Integer.parseInt(m.group("hourH"))) + " "
                    + m.group("hourAp").toUpperCase(Locale.ROOT) + " M";
        } else if (m.group("money") != null) {
            said = money(m.group("moneySign").charAt(0), m.group("moneyN"), m.group("moneyScale"));
        } else if (m.group("percent") != null) {
            said = number(m.group("percentN")) + " percent";
        } else if (m.group("decade") != null) {
            said = m.group("decadeShort") != null
                    ? NumberWords.plural(NumberWords.cardinal(Integer.parseInt(m.group("decadeShort"))))
                    : NumberWords.decade(Integer.parseInt(m.group("decadeLong")));
        } else if (m.group("yearRange") != null) {
            int from = Integer.parseInt(m.group("rangeFrom"));
            String toDigits = m.group("rangeTo");
            int to = toDigits.length() == 2 ? from / 100 * 100 + Integer.parseInt(toDigits) : Integer.parseInt(toDigits);
            said = NumberWords.year(from) + " to " + NumberWords.year(to);
        } else if (m.group("range") != null) {
            said = number(m.group("rangeA")) + " to " + number(m.group("rangeB"));
        } else if (m.group("ordinal") != null) {
            String digits = m.group("ordinalN");
            said = digits.length() > 15 ? NumberWords.digits(digits) : NumberWords.ordinal(Long.parseLong(digits));
        } else if (m.group("unit") != null) {
            String unit = m.group("unitName");
            said = number(m.group("unitN")) + " " + UNITS.getOrDefault(unit.toLowerCase(Locale.ROOT), unit);
        } else if (m.group("ident") != null) {
            said = identifier(m.group("identN"));
        } else if (m.group("year") != null) {
            said = NumberWords.year(Integer.parseInt(m.group("yearN")));
        } else if (m.group("number") != null) {
            said = number(m.group("numberN"));
        } else if (m.group("dotted") != null) {
            out.words(spell(m.group("dotted").replace(".", "")), start, end);
            if (m.end() == text.length()) {
                out.punctuation('.');
            }
            return;
        } else if (m.group("abbr") != null) {
            said = abbreviation(m.group("abbrWord"), text, m.end());
        } else if (m.group("title") != null) {
            said = abbreviation(m.group("titleWord"), text, m.end());
        } else if (m.group("caps") != null) {
            String letters = m.group("capsLetters");
            String plural = m.group("capsPlural");
            // "LA's", "the BBC's": the possessive joined to the last letter, as it is said.
            String possessive = m.group("capsPossessive") == null ? "" : "'s";
            said = isSaidAsWord(letters)
                    ? letters.charAt(0) + letters.substring(1).toLowerCase(Locale.ROOT) + plural + possessive
                    : spell(letters) + (plural.isEmpty() ? "" : "'s") + possessive;
        } else if (m.group("long") != null) {
            said = "";
        } else if (m.group("dash") != null) {
            out.punctuation(',');
            return;
        } else {
            said = symbol(m.group("symbol").charAt(0), text, m.start());
        }
        out.words(said, start, end);
        boolean isDate = m.group("mdy") != null || m.group("dmy") != null || m.group("iso") != null;
        if (isDate && text.substring(m.end()).stripLeading().matches("(?s)\\d.*")) {
            // "May 3, 2024 1:13 AM": a pause between the date and the time.
            out.punctuation(',');
        }
    }

    /** A three-digit name after a capitalised word, as people say it: "Airbase 101" → "one oh one". */
    private static String identifier(String digits) {
        int value = Integer.parseInt(digits);
        int rest = value % 100;
        if (rest == 0) {
            return NumberWords.cardinal(value);
        }
        return NumberWords.cardinal(value / 100) + " " + (rest < 10 ? "oh " + NumberWords.cardinal(rest)
                : NumberWords.cardinal(rest));
    }

    private static String number(String digits) {
        if (!NumberWords.isReasonable(digits)) {
            return NumberWords.digits(digits);
        }
        return NumberWords.decimal(digits);
    }

    /** "com" and "gov" said as words, "uk" and the like spelled, as people read addresses out. */
    private static String domainEnding(String ending) {
        String lower = ending.toLowerCase(Locale.ROOT);
        return lower.length() <= 2 ? spell(lower.toUpperCase(Locale.ROOT)) : lower;
    }

    private static String month(String name) {
        return MONTH_BY_PREFIX.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), name);
    }

    /** "1:13 AM" → "one thirteen A M"; "10:00" → "ten o'clock"; "4:05" → "four oh five". */
    private static String clock(int hours, int minutes, String meridiem) {
        if (hours > 24 || minutes > 59) {
            return NumberWords.cardinal(hours) + " " + NumberWords.cardinal(minutes);
        }
        String suffix = meridiem == null ? "" : " " + meridiem.toUpperCase(Locale.ROOT) + " M";
        String hour = NumberWords.cardinal(hours);
        if (minutes == 0) {
            return meridiem == null ? (hours > 12 ? hour + " hundred" : hour + " o'clock") : hour + suffix;
        }
        String minute = minutes < 10 ? "oh " + NumberWords.cardinal(minutes) : NumberWords.cardinal(minutes);
        return hour + " " + minute + suffix;
    }

    /** "$1.13bn" → "one point one three billion dollars"; "$2.50" → "two dollars fifty cents". */
    private static String money(char symbol, String amount, String scale) {
        String[] names = CURRENCIES.get(symbol);
        if (scale != null) {
            String scaleWord = UNITS.getOrDefault(scale.toLowerCase(Locale.ROOT), scale.toLowerCase(Locale.ROOT));
            return number(amount) + " " + scaleWord + " " + names[1];
        }
        String plain = amount.replace(",", "");
        int point = plain.indexOf('.');
        if (point >= 0 && plain.length() - point == 3 && NumberWords.isReasonable(plain)) {
            long whole = Long.parseLong(plain.substring(0, point).isEmpty() ? "0" : plain.substring(0, point));
            int cents = Integer.parseInt(plain.substring(point + 1));
            String wholePart = NumberWords.cardinal(whole) + " " + (whole == 1 ? names[0] : names[1]);
            return cents == 0 ? wholePart
                    : wholePart + " " + NumberWords.cardinal(cents) + " " + (cents == 1 ? names[2] : names[3]);
        }
        boolean one = plain.equals("1");
        return number(amount) + " " + (one ? names[0] : names[1]);
    }

    private static String abbreviation(String word, String text, int after) {
        String lower = word.toLowerCase(Locale.ROOT);
        String next = text.substring(after).stripLeading();
        if (lower.equals("no") && (next.isEmpty() || !Character.isDigit(next.charAt(0)))) {
            return word;
        }
        if (lower.equals("st") && (next.isEmpty() || !Character.isUpperCase(next.charAt(0)))) {
            return "Street";
        }
        return ABBREVIATIONS.getOrDefault(lower, word);
    }

    /**
     * Whether capitals are said as a word: listed, or at least four letters with a vowel, no three
     * consonants together, and a start English allows ("NATO", "ISIS", not "JNIM" or "BBC").
     */
    static boolean isSaidAsWord(String letters) {
        if (SAID_AS_WORDS.contains(letters)) {
            return true;
        }
        if (letters.length() < 4) {
            return false;
        }
        int consonantRun = 0;
        boolean hasVowel = false;
        for (char c : letters.toCharArray()) {
            boolean vowel = "AEIOUY".indexOf(c) >= 0;
            hasVowel |= vowel;
            consonantRun = vowel ? 0 : consonantRun + 1;
            if (consonantRun >= 3) {
                return false;
            }
        }
        boolean startsWithTwoConsonants = "AEIOUY".indexOf(letters.charAt(0)) < 0
                && "AEIOUY".indexOf(letters.charAt(1)) < 0;
        return hasVowel && (!startsWithTwoConsonants || ONSETS.contains(letters.substring(0, 2)));
    }

    /** Letters to be said one by one: "US" → "U S". */
    private static String spell(String letters) {
        StringBuilder spelled = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (spelled.length() > 0) {
                spelled.append(' ');
            }
            spelled.append(Character.toUpperCase(letters.charAt(i)));
        }
        return spelled.toString();
    }

    private static String symbol(char symbol, String text, int at) {
        boolean digitAfter = at + 1 < text.length() && Character.isDigit(text.charAt(at + 1));
        return switch (symbol) {
            case '&' -> "and";
            case '+' -> "plus";
            case '@' -> "at";
            case '#' -> digitAfter ? "number" : "";
            case '=' -> "equals";
            case '×' -> "by";
            default -> "";
        };
    }

    /** "https://www.reuters.com/world/x" → "reuters dot com". */
    private static String domain(String url) {
        String host = url.replaceFirst("^(?i)https?://", "").replaceFirst("^(?i)www\\.", "");
        int slash = host.indexOf('/');
        if (slash >= 0) {
            host = host.substring(0, slash);
        }
        host = host.replaceAll("[:?#].*$", "");
        return dotted(host);
    }

    private static String email(String address) {
        int at = address.indexOf('@');
        return dotted(address.substring(0, at)) + " at " + dotted(address.substring(at + 1));
    }

    private static String dotted(String text) {
        String spoken = text.replaceAll("[._-]+", " dot ").replaceAll("[^\\p{L}\\d ]", " ").strip();
        return spoken.replaceAll("\\s+", " ");
    }

    /** The lexicon in use. */
    public Lexicon lexicon() {
        return lexicon;
    }

}
