package org.lector.cli;

import java.nio.file.Path;
import java.util.List;
import org.lector.audio.WavFileSink;
import org.lector.speech.Lexicon;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Utterance;
import org.lector.speech.WavExport;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.text.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code lector export FILE --out F.wav}: the speech as a WAV file, written atomically. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Write the speech to a WAV file (a temporary file, renamed into place when done:"
                + " an interrupted export leaves no half file).")
final class ExportCommand extends SpeechCommand {

    @Option(names = "--out", paramLabel = "F.wav", required = true, description = "The WAV file to write.")
    Path out;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    ExportCommand(Cli.Io io) {
        super(io);
    }

    @Override
    int run(Article article) {
        // Before any speech is made: a refused target should not cost the whole synthesis.
        WavFileSink.checkTarget(out, force);
        Lexicon lexicon = lexicon();
        List<Utterance> utterances = script(article, new SpeechNormalizer(lexicon)).utterances();
        try (FreeTtsSynthesizer synthesizer = synthesizer(lexicon)) {
            synthesizer.setRate(rate());
            export(utterances, synthesizer);
        }
        return 0;
    }

    private void export(List<Utterance> utterances, FreeTtsSynthesizer synthesizer) {
        int[] reported = {0};
        WavExport.write(utterances, synthesizer, out, force, done -> {
            // Progress every tenth of a long article, on the error stream.
            int percent = done * 100 / utterances.size();
            if (utterances.size() >= 20 && percent / 10 > reported[0] / 10) {
                io.err().println("lector: exported " + done + " of " + utterances.size() + " utterances");
                io.err().flush();
                reported[0] = percent;
            }
        }, () -> false);
    }
}
