package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Telling the language of an article: the dev set's pages against the language each declares. */
class LanguageGuessTest {

    @Test
    void tellsCommonLanguagesFromAParagraph() {
        assertThat(LanguageGuess.of("Le conseil municipal a voté mardi la création d'un réseau de pistes cyclables,"
                + " mettant fin à un différend qui divise les habitants depuis plus d'un an, selon la mairie qui"
                + " a annoncé que les travaux commenceront au printemps dans le centre de la ville."))
                .contains("French");
        assertThat(LanguageGuess.of("Der Stadtrat hat am Dienstag ein Netz von geschützten Radwegen beschlossen und"
                + " damit einen Streit beendet, der die Bewohner seit mehr als einem Jahr spaltet, wie die Stadt"
                + " mitteilte. Die Arbeiten sollen im Frühjahr beginnen, und sie sind nicht billig."))
                .contains("German");
        assertThat(LanguageGuess.of("The council voted on Tuesday to approve a network of protected cycle lanes,"
                + " ending a dispute that has divided residents for more than a year, and work on the first lanes"
                + " is to start in the spring, officials said at the meeting in the town hall."))
                .contains("English");
        assertThat(LanguageGuess.of("市议会周二投票批准了一个受保护的自行车道网络，结束了一场让居民分裂了一年多的争论。")).contains("Chinese");
        assertThat(LanguageGuess.of("Short label")).isEmpty();
    }

    @Test
    void namesTheLanguageOfTheDevSetsPagesAsTheyDeclareIt() {
        Map<String, String> names = Map.of("en", "English", "fr", "French", "de", "German", "es", "Spanish",
                "it", "Italian", "pt", "Portuguese", "nl", "Dutch", "cs", "Czech", "zh", "Chinese", "ja", "Japanese");
        int declared = 0;
        int right = 0;
        int wrong = 0;
        for (ReadabilityPages.Page page : ReadabilityPages.all()) {
            String code = page.language().split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
            if (!names.containsKey(code)) {
                continue;
            }
            declared++;
            Optional<String> guess = LanguageGuess.of(page.expected());
            if (guess.equals(Optional.of(names.get(code)))) {
                right++;
            } else if (guess.isPresent()) {
                wrong++;
                System.out.printf("language: %s declares %s, looks %s%n", page.name(), code, guess.get());
            }
        }
        System.out.printf("language: %d of %d dev pages named as they declare, %d named wrongly%n", right, declared, wrong);
        assertThat(declared).isGreaterThan(60);
        assertThat((double) right / declared).isGreaterThan(0.9);
        assertThat(wrong).isLessThanOrEqualTo(2);
    }
}
