package org.lector.cli;

import org.lector.WindowOpener;
import org.lector.text.TestPages;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
    }

    static Run run(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, in, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString().replace(System.lineSeparator(), "\n"),
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    static Run run(String... args) {
        return run(InputStream.nullInputStream(), args);
    }

    static String resource(String name) {
        try (InputStream in = CliTest.class.getResourceAsStream("/org/lector/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path sample(Path dir) throws IOException {
        Path file = dir.resolve("niger-airbase.txt");
        Files.writeString(file, resource("niger-airbase.txt"));
        return file;
    }

    @Test
    void buildsOnlyTheCommandAskedForYetHelpListsThemAllAndAMisspeltOneIsAUsageError() {
        assertThat(run("--help").out()).contains("order", "sentences", "summary", "script", "read", "export", "voices");
        Run misspelt = run("ordr", "story");
        assertThat(misspelt.code()).isEqualTo(2);
        assertThat(misspelt.err()).startsWith("lector: Unmatched argument").endsWith("(see 'lector --help')\n");
        assertThat(run("voices").out()).contains("kevin16");
    }

    @Test
    void writesABashCompletionForEveryCommand() {
        String script = Cli.bashCompletion();
        assertThat(script).contains("complete -F _complete_lector", "export", "--out-dir", "--summary", "voices");
    }

    @Test
    void printsTheSampleReadingOrder(@TempDir Path dir) throws IOException {
        Run run = run("order", sample(dir).toString());
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(resource("niger-airbase.order.txt"));
    }

    @Test
    void printsEverySentenceOfTheSample(@TempDir Path dir) throws IOException {
        Run run = run("sentences", sample(dir).toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo(resource("niger-airbase.sentences.txt"));
        assertThat(run.out().lines()).hasSize(25).allMatch(line -> line.matches("\\d+\t\\d+\t\\S.*"));
    }

    @Test
    void readsStandardInputForDash() {
        String text = "Plane lands safely after engine fault\n\nThe plane landed in Zurich. Nobody was hurt.\n";
        Run run = run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "sentences", "-");
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("1\t1\tThe plane landed in Zurich.\n1\t2\tNobody was hurt.\n");
    }

    @Test
    void printsACodeBlockOnOneLineInEveryListing(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.md");
        Files.writeString(file, "# Demo\n\nWrite this file, then run it.\n\n```\nint x = 1;\nint y = 2;\n```\n");

        assertThat(run("order", file.toString()).out())
                .isEqualTo("title\tDemo\nparagraph\tWrite this file, then run it.\ncode\tint x = 1; ⏎ int y = 2;\n");
        assertThat(run("sentences", file.toString()).out())
                .isEqualTo("1\t1\tWrite this file, then run it.\n2\t1\tint x = 1; ⏎ int y = 2;\n");
        assertThat(run("script", file.toString()).out()).contains("Code block, skipped.").doesNotContain("int x");
    }

    @Test
    void readsHtmlFromStandardInputBySniffing() {
        String html = "<!DOCTYPE html><html><head><title>Storm hits coast | Times</title></head><body>"
                + "<article><h1>Storm hits coast</h1><p>The storm reached the coast on Monday night, "
                + "bringing heavy rain and strong winds to several towns.</p></article></body></html>";
        Run run = run(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "order", "-");
        assertThat(run.out()).startsWith("title\tStorm hits coast\nparagraph\tThe storm reached");
    }

    @Test
    void printsHelpWithExitZero() {
        Run run = run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: lector", "order", "sentences", "Exit codes:");
    }

    @Test
    void printsSubcommandHelp() {
        Run run = run("order", "--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Usage: lector order", "KIND<TAB>TEXT");
    }

    @Test
    void printsVersion() {
        Run run = run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("Lector ");
    }

    @Test
    void reportsUnknownOptionAsUsageErrorOnOneLine() {
        Run run = run("order", "--frobnicate", "x.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("lector: Unknown option: '--frobnicate'").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void reportsMissingFileArgumentAsUsageError() {
        Run run = run("sentences");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("Missing required parameter", "lector sentences --help");
    }

    @Test
    void printsReadingOrderWhenNoDisplayForTheWindow() {
        Run run = run();
        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith("lector: no display");
        assertThat(run.out()).isEqualTo(resource("niger-airbase.order.txt"));
    }

    @Test
    void opensTheWindowWhereThereIsADisplay() {
        StringBuilder opened = new StringBuilder();
        WindowOpener window = new WindowOpener() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public void open(org.lector.text.Article article, String file, boolean whole) {
                opened.append(article.title());
            }
        };
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[0], InputStream.nullInputStream(), new PrintWriter(out),
                new PrintWriter(new StringWriter()), window);
        assertThat(code).isZero();
        assertThat(opened.toString()).startsWith("Russian military enters Niger air base");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void readsNoSampleForAWindowThatOpensTheArticleReadLast() {
        List<Object> opened = new java.util.ArrayList<>();
        WindowOpener window = new WindowOpener() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public boolean opensSample() {
                return false;
            }

            @Override
            public void open(org.lector.text.Article article, String file, boolean whole) {
                opened.add(article == null ? "no article" : article.title());
            }
        };
        int code = Cli.run(new String[0], InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()), window);

        assertThat(code).isZero();
        assertThat(opened).containsExactly("no article");
    }

    @Test
    void startsBuildingTheWindowBeforeReadingTheArticleOnlyWhenTheArgumentsOpenIt(@TempDir Path dir) throws IOException {
        String file = sample(dir).toString();
        List<String> events = new java.util.ArrayList<>();
        WindowOpener window = new WindowOpener() {
            @Override
            public boolean isAvailable() {
                return true;
            }

            @Override
            public void prepare() {
                events.add("prepare");
            }

            @Override
            public void open(org.lector.text.Article article, String file, boolean whole) {
                events.add("open");
            }
        };
        for (String[] args : List.of(new String[0], new String[] {file}, new String[] {"--debug", file},
                new String[] {"order", file}, new String[] {"--version"}, new String[] {"--help"}, new String[] {"ordr"})) {
            events.add(String.join(" ", args).replace(file, "FILE") + ":");
            Cli.run(args, InputStream.nullInputStream(), new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter()), window);
        }

        assertThat(events).containsExactly(":", "prepare", "open", "FILE:", "prepare", "open", "--debug FILE:", "prepare",
                "open", "order FILE:", "--version:", "--help:", "ordr:");
    }

    @Test
    void showsStackTraceOnlyWithDebug(@TempDir Path dir) {
        String missing = dir.resolve("gone.txt").toString();
        assertThat(run("order", missing).err()).doesNotContain("\tat ");
        assertThat(run("order", "--debug", missing).err()).contains("\tat ");
    }
    @Test
    void readsThePageAtAWebAddressAndFailsCleanlyWhenItIsGone() throws IOException {
        java.util.List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer server = TestPages.serveCycleLanes(requested, 0);
        String address = TestPages.address(server, "/story");
        try {
            Run run = run("order", address);

            assertThat(run.code()).isZero();
            assertThat(run.out()).startsWith("title\tCouncil approves cycle lanes\n")
                    .contains("paragraph\tThe council voted on Tuesday");
            assertThat(requested).containsExactly("/story");
        } finally {
            server.stop(0);
        }

        Run offline = run("summary", address);
        assertThat(offline.code()).isEqualTo(3);
        assertThat(offline.out()).isEmpty();
        assertThat(offline.err()).startsWith("lector: cannot connect to 127.0.0.1").doesNotContain("Exception")
                .hasLineCount(1);
    }

    @Test
    void saysOnceThatAnArticleIsNotInEnglishBeforeSpeakingIt(@TempDir Path dir) throws IOException {
        Path french = dir.resolve("velo.txt");
        Files.writeString(french, TestPages.FRENCH_ARTICLE);

        Run run = run("script", french.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEqualTo("lector: This article looks French; Lector's voices speak English\n");
        assertThat(run("script", sample(dir).toString()).err()).isEmpty();
    }
}
