package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void readsRespellingsAndPhonesAndReportsBadLines() {
        List<String> problems = new ArrayList<>();
        Lexicon lexicon = Lexicon.parse(List.of(
                "# names in the sample",
                "",
                "Niamey = nyah may",
                "Agadez = [aa1 g ax d eh1 z]",
                "no equals sign here",
                "Bad = 123",
                "Two words = [t uw1]",
                " = empty",
                "Qatar = [k ax1 t aa0 r]",
                "Nonsense = [q aa1 t]"), problems::add);
        assertThat(lexicon.entries()).extracting(Lexicon.Entry::written).containsExactlyInAnyOrder("Niamey", "Agadez",
                "Qatar");
        assertThat(lexicon.entries()).filteredOn(entry -> entry.written().equals("Agadez")).singleElement()
                .extracting(Lexicon.Entry::phones).isEqualTo(List.of("aa1", "g", "ax", "d", "eh1", "z"));
        assertThat(problems).containsExactly(
                "line 5: no '=' between the word and how to say it",
                "line 6: a respelling may hold only letters, spaces, hyphens and apostrophes",
                "line 7: phones can be given for one word only",
                "line 8: the word or how to say it is missing",
                "line 10: 'q' is not a CMU phone");
    }

    @Test
    void bundledLexiconNamesTheSamplesPeopleAndPlaces() {
        assertThat(Lexicon.bundled().entries()).extracting(Lexicon.Entry::written)
                .contains("Niamey", "Diori Hamani", "al-Qaeda", "JNIM");
    }
}
