package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lector.audio.AudioSink;
import org.lector.audio.DiscardSink;
import org.lector.audio.WavFileSink;
import org.lector.session.Cue;
import org.lector.session.Script;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.SpeechSetup;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.InputFormat;

/**
 * Writes what the intelligibility and first-audio figures are measured on, into target/speech:
 * the reading order of the sample and twenty BBC articles spoken by FreeTTS as it comes and by
 * Lector as a listener hears it (WAV files for {@code src/e2e/intelligibility.sh}), and the time
 * from speak to the first sample on a 40-word sentence, voice already allocated.
 */
@Tag("benchmark")
class SpeechExportBenchmark {

    private static final Path OUT = Path.of("target", "speech");

    private static void export(List<String> utterances, FreeTtsSynthesizer synthesizer, Path wav, int gapMillis) {
        WavFileSink sink = new WavFileSink(wav, true);
        for (String utterance : utterances) {
            sink.begin();
            synthesizer.speak(utterance, sink, 1.0);
            synthesizer.silence(sink, gapMillis);
        }
        sink.commit(true);
    }

    /**
     * The sample, then ten BBC articles the voice settings were chosen on ("tuning"), then ten
     * nobody looked at while choosing ("held-out"): differences of a few words on one article
     * are noise to a recogniser.
     */
    private static Map<String, ArticleSource> articles() throws IOException {
        Map<String, ArticleSource> articles = new LinkedHashMap<>();
        articles.put("sample", new ArticleLoader().loadSample());
        for (String set : List.of("tuning:004,011", "held-out:007,015")) {
            String[] parts = set.split(":");
            for (String number : parts[1].split(",")) {
                for (String topic : List.of("business", "entertainment", "politics", "sport", "tech")) {
                    String resource = "/bbc-news-summary/article/" + topic + "/" + number + ".txt";
                    try (InputStream in = SpeechExportBenchmark.class.getResourceAsStream(resource)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        articles.put(parts[0] + "-" + topic + "-" + number,
                                new ArticleSource(resource, text, InputFormat.PLAIN));
                    }
                }
            }
        }
        return articles;
    }

    @Test
    void writesRawAndNormalisedSpeechOfTheArticles() throws IOException {
        Files.createDirectories(OUT);
        Lexicon lexicon = Lexicon.bundled();
        // FreeTTS as it comes: its own voice settings and rate, the display text, no gaps of ours.
        VoiceCatalog.list(); // points FreeTTS at the bundled voices, as the shaded jar needs
        Voice plain = VoiceManager.getInstance().getVoice(VoiceCatalog.DEFAULT_VOICE);
        plain.allocate();
        FreeTtsSynthesizer raw = new FreeTtsSynthesizer(plain);
        // What a listener hears by default (or at -Dlector.rate).
        FreeTtsSynthesizer lector = SpeechSetup.synthesizer(VoiceCatalog.DEFAULT_VOICE, lexicon);
        lector.setRate(Integer.getInteger("lector.rate", Narrator.DEFAULT_RATE));
        for (Map.Entry<String, ArticleSource> entry : articles().entrySet()) {
            Article article = new ArticlePipeline().process(entry.getValue());
            Script script = Script.full(article, new SpeechNormalizer(lexicon));
            List<String> display = new ArrayList<>();
            List<String> spoken = new ArrayList<>();
            for (Cue cue : script.cues()) {
                display.add(cue.utterance().display());
                spoken.add(cue.utterance().spoken());
            }
            String name = entry.getKey();
            Files.write(OUT.resolve(name + ".txt"), display, StandardCharsets.UTF_8);
            export(display, raw, OUT.resolve(name + ".raw-freetts.wav"), 0);
            export(spoken, lector, OUT.resolve(name + ".lector.wav"), Narrator.GAP_MILLIS);
        }
        assertThat(Files.size(OUT.resolve("sample.lector.wav"))).isGreaterThan(1_000_000);
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
