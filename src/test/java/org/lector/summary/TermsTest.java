package org.lector.summary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

    private final Terms terms = new Terms();

    @Test
    void dropsStopWordsAndStems() {
        assertThat(terms.of("The officials said they were closing the ports")).containsExactly("offici", "close", "port");
    }

    @Test
    void joinsPossessiveToItsWord() {
        assertThat(terms.of("Washington’s allies and Russia's troops")).containsExactly("washington", "alli", "russia", "troop");
    }

    @Test
    void keepsNumbersAndNonLatinWords() {
        assertThat(terms.of("Airbase 201 in Zürich, 東京")).containsExactly("airbas", "201", "zürich", "東京");
    }
}
