package org.lector.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bylines and dates in the languages of the web are bylines and dates, not furniture. */
class OtherLanguagesTest {

    private static Article read(String name, String text) {
        return new ArticlePipeline().process(ArticleSource.of(name, text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Von Hans Müller|12. März 2024, 10:30 Uhr",
        "Par Marie Dupont|Publié le 3 mai 2024 à 10h30",
        "Por Ana García|3 de mayo de 2024",
        "Di Marco Rossi|12 marzo 2024",
        "Door Jan de Vries|3 mei 2024",
    })
    void keepsTheBylineAndTheDateOfAnArticleInAnotherLanguage(String byline, String date) {
        Article article = read("artikel.txt", "Stadtrat beschließt neue Radwege\n\n" + byline + "\n" + date + "\n\n"
                + "Der Stadtrat hat am Dienstag ein Netz geschützter Radwege beschlossen und damit einen Streit"
                + " beendet, der die Bewohner seit mehr als einem Jahr spaltet.\n");

        assertThat(article.byline()).contains(byline);
        assertThat(article.dates()).containsExactly(date);
        assertThat(article.dropped()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Enviá tu comentario|Para poder comentar tenés que ingresar con tu usuario.",
        "Laisser un commentaire|Vous devez être connecté pour commenter.",
        "Kommentar schreiben|Um zu kommentieren, melden Sie sich bitte an.",
        "Lascia un commento|Per commentare devi essere registrato.",
        "Deixe seu comentário|Faça login para comentar.",
        "Leave a comment|You must be logged in to post a comment.",
    })
    void dropsTheCommentFormUnderTheArticleInAnyLanguage(String invitation, String signIn) {
        String paragraph = "Der Stadtrat hat am Dienstag ein Netz geschützter Radwege beschlossen und damit einen Streit"
                + " beendet, der die Bewohner seit mehr als einem Jahr spaltet, sagten Beamte am Abend.";
        // A whole page copied from a browser: its menu, the article, the comment form.
        StringBuilder page = new StringBuilder(String.join("\n", List.of("Zum Inhalt springen", "Startseite", "Politik",
                "Wirtschaft", "Sport", "Kultur", "Wissen", "Reise", "Auto", "Digital", "Karriere", "Newsletter", "Podcasts",
                "Video", "Archiv", "Abo", "Anmelden"))).append("\nStadtrat beschließt neue Radwege\n\n");
        for (int i = 1; i <= 5; i++) {
            page.append(i).append(". ").append(paragraph).append("\n\n");
        }
        page.append(invitation).append("\n\nThe comments published are the sole responsibility of their authors, and"
                + " what follows from them may be subject to legal penalties under the laws that apply.\n\n")
                .append(signIn).append("\n");

        Article article = read("seite.txt", page.toString());

        assertThat(article.paragraphs()).hasSize(5).allMatch(p -> p.text().contains("Radwege"));
        assertThat(article.dropped()).filteredOn(line -> line.reason() == DropReason.COMMENTS)
                .extracting(DroppedLine::text).contains(invitation);
    }

    @Test
    void splitsASiteNameDatesAndBylineSharingALine() {
        Article article = read("capture.txt", "Le projet de loi sur le renseignement approuvé\n\n"
                + "Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 à 20h13 | Par Martin Untersinger\n\n"
                + "Les députés ont, sans surprise, adopté à une large majorité le projet de loi sur le"
                + " renseignement, défendu par le gouvernement.\n");

        assertThat(article.byline()).contains("Par Martin Untersinger");
        assertThat(article.dates()).containsExactly("04.05.2015 à 13h36", "Mis à jour le 05.05.2015 à 20h13");
    }

    @Test
    void keepsASentenceThatStartsWithAForeignByWord() {
        Article article = read("texte.txt", "Le conseil vote\n\nPar ailleurs, le gouvernement a annoncé mardi un"
                + " plan pour les pistes cyclables de la capitale.\n");

        assertThat(article.byline()).isEmpty();
        assertThat(article.paragraphs()).hasSize(1);
    }

    @Test
    void keepsTheBylineAndDateOfNonEnglishDevPages() {
        for (String name : new String[] {"lemonde-1", "liberation-1", "heise", "folha"}) {
            ReadabilityPages.Page page = ReadabilityPages.all().stream().filter(p -> p.name().equals(name))
                    .findFirst().orElseThrow();
            Article article = read(name + ".html", page.html());
            assertThat(article.byline()).as(name).isPresent();
            assertThat(article.byline().get()).as(name).doesNotStartWith("By ");
            assertThat(article.dates()).as(name).isNotEmpty();
        }
    }
}
