package org.lector.speech.freetts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmericanSpellingsTest {

    @ParameterizedTest
    @CsvSource({
        "labour, labor", "favourite, favorite", "neighbourhood, neighborhood", "honourable, honorable",
        "organisations, organizations", "recognised, recognized", "criticising, criticizing",
        "analysed, analyzed", "metres, meters", "centre, center", "centred, centered",
        "defence, defense", "licences, licenses", "travelled, traveled", "cancelling, canceling",
        "programme, program", "catalogue, catalog", "tyres, tires", "judgement, judgment",
        "paediatric, pediatric", "oestrogen, estrogen", "sceptical, skeptical"})
    void offersTheAmericanSpelling(String british, String american) {
        assertThat(AmericanSpellings.of(british)).extracting(AmericanSpellings.Candidate::spelling).contains(american);
    }

    @Test
    void changesBothHabitsOfAWordWithTwo() {
        assertThat(AmericanSpellings.of("colourised")).contains(new AmericanSpellings.Candidate("colorized", false));
    }

    @Test
    void letsLetterToSoundRulesGuessOnlyEndingsTheyMisreadInBritishLetters() {
        assertThat(AmericanSpellings.of("labour")).containsExactly(new AmericanSpellings.Candidate("labor", true));
        assertThat(AmericanSpellings.of("metres")).containsExactly(new AmericanSpellings.Candidate("meters", true));
        assertThat(AmericanSpellings.of("paediatric")).containsExactly(new AmericanSpellings.Candidate("pediatric", false));
        assertThat(AmericanSpellings.of("inconvenience")).containsExactly(
                new AmericanSpellings.Candidate("inconveniense", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"our", "four", "is", "the", "rise", "wise", "tree", "fence", "all", "roll"})
    void leavesWordsWithoutABritishHabitAlone(String word) {
        assertThat(AmericanSpellings.of(word)).isEmpty();
    }
}
