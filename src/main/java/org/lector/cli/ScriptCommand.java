package org.lector.cli;

import org.lector.session.Cue;
import org.lector.speech.SpeechNormalizer;
import org.lector.text.Article;
import picocli.CommandLine.Command;

/** {@code lector script FILE}: exactly what the synthesizer is given, one utterance a line. */
@Command(name = "script", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Print exactly what the synthesizer will be given, one utterance per line, after"
                + " speech normalisation.")
final class ScriptCommand extends SpeechCommand {

    ScriptCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        SpeechNormalizer normalizer = new SpeechNormalizer(lexicon());
        for (Cue cue : script(article, normalizer).cues()) {
            if (!cue.utterance().speakable().isSilent()) {
                io.out().println(cue.utterance().spoken());
            }
        }
        return 0;
    }
}
