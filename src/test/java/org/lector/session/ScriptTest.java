package org.lector.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.speech.SpeechNormalizer;
import org.lector.text.Article;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;

class ScriptTest {

    @Test
    void announcesACodeBlockInOnePhraseInsteadOfReadingIt() {
        Article article = new ArticlePipeline().process(ArticleSource.of("demo.md",
                "# Demo\n\nWrite this file, then run the build.\n\n```\nint x = 1;\nint y = 2;\n```\n\nThat is all.\n"));

        Script script = Script.full(article, new SpeechNormalizer());

        assertThat(script.cues()).filteredOn(cue -> cue.kind() == Article.ItemKind.CODE).singleElement()
                .satisfies(cue -> {
                    assertThat(cue.utterance().display()).isEqualTo("int x = 1;\nint y = 2;");
                    assertThat(cue.utterance().speakable().text()).isEqualTo("Code block, skipped.");
                });
        assertThat(script.utterances()).noneMatch(utterance -> utterance.speakable().text().contains("int"));
    }

    @Test
    void speaksTheFiguresOfAnArticleInAnotherLanguageAsWrittenButEnglishOnesInWords() {
        Article french = new ArticlePipeline().process(ArticleSource.of("conseil.txt", "Le conseil vote le budget\n\n"
                + "Le conseil municipal a voté le 12 mars 2024 un budget de 1,5 million d'euros pour les pistes"
                + " cyclables de la ville, selon la mairie qui a annoncé les travaux pour le printemps prochain.\n"));
        Article english = new ArticlePipeline().process(ArticleSource.of("council.txt", "The council votes the budget\n\n"
                + "The council voted on 12 March 2024 for a budget of 1.5 million euros for the city's cycle lanes,"
                + " the mayor said after announcing that the work would begin in the spring.\n"));

        String frenchSaid = String.join(" ", Script.full(french, new SpeechNormalizer()).cues().stream()
                .map(cue -> cue.utterance().speakable().text()).toList());
        String englishSaid = String.join(" ", Script.full(english, new SpeechNormalizer()).cues().stream()
                .map(cue -> cue.utterance().speakable().text()).toList());

        assertThat(frenchSaid).contains("12 mars 2024").doesNotContain("twenty", "twelve");
        assertThat(englishSaid).contains("twenty twenty four").doesNotContain("2024");
    }
}
