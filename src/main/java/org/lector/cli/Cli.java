package org.lector.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import org.lector.WindowOpener;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.LectorException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Lector's command line: builds the picocli command tree and runs it against injected streams.
 *
 * <p>Exit codes follow DESIGN.md: 0 ok, 2 usage error, 3 input unreadable or without article
 * text, 4 no audio device, 1 anything else. Errors are one line on the error stream; the stack
 * trace only with {@code --debug}.
 */
public final class Cli {

    /** Where a command finds its input and writes its output, and how it opens a window. */
    record Io(InputStream in, PrintWriter out, PrintWriter err, WindowOpener window) {
    }

    private Cli() {
    }

    /**
     * Runs one command line.
     *
     * @param args the arguments, without the program name; not null
     * @param in standard input, read for the file name "-"
     * @param out where results go
     * @param err where the one-line error goes
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        return run(args, in, out, err, WindowOpener.NONE);
    }

    /**
     * Runs one command line, opening a window through {@code window} when no command is given.
     *
     * @param args the arguments, without the program name; not null
     * @param in standard input, read for the file name "-"
     * @param out where results go
     * @param err where the one-line error goes
     * @param window opens the reading window; {@link WindowOpener#NONE} where there is no display
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err, WindowOpener window) {
        Objects.requireNonNull(args, "args");
        Io io = new Io(in, out, err, window);
        if (opensWindow(args) && window.isAvailable()) {
            window.prepare();
        }
        CommandLine commandLine = new CommandLine(new LectorCommand(io));
        addSubcommands(commandLine, args, io);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(oneLineUsageError(err));
        commandLine.setExecutionExceptionHandler(oneLineFailure(err));
        int code;
        try {
            code = commandLine.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands Errors (out of memory, stack overflow) back to the caller: still one line.
            err.println("lector: unexpected error: " + e + " (run again with --debug for details)");
            if (List.of(args).contains("--debug")) {
                e.printStackTrace(err);
            }
            code = CommandLine.ExitCode.SOFTWARE;
        }
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The bash completion script for every command and option, as picocli's {@code AutoComplete}
     * writes it; the Debian package installs it (src/main/packaging/build-deb.sh).
     *
     * @return the script's text
     */
    public static String bashCompletion() {
        Io io = new Io(InputStream.nullInputStream(), new PrintWriter(java.io.Writer.nullWriter()),
                new PrintWriter(java.io.Writer.nullWriter()), WindowOpener.NONE);
        CommandLine commandLine = new CommandLine(new LectorCommand(io));
        SUBCOMMANDS.values().forEach(make -> commandLine.addSubcommand(make.apply(io)));
        return picocli.AutoComplete.bash("lector", commandLine);
    }

    /** The subcommands by name, each made only when asked for. */
    private static final java.util.Map<String, java.util.function.Function<Io, Object>> SUBCOMMANDS;

    static {
        java.util.Map<String, java.util.function.Function<Io, Object>> made = new java.util.LinkedHashMap<>();
        made.put("order", OrderCommand::new);
        made.put("sentences", SentencesCommand::new);
        made.put("summary", SummaryCommand::new);
        made.put("script", ScriptCommand::new);
        made.put("read", ReadCommand::new);
        made.put("export", ExportCommand::new);
        made.put("voices", VoicesCommand::new);
        SUBCOMMANDS = java.util.Collections.unmodifiableMap(made);
    }

    /**
     * Adds the subcommand the arguments name, and no other: picocli builds each command's model by
     * reflection, which was half the CPU time of a short command. Every one is added when the
     * arguments name none and ask for help (the top help lists them), or name none at all and
     * end in something else (a FILE for the window, or a misspelt command that help then lists).
     */
    private static void addSubcommands(CommandLine commandLine, String[] args, Io io) {
        String first = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
        if (first != null && SUBCOMMANDS.containsKey(first)) {
            commandLine.addSubcommand(SUBCOMMANDS.get(first).apply(io));
            return;
        }
        boolean help = java.util.Arrays.stream(args).anyMatch(arg -> arg.equals("-h") || arg.equals("--help"));
        if (help || first != null && !looksLikeInput(first)) {
            SUBCOMMANDS.values().forEach(make -> commandLine.addSubcommand(make.apply(io)));
        }
    }

    /** Whether the arguments open the window: they name no command and ask for no help or version. */
    private static boolean opensWindow(String[] args) {
        String first = java.util.Arrays.stream(args).filter(arg -> !arg.startsWith("-")).findFirst().orElse(null);
        return (first == null || !SUBCOMMANDS.containsKey(first) && looksLikeInput(first))
                && java.util.Arrays.stream(args).noneMatch(arg -> List.of("-h", "--help", "-V", "--version").contains(arg));
    }

    /** A file name or an address, not a word that may be a command misspelt: has a dot, a slash, or is "-". */
    private static boolean looksLikeInput(String arg) {
        if (arg.contains(".") || arg.contains("/") || arg.contains(java.io.File.separator)) {
            return true;
        }
        try {
            return java.nio.file.Files.exists(java.nio.file.Path.of(arg));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    private static IParameterExceptionHandler oneLineUsageError(PrintWriter err) {
        return (ParameterException e, String[] args) -> {
            String command = e.getCommandLine().getCommandSpec().qualifiedName();
            err.println("lector: " + e.getMessage() + " (see '" + command + " --help')");
            return CommandLine.ExitCode.USAGE;
        };
    }

    private static IExecutionExceptionHandler oneLineFailure(PrintWriter err) {
        return (Exception e, CommandLine commandLine, ParseResult parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--debug"));
            if (e instanceof ParameterException usage) {
                return oneLineUsageError(err).handleParseException(usage, new String[0]);
            }
            if (e instanceof LectorException failure) {
                err.println("lector: " + failure.getMessage());
                printTraceIf(debug, e, err);
                return failure.exitCode();
            }
            err.println("lector: unexpected error: " + e + " (run again with --debug for details)");
            printTraceIf(debug, e, err);
            return CommandLine.ExitCode.SOFTWARE;
        };
    }

    private static void printTraceIf(boolean debug, Exception e, PrintWriter err) {
        if (debug) {
            e.printStackTrace(err);
        }
    }

    /** Options every command shares. */
    static class CommonOptions {
        @Option(names = "--debug", description = "Show the stack trace when something fails.")
        boolean debug;
    }

    /** The version printed by {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Lector " + (version == null ? "(development build)" : version)};
        }
    }

    /** The top command: with no subcommand, opens the window. */
    @Command(name = "lector", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "An accessible article reader: clean reading order, summary and speech.%n"
                    + "With no command, opens the window on FILE (default: the bundled sample).",
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:ok", "1:unexpected failure", "2:usage error",
                "3:input unreadable or holds no article text", "4:no audio output device",
                "5:output file cannot be written, or exists (add --force)"})
    static final class LectorCommand extends CommonOptions implements java.util.concurrent.Callable<Integer> {
        private final Io io;

        @CommandLine.Parameters(arity = "0..1", paramLabel = "FILE",
                description = "A .txt, .md, .html, .epub, .docx or .pdf article, - for standard input, or an http(s) address.")
        String file;

        LectorCommand(Io io) {
            this.io = io;
        }

        @Override
        public Integer call() {
            if (file != null && io.window().isAvailable()) {
                // A book (a long PDF or text): its opening is shown at once, and the window reads the rest.
                ArticleLoader.Part opening = new ArticleLoader().loadOpening(file, io.in());
                io.window().open(new ArticlePipeline().process(opening.source()), file, opening.whole());
                return CommandLine.ExitCode.OK;
            }
            if (file == null && io.window().isAvailable() && !io.window().opensSample()) {
                // The window opens the article read last: the sample would be read for nothing.
                io.window().open(null, null, true);
                return CommandLine.ExitCode.OK;
            }
            Article article = file == null
                    ? new ArticlePipeline().process(new ArticleLoader().loadSample())
                    : ArticleCommand.readArticle(file, io);
            if (io.window().isAvailable()) {
                io.window().open(article, file, true);
            } else {
                io.err().println("lector: no display, so no window; printing the reading order instead"
                        + " (see 'lector --help' for the commands)");
                OrderCommand.print(article, io);
            }
            return CommandLine.ExitCode.OK;
        }
    }
}
