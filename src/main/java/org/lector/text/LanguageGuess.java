package org.lector.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which language an article is written in, told from its commonest short words (every language
 * uses a few dozen function words far more than any other) or, for scripts other than Latin, from
 * its letters. Good enough to warn a listener that the English voices will read a French text;
 * not a general language identifier.
 *
 * <p>Stateless and safe to share.
 */
public final class LanguageGuess {

    /** The most frequent function words of each language, chosen so that few are shared. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "English", Set.of("the", "and", "of", "to", "is", "that", "in", "it", "was", "for", "with", "he", "she",
                    "they", "have", "has", "this", "are", "be", "by", "at", "from", "which", "but", "not", "or", "we"),
            "French", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "que", "qui", "dans", "pour", "pas",
                    "sur", "au", "aux", "avec", "il", "elle", "sont", "ont", "cette", "mais", "nous", "vous", "leur"),
            "German", Set.of("der", "die", "und", "das", "ist", "nicht", "ein", "eine", "den", "dem", "mit", "von",
                    "sich", "auf", "für", "auch", "wird", "sind", "wie", "oder", "aber", "nach", "bei", "wir", "ich"),
            "Spanish", Set.of("el", "los", "las", "y", "del", "que", "en", "un", "una", "por", "con", "para", "es",
                    "se", "su", "como", "más", "pero", "sus", "fue", "muy", "también", "ha", "este", "esta", "al"),
            "Italian", Set.of("il", "di", "che", "è", "per", "gli", "della", "non", "sono", "una", "con", "nel",
                    "anche", "alla", "dei", "delle", "questo", "come", "ma", "ha", "più", "lo", "degli", "nella"),
            "Portuguese", Set.of("o", "os", "as", "e", "do", "da", "dos", "das", "não", "um", "uma", "para", "com",
                    "que", "em", "no", "na", "por", "mais", "foi", "são", "como", "seu", "sua", "também", "ao"),
            "Dutch", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
                    "die", "aan", "er", "maar", "ook", "als", "bij", "nog", "wordt", "worden", "naar", "hij", "ze"),
            "Czech", Set.of("a", "je", "se", "na", "v", "ve", "že", "to", "s", "z", "do", "o", "jako", "pro", "by",
                    "jsou", "ale", "jsem", "byl", "tak", "už", "podle", "také", "které", "který", "jeho"));

    /** Below this share of function words no Latin-script language is named. */
    private static final double LEAST_SHARE = 0.08;

    private LanguageGuess() {
    }

    /**
     * The language of an article, from its title and paragraphs.
     *
     * @return the language's English name ("French"), or empty when it cannot be told
     */
    public static Optional<String> of(Article article) {
        StringBuilder text = new StringBuilder(article.title()).append('\n');
        for (Paragraph paragraph : article.paragraphs()) {
            if (text.length() > 20_000) {
                break;
            }
            text.append(paragraph.text()).append('\n');
        }
        return of(text.toString());
    }

    /**
     * The language of a text.
     *
     * @return the language's English name ("French"), or empty when it cannot be told
     */
    public static Optional<String> of(String text) {
        Optional<String> byScript = byScript(text);
        if (byScript.isPresent()) {
            return byScript;
        }
        List<String> words = words(text);
        if (words.size() < 20) {
            return Optional.empty();
        }
        String best = null;
        double bestShare = 0;
        double second = 0;
        for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
            int hits = 0;
            for (String word : words) {
                hits += language.getValue().contains(word) ? 1 : 0;
            }
            double share = (double) hits / words.size();
            if (share > bestShare) {
                second = bestShare;
                bestShare = share;
                best = language.getKey();
            } else if (share > second) {
                second = share;
            }
        }
        return bestShare >= LEAST_SHARE && bestShare > 1.3 * second ? Optional.of(best) : Optional.empty();
    }

    /** Scripts that name their language outright, when most letters are in one. */
    private static Optional<String> byScript(String text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int greek = 0;
        int arabic = 0;
        int hebrew = 0;
        for (int i = 0; i < text.length() && letters < 20_000; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                case GREEK -> greek++;
                case ARABIC -> arabic++;
                case HEBREW -> hebrew++;
                default -> {
                    // Latin and the rest: told by their words.
                }
            }
        }
        if (letters == 0) {
            return Optional.empty();
        }
        double half = letters / 2.0;
        if (han + kana > half) {
            return Optional.of(kana * 10 > han + kana ? "Japanese" : "Chinese");
        }
        String[] names = {"Korean", "Russian", "Greek", "Arabic", "Hebrew"};
        int[] counts = {hangul, cyrillic, greek, arabic, hebrew};
        for (int i = 0; i < names.length; i++) {
            if (counts[i] > half) {
                return Optional.of(names[i]);
            }
        }
        return Optional.empty();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
                if (words.size() >= 5_000) {
                    break;
                }
            }
        }
        return words;
    }

    /** The notice a listener gets for an article not in English, or empty for English or unknown. */
    public static Optional<String> notice(Article article) {
        return of(article).filter(language -> !language.equals("English"))
                .map(language -> "This article looks " + language + "; Lector's voices speak English");
    }
}
