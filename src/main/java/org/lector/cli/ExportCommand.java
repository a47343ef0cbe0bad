package org.lector.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.audio.WavFileSink;
import org.lector.speech.Lexicon;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Utterance;
import org.lector.speech.WavExport;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.text.Article;
import org.lector.text.LectorException;
import org.lector.text.Quoted;
import org.lector.text.WebPageFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code lector export FILE --out F.wav}: the speech as a WAV file, written atomically; or
 * {@code lector export FILE… --out-dir DIR}: one WAV file for each article, named after it, going
 * on past one that fails and naming the failures at the end.
 */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Write the speech to a WAV file (a temporary file, renamed into place when done:"
                + " an interrupted export leaves no half file).")
final class ExportCommand extends SpeechCommand {

    @Parameters(index = "1..*", paramLabel = "MORE", description = "More articles to export, with --out-dir.")
    List<String> more = new ArrayList<>();

    @Option(names = "--out", paramLabel = "F.wav", description = "The WAV file to write (one article).")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "The folder to write one WAV file into for each article, named after it.")
    Path outDir;

    @Option(names = "--force", description = "Replace the file if it exists.")
    boolean force;

    ExportCommand(Cli.Io io) {
        super(io);
    }

    @Override
    public Integer call() {
        if ((out == null) == (outDir == null)) {
            throw new ParameterException(spec.commandLine(),
                    "give --out F.wav for one article, or --out-dir DIR for one or more");
        }
        if (out != null && !more.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "--out names one file; use --out-dir DIR to export " + (more.size() + 1) + " articles");
        }
        return out != null ? super.call() : exportAll();
    }

    @Override
    int run(Article article) {
        // Before any speech is made: a refused target should not cost the whole synthesis.
        WavFileSink.checkTarget(out, force);
        Lexicon lexicon = lexicon();
        List<Utterance> utterances = script(article, new SpeechNormalizer(lexicon)).utterances();
        try (FreeTtsSynthesizer synthesizer = synthesizer(lexicon)) {
            synthesizer.setRate(rate());
            export(utterances, synthesizer, out);
        }
        return 0;
    }

    /** Every article into the folder, the voice loaded once; exit 1 if any failed. */
    private int exportAll() {
        if (!Files.isDirectory(outDir)) {
            throw LectorException.badOutput("cannot write into " + Quoted.of(outDir.toString()) + ": no such folder",
                    null);
        }
        List<String> inputs = new ArrayList<>();
        inputs.add(file);
        inputs.addAll(more);
        Lexicon lexicon = lexicon();
        SpeechNormalizer normalizer = new SpeechNormalizer(lexicon);
        List<String> failures = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (FreeTtsSynthesizer synthesizer = synthesizer(lexicon)) {
            synthesizer.setRate(rate());
            for (int i = 0; i < inputs.size(); i++) {
                String input = inputs.get(i);
                Path target = outDir.resolve(wavName(input, names));
                io.err().println("lector: [" + (i + 1) + "/" + inputs.size() + "] " + Quoted.of(input) + " to "
                        + Quoted.of(target.toString()));
                io.err().flush();
                try {
                    WavFileSink.checkTarget(target, force);
                    Article article = readArticle(input, io);
                    export(script(article, normalizer).utterances(), synthesizer, target);
                } catch (LectorException failed) {
                    // One article that cannot be read or written does not stop the others.
                    failures.add(failed.getMessage());
                    io.err().println("lector: " + failed.getMessage());
                }
            }
        }
        io.err().println("lector: exported " + (inputs.size() - failures.size()) + " of " + inputs.size()
                + " articles" + (failures.isEmpty() ? "" : "; failed: " + String.join("; ", failures)));
        return failures.isEmpty() ? 0 : 1;
    }

    /**
     * The WAV file's name for an input: its file name with ".wav" for its extension, or a web
     * address's last path segment (else its host); a second input of the same name gets "-2".
     */
    static String wavName(String input, Set<String> taken) {
        String base;
        if (WebPageFetcher.isAddress(input)) {
            try {
                java.net.URI uri = java.net.URI.create(input.strip());
                String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
                base = path.isEmpty() ? uri.getHost() + ".html" : path.substring(path.lastIndexOf('/') + 1);
            } catch (IllegalArgumentException invalid) {
                // The fetch will say what is wrong with the address; the name only has to be safe.
                base = "article";
            }
        } else {
            base = input.equals("-") ? "standard-input" : Path.of(input).getFileName().toString();
        }
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        base = base.replaceAll("[\\p{Cntrl}/\\\\:*?\"<>|]+", "-").strip();
        base = base.isEmpty() || base.equals("-") ? "article" : base;
        String name = base + ".wav";
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = base + "-" + n + ".wav";
        }
        return name;
    }

    private void export(List<Utterance> utterances, FreeTtsSynthesizer synthesizer, Path target) {
        int[] reported = {0};
        WavExport.write(utterances, synthesizer, target, force, done -> {
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
