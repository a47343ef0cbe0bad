package org.lector.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.lector.audio.SpeakerSink;
import org.lector.session.Script;
import org.lector.speech.Lexicon;
import org.lector.speech.Narrator;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.text.Article;
import org.lector.text.LectorException;
import picocli.CommandLine.Command;

/** {@code lector read FILE}: speaks the article (or its summary) on the speakers, with no window. */
@Command(name = "read", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Speak the article (or its summary) aloud with no window.")
final class ReadCommand extends SpeechCommand {

    ReadCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        // Fail fast, before loading a voice, when there is nothing to play on.
        SpeakerSink.checkAvailable();
        Lexicon lexicon = lexicon();
        Script script = script(article, new SpeechNormalizer(lexicon));
        FreeTtsSynthesizer synthesizer = synthesizer(lexicon);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<LectorException> failure = new AtomicReference<>();
        try (Narrator narrator = new Narrator(synthesizer, new SpeakerSink(), new Narrator.Listener() {
            @Override
            public void finished() {
                done.countDown();
            }

            @Override
            public void error(LectorException error) {
                failure.set(error);
                done.countDown();
            }
        })) {
            narrator.setRate(rate());
            narrator.setUtterances(script.utterances());
            narrator.play();
            done.await();
            if (failure.get() != null) {
                // The failure keeps its kind: no sound device exits 4, a broken voice 1.
                throw failure.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
