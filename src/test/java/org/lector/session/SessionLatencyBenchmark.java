package org.lector.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;

/**
 * Key press → new speech: the time from a session command (next sentence, next paragraph) while
 * playing until the first audio bytes of the new place reach the sink, which plays in real time.
 */
@Tag("benchmark")
class SessionLatencyBenchmark {

    @Test
    void measuresCommandToFirstAudio() throws InterruptedException {
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        FakeAudioSink sink = new FakeAudioSink(1);
        try (ReadingSession session = new ReadingSession(article, SummaryLength.Standard.atDefaultRate(),
                new SpeechNormalizer(), FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE), sink, System::nanoTime)) {
            session.play();
            Thread.sleep(500);
            double[] millis = new double[30];
            for (int i = 0; i < millis.length; i++) {
                Thread.sleep(300);
                long start = System.nanoTime();
                if (i % 2 == 0) {
                    session.nextSentence();
                } else {
                    session.nextParagraph();
                }
                while (sink.firstWriteNanos() < start) {
                    Thread.sleep(0, 200_000);
                }
                millis[i] = (sink.firstWriteNanos() - start) / 1e6;
                if (session.cursor() >= session.script().size() - 3) {
                    session.first();
                }
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "Command → first audio of the new place: median %.1f ms, worst %.1f ms%n",
                    millis[millis.length / 2], millis[millis.length - 1]);
            assertThat(millis[millis.length / 2]).isLessThan(150);
        }
    }
}
