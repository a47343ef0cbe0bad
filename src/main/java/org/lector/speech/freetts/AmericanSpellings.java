package org.lector.speech.freetts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * American spellings to try for a British one ("labour" → "labor", "organisations" →
 * "organizations", "metres" → "meters"). FreeTTS's dictionary is American: a British spelling
 * falls through to its letter-to-sound rules, which say "favourite" as "fav-rite" and "metres" as
 * "met-rz". The candidates are guesses, to be kept only if the dictionary knows them, except
 * those {@linkplain Candidate#rulesMayGuess() the letter-to-sound rules may guess}: endings the
 * rules read wrongly in British letters and rightly in American ("-our", "-tre", "-mme"), where
 * FreeTTS's dictionary, which leaves out every word its rules say right, cannot confirm them.
 */
final class AmericanSpellings {

    /**
     * An American spelling to try.
     *
     * @param spelling the word with the American letters
     * @param rulesMayGuess whether letter-to-sound rules may say the candidate when the dictionary
     *     does not know it
     */
    record Candidate(String spelling, boolean rulesMayGuess) {
    }

    /** One British spelling habit: where it shows in a word, and the American letters for it. */
    private record Rule(Pattern british, String american, boolean rulesMayGuess) {
        Rule(String british, String american, boolean rulesMayGuess) {
            this(Pattern.compile(british), american, rulesMayGuess);
        }

        Rule(String british, String american) {
            this(british, american, false);
        }

        String apply(String word) {
            return british.matcher(word).replaceAll(american);
        }
    }

    private static final List<Rule> RULES = List.of(
            // labour, favourite, colourful, behaviours, neighbourhood, honourable
            new Rule("(?<=[a-z]{2})our(?=[a-z]*$)", "or", true),
            // organisations, recognised, criticising, privatise (not "wise", "rise": known words)
            new Rule("(?<=[a-z]{2})is(?=(e|es|ed|ing|er|ers|ation|ations|ational|able)$)", "iz"),
            // analysed, paralysing
            new Rule("(?<=[a-z])ys(?=(e|es|ed|ing|er|ers)$)", "yz"),
            // metres, centre, theatres, centred
            new Rule("(?<=[a-z]{2})tre(?=s?$)", "ter", true),
            new Rule("(?<=[a-z]{2})tred$", "tered", true),
            // defence, offences, licence
            new Rule("(?<=[a-z]{2})ence(?=s?$)", "ense"),
            // travelled, cancelling, labelled, modeller
            new Rule("(?<=[aeiou][a-z]?)ll(?=(ed|ing|er|ers|or|ors)$)", "l"),
            // programme, programmes
            new Rule("mme(?=s?$)", "m", true),
            // catalogue, analogues
            new Rule("(?<=[a-z]{3})ogue(?=s?$)", "og"),
            // tyres
            new Rule("(?<=[a-z])yre(?=s?$)", "ire", true),
            // judgement, acknowledgements
            new Rule("dgement", "dgment"),
            // paediatric, anaesthetic, oestrogen, foetus
            new Rule("(?<=[a-z])ae(?=[a-z])", "e"),
            new Rule("(?<=^|[a-z])oe(?=[a-z]{2})", "e"),
            // sceptical
            new Rule("^scept", "skept"));

    private AmericanSpellings() {
    }

    /**
     * The American spellings a lower-case word might have, one habit changed at a time first,
     * then all together; empty when no habit shows.
     */
    static List<Candidate> of(String word) {
        Set<Candidate> candidates = new LinkedHashSet<>();
        String all = word;
        boolean allMayGuess = true;
        for (Rule rule : RULES) {
            String changed = rule.apply(word);
            if (!changed.equals(word)) {
                candidates.add(new Candidate(changed, rule.rulesMayGuess()));
            }
            String changedFurther = rule.apply(all);
            if (!changedFurther.equals(all)) {
                allMayGuess &= rule.rulesMayGuess();
                all = changedFurther;
            }
        }
        if (!all.equals(word)) {
            // With one habit changed, this is the candidate above again, and the set keeps one.
            candidates.add(new Candidate(all, allMayGuess));
        }
        return new ArrayList<>(candidates);
    }
}
