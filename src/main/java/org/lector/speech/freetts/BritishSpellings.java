package org.lector.speech.freetts;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.lexicon.Lexicon;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A FreeTTS step, run after the text is cut into words and before they are looked up: gives each
 * British spelling the voice's dictionary lacks the pronunciation of its American spelling
 * ("favourite" said as "favorite", not "fav-rite"). From the dictionary if it has the American
 * word, else, where {@link AmericanSpellings} allows, from the letter-to-sound rules, which
 * FreeTTS's compressed dictionary relies on for every word they already say right.
 *
 * <p>Used by one voice, so by one thread at a time.
 */
final class BritishSpellings implements UtteranceProcessor {

    private static final int MAX_LOOKED_UP = 100_000;

    private final Lexicon dictionary;
    /** Words already checked, so each costs one look-up. */
    private final Set<String> lookedUp = new HashSet<>();

    BritishSpellings(Lexicon dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public void processUtterance(Utterance utterance) {
        if (lookedUp.size() > MAX_LOOKED_UP) {
            lookedUp.clear();
        }
        for (Item word = utterance.getRelation("Word").getHead(); word != null;
                word = word.getNext()) {
            learn(word.getFeatures().getString("name"));
        }
    }

    private void learn(String british) {
        if (british == null || british.length() < 4 || !british.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || !lookedUp.add(british) || dictionary.getPhones(british, null, false) != null) {
            return;
        }
        List<AmericanSpellings.Candidate> candidates = AmericanSpellings.of(british);
        String[] phones = null;
        for (int i = 0; i < candidates.size() && phones == null; i++) {
            phones = dictionary.getPhones(candidates.get(i).spelling(), null, false);
        }
        for (int i = 0; i < candidates.size() && phones == null; i++) {
            if (candidates.get(i).rulesMayGuess()) {
                phones = dictionary.getPhones(candidates.get(i).spelling(), null, true);
            }
        }
        if (phones != null) {
            dictionary.addAddendum(british, null, phones);
        }
    }

    @Override
    public String toString() {
        return "BritishSpellings";
    }
}
