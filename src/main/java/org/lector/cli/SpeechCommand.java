package org.lector.cli;

import org.lector.session.Script;
import org.lector.speech.Lexicon;
import org.lector.speech.Narrator;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.SpeechSetup;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.summary.Summarizer;
import org.lector.text.Article;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that turns an article (or its summary) into the script the synthesizer is given. */
abstract class SpeechCommand extends ArticleCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--summary", description = "Read the summary instead of the whole article.")
    boolean summary;

    @Mixin
    LengthOptions lengthOptions;

    @Option(names = "--voice", paramLabel = "V", defaultValue = VoiceCatalog.DEFAULT_VOICE,
            description = "The voice (default: ${DEFAULT-VALUE}); see lector voices.")
    String voice;

    SpeechCommand(Cli.Io io) {
        super(io);
    }

    /** The user's lexicon; its bad lines are reported on the error stream, once each. */
    Lexicon lexicon() {
        return SpeechSetup.lexicon(problem -> io.err().println("lector: " + problem));
    }

    /** What is to be said, as the synthesizer will be given it. */
    Script script(Article article, SpeechNormalizer normalizer) {
        if (lengthOptions.isGiven() && !summary) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--sentences, --ratio and --seconds need --summary");
        }
        org.lector.text.LanguageGuess.notice(article).ifPresent(notice -> io.err().println("lector: " + notice));
        return summary
                ? Script.summary(article, new Summarizer().summarize(article, lengthOptions.summaryLength(spec)),
                        normalizer)
                : Script.full(article, normalizer);
    }

    /** Allocates the voice asked for; an unknown or time-only voice is a usage error. */
    FreeTtsSynthesizer synthesizer(Lexicon lexicon) {
        try {
            return SpeechSetup.synthesizer(voice, lexicon);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** The speech rate asked for, clamped into Lector's range with a note when it had to be. */
    int rate() {
        int clamped = Narrator.clampRate(lengthOptions.rate);
        if (clamped != lengthOptions.rate) {
            io.err().println("lector: rate " + lengthOptions.rate + " is outside " + Narrator.MIN_RATE + "-"
                    + Narrator.MAX_RATE + " words per minute; using " + clamped);
        }
        return clamped;
    }
}
