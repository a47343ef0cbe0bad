package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.audio.WavFileSink;
import org.lector.session.Cue;
import org.lector.session.Script;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.SpeechSetup;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.Span;

/**
 * Writes the sample's first ten body sentences as WAV files at 150 and 220 words a minute, each
 * with Lector's computed word times beside it (target/word-timings/RATE/N.wav and N.tsv), for
 * {@code src/e2e/word-timings.sh} to check against where a recogniser hears each word.
 */
@Tag("benchmark")
class WordTimingBenchmark {

    @Test
    void writesSentencesWithTheirWordTimes() throws IOException {
        var article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        List<Cue> body = Script.full(article, new SpeechNormalizer(Lexicon.bundled())).cues().stream()
                .filter(Cue::isBody).limit(10).toList();
        for (int rate : new int[] {150, 220}) {
            Path folder = Path.of("target", "word-timings", String.valueOf(rate));
            Files.createDirectories(folder);
            FreeTtsSynthesizer synthesizer = SpeechSetup.synthesizer(VoiceCatalog.DEFAULT_VOICE, Lexicon.bundled());
            synthesizer.setRate(rate);
            for (int i = 0; i < body.size(); i++) {
                Speakable speakable = body.get(i).utterance().speakable();
                WavFileSink sink = new WavFileSink(folder.resolve((i + 1) + ".wav"), true);
                sink.begin();
                synthesizer.speak(speakable.text(), sink, 1.0);
                sink.commit(true);
                List<String> lines = new ArrayList<>();
                List<Span> words = speakable.spokenWords();
                for (WordTime time : synthesizer.wordTimes()) {
                    lines.add(words.get(time.spokenWord()).of(speakable.text()).toLowerCase() + "\t"
                            + time.startMillis() + "\t" + time.endMillis());
                }
                Files.write(folder.resolve((i + 1) + ".tsv"), lines, StandardCharsets.UTF_8);
                assertThat(lines).hasSizeGreaterThan(3);
            }
        }
    }
}
