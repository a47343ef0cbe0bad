package org.lector.cli;

import java.util.ArrayList;
import java.util.List;
import org.lector.audio.DiscardSink;
import org.lector.session.Cue;
import org.lector.speech.Lexicon;
import org.lector.speech.Speakable;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Utterance;
import org.lector.speech.WordTime;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.text.Article;
import org.lector.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lector script FILE}: exactly what the synthesizer is given, one utterance a line. */
@Command(name = "script", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print exactly what the synthesizer will be given, one utterance per line, after"
                + " speech normalisation.")
final class ScriptCommand extends SpeechCommand {

    @Option(names = "--timings", description = "Print, for each utterance, each display word with when it starts and"
            + " ends in milliseconds: N<TAB>WORD<TAB>START<TAB>END (N counts utterances from 1).")
    boolean timings;

    ScriptCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        Lexicon lexicon = lexicon();
        SpeechNormalizer normalizer = new SpeechNormalizer(lexicon);
        List<Cue> cues = script(article, normalizer).cues().stream()
                .filter(cue -> !cue.utterance().speakable().isSilent()).toList();
        if (!timings) {
            cues.forEach(cue -> io.out().println(cue.utterance().spoken()));
            return 0;
        }
        FreeTtsSynthesizer synthesizer = synthesizer(lexicon);
        synthesizer.setRate(rate());
        for (int i = 0; i < cues.size(); i++) {
            Utterance utterance = cues.get(i).utterance();
            synthesizer.speak(utterance.spoken(), new DiscardSink(), 1.0);
            for (DisplayWord word : displayWords(utterance.speakable(), synthesizer.wordTimes())) {
                io.out().println((i + 1) + "\t" + word.text() + "\t" + word.start() + "\t" + word.end());
            }
        }
        return 0;
    }

    /** A display word and when it sounds: spoken words from one display span are merged. */
    record DisplayWord(String text, int start, int end) {
    }

    static List<DisplayWord> displayWords(Speakable speakable, List<WordTime> times) {
        List<DisplayWord> words = new ArrayList<>();
        Span previous = null;
        for (WordTime time : times) {
            Span display = speakable.displayOf(time.spokenWord()).orElse(null);
            if (display == null) {
                continue;
            }
            if (display.equals(previous)) {
                DisplayWord last = words.remove(words.size() - 1);
                words.add(new DisplayWord(last.text(), last.start(), time.endMillis()));
            } else {
                words.add(new DisplayWord(display.of(speakable.display()), time.startMillis(), time.endMillis()));
            }
            previous = display;
        }
        return words;
    }
}
