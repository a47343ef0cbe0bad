package org.lector.speech.freetts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.en.PostLexicalAnalyzer;
import com.sun.speech.freetts.en.us.TokenToWords;
import java.util.List;
import org.lector.speech.Lexicon;

/**
 * What Lector changes in a FreeTTS voice after allocating it, and how fast each voice really
 * speaks. Measured, not guessed: the figures come from {@code src/e2e/intelligibility.sh} and
 * {@code VoiceTuningTest}.
 *
 * <p>kevin16 is FreeTTS's port of flite's 16 kHz "kal" diphone voice, and it carries a repair from
 * flite's early kal voices: every "ah" vowel is said "aa" ("Russian" said "Raashan", "much"
 * "maach"). flite 2.2's kal16 no longer does that (its {@code -ps} output keeps "ah"), speaks on a
 * 105 Hz mean with a 14 Hz spread (FreeTTS: 100 and 11), and stretches durations by 1.1. On the sample and ten BBC articles (3,871 words, raw text), a speech
 * recogniser's word error rate went from 26.0% to 23.6% with "ah" kept, and to 22.6% with flite's
 * pitch and stretch as well; flite itself scores 20.0% there. The pitch alone is worth little
 * (21.7% to 21.2% on normalised text) but is the voice builder's choice. The stretch is not set
 * here: the rate is, in words a minute a listener really hears ({@link #naturalWordsPerMinute}).
 *
 * <p>Both kevin voices also learn the words in {@code kevin-corrections.txt}, which FreeTTS's
 * dictionary says wrong, and say British spellings as their American twins ({@link BritishSpellings}).
 */
final class VoiceTuning {

    /** The 16 kHz voice Lector reads with by default. */
    static final String KEVIN16 = "kevin16";

    /**
     * Display words a minute kevin16 says at FreeTTS's nominal rate (duration stretch 1): 3,654
     * words of eleven articles took 1,229 seconds (157–193 per article). FreeTTS calls this "150".
     */
    static final double KEVIN16_WORDS_PER_MINUTE = 178;

    /** Phone entries for words FreeTTS's dictionary says wrong (shipped in the jar). */
    static final Lexicon CORRECTIONS = Lexicon.resource("kevin-corrections.txt");

    private static final float KEVIN16_PITCH = 105;
    private static final float KEVIN16_PITCH_RANGE = 14;

    private VoiceTuning() {
    }

    /** Tunes an allocated voice in place; voices Lector knows nothing about are left as they are. */
    static void apply(Voice voice) {
        if (voice.getName().startsWith("kevin")) {
            correct(voice);
            sayBritishSpellings(voice);
        }
        if (!KEVIN16.equals(voice.getName())) {
            return;
        }
        keepAhVowel(voice);
        voice.setPitch(KEVIN16_PITCH);
        voice.setPitchRange(KEVIN16_PITCH_RANGE);
    }

    /**
     * The words a minute the voice says with no stretch, so that a rate asked for in words a
     * minute is the rate heard. For voices not measured here, FreeTTS's own nominal rate.
     */
    static double naturalWordsPerMinute(Voice voice) {
        // FreeTTS's getRate() is its nominal rate times the stretch; the nominal rate itself is private.
        return KEVIN16.equals(voice.getName()) ? KEVIN16_WORDS_PER_MINUTE : voice.getRate() / voice.getDurationStretch();
    }

    /** Teaches the voice the words in {@code kevin-corrections.txt}, which its dictionary gets wrong. */
    private static void correct(Voice voice) {
        for (Lexicon.Entry entry : CORRECTIONS.entries()) {
            FreeTtsSynthesizer.addPronunciation(voice, entry.written(), entry.phones());
        }
    }

    /** Puts {@link BritishSpellings} right after FreeTTS cuts the text into words. */
    @SuppressWarnings("unchecked")
    private static void sayBritishSpellings(Voice voice) {
        List<Object> processors = voice.getUtteranceProcessors();
        int words = 0;
        while (words < processors.size() && !(processors.get(words) instanceof TokenToWords)) {
            words++;
        }
        processors.add(Math.min(words + 1, processors.size()), new BritishSpellings(voice.getLexicon()));
    }

    /** Swaps the diphone voice's post-lexical step ("ah" to "aa", then the English rules) for the English rules alone. */
    @SuppressWarnings("unchecked")
    private static void keepAhVowel(Voice voice) {
        List<Object> processors = voice.getUtteranceProcessors();
        for (int i = 0; i < processors.size(); i++) {
            // Matched by name: the class is package-private in FreeTTS.
            if (processors.get(i).getClass().getSimpleName().equals("CMUDiphoneVoicePostLexicalAnalyzer")) {
                processors.set(i, new PostLexicalAnalyzer());
            }
        }
    }
}
