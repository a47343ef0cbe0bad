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
}
