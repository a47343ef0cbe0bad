package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.session.Cue;
import org.lector.session.Script;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;

/**
 * Writes what the intelligibility and first-audio figures are measured on, into target/speech:
 * the sample's reading order spoken by FreeTTS from the raw text and from Lector's normalised
 * text (WAV files for {@code src/e2e/intelligibility.sh}), and the time from speak to the first
 * sample on a 40-word sentence, voice already allocated.
 */
@Tag("benchmark")
class SpeechExportBenchmark {

    private static final Path OUT = Path.of("target", "speech");

    private static void export(List<String> utterances, FreeTtsSynthesizer synthesizer, Path wav, int gapMillis) {
        WavFileSink sink = new WavFileSink(wav);
        for (String utterance : utterances) {
            sink.begin();
            synthesizer.speak(utterance, sink, 1.0);
            synthesizer.silence(sink, gapMillis);
        }
        sink.commit(true);
    }

    @Test
    void writesRawAndNormalisedSpeechOfTheSample() throws IOException {
        Files.createDirectories(OUT);
        Article article = new ArticlePipeline().process(new ArticleLoader().loadSample());
        Lexicon lexicon = Lexicon.bundled();
        Script script = Script.full(article, new SpeechNormalizer(lexicon));
        List<String> display = new ArrayList<>();
        List<String> spoken = new ArrayList<>();
        for (Cue cue : script.cues()) {
            display.add(cue.utterance().display());
            spoken.add(cue.utterance().spoken());
        }
        Files.write(OUT.resolve("sample.txt"), display, StandardCharsets.UTF_8);
        FreeTtsSynthesizer raw = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        export(display, raw, OUT.resolve("raw-freetts.wav"), 0);
        FreeTtsSynthesizer lector = SpeechSetup.synthesizer(VoiceCatalog.DEFAULT_VOICE, lexicon);
        export(spoken, lector, OUT.resolve("lector.wav"), Narrator.GAP_MILLIS);
        assertThat(Files.size(OUT.resolve("lector.wav"))).isGreaterThan(1_000_000);
    }

    @Test
    void measuresTimeToFirstAudio() {
        FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.of(VoiceCatalog.DEFAULT_VOICE);
        String sentence = new SpeechNormalizer().normalize("In an interview with Reuters, a senior U.S. defense "
                + "official said that Russian soldiers had entered an air base in Niger that now houses American "
                + "forces, after the junta in Niger decided to remove American soldiers from the nation within "
                + "months.").text();
        long[] firstSample = new long[1];
        AudioSink stamping = new DiscardSink() {
            private long start;

            @Override
            public void begin() {
                start = System.nanoTime();
                firstSample[0] = -1;
            }

            @Override
            public boolean write(byte[] data, int offset, int length) {
                if (firstSample[0] < 0) {
                    firstSample[0] = System.nanoTime() - start;
                }
                return true;
            }
        };
        double[] millis = new double[50];
        for (int warm = 0; warm < 20; warm++) {
            stamping.begin();
            synthesizer.speak(sentence, stamping, 1);
        }
        for (int i = 0; i < millis.length; i++) {
            stamping.begin();
            synthesizer.speak(sentence, stamping, 1);
            millis[i] = firstSample[0] / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "Time to first audio, %d words: median %.1f ms, worst %.1f ms%n",
                sentence.split(" ").length, millis[millis.length / 2], millis[millis.length - 1]);
        assertThat(millis[millis.length / 2]).isLessThan(50);
    }
}
