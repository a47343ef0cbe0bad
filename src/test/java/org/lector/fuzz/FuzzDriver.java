package org.lector.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.lector.cli.Cli;

/**
 * Mutates real inputs (the bundled sample, the dev set's saved pages and text captures) and runs
 * each through {@code order}, {@code summary} and {@code script}, as the command line does, in a
 * JVM its caller starts with a small heap. Prints a table of exit codes and every failure: a run
 * over the time limit, exit code 1, a stack trace or a message of more than one line.
 *
 * <p>Usage: {@code FuzzDriver INPUTS SEED FOLDER} — FOLDER receives the inputs that failed.
 * Exits 0 when nothing failed, 1 otherwise.
 */
public final class FuzzDriver {

    static final long LIMIT_SECONDS = 20;
    private static final List<String> COMMANDS = List.of("order", "summary", "script");
    private static final List<String> HOSTILE = List.of("<div>".repeat(3000), "&#xFFFFFF;", "&amp;amp;", "\u0000",
            "\u202E", "<!--", "<script>", "]]>", "\uD800", "<p>" + "x".repeat(20_000), "-".repeat(2000),
            "x@" + "a.".repeat(3000), "```\n", "| a | b |\n|---|---|\n", "\r", "By ", "Jan. 13, 2017", "\t".repeat(500));

    private FuzzDriver() {
    }

    public static void main(String[] args) throws Exception {
        int inputs = Integer.parseInt(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Path failures = Files.createDirectories(Path.of(args[2]));
        List<Seed> seeds = seeds();
        Map<String, Integer> codes = new TreeMap<>();
        List<String> failed = new ArrayList<>();
        long slowest = 0;
        long start = System.nanoTime();
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fuzz-run");
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < inputs; i++) {
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            byte[] mutated = mutate(seed.bytes(), random);
            Path file = failures.resolve("input-" + i + seed.suffix());
            Files.write(file, mutated);
            boolean keep = false;
            for (String command : COMMANDS) {
                long begun = System.nanoTime();
                Future<String[]> run = worker.submit(() -> run(command, file));
                String[] result;
                try {
                    result = run.get(LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failed.add(file.getFileName() + " " + command + ": over " + LIMIT_SECONDS + " s");
                    System.out.println("fuzz: stopping, a run is still going: " + failed.get(failed.size() - 1));
                    System.out.flush();
                    report(inputs, codes, failed, slowest, start);
                    System.exit(1);
                    return;
                }
                slowest = Math.max(slowest, (System.nanoTime() - begun) / 1_000_000);
                codes.merge(command + " exit " + result[0], 1, Integer::sum);
                String problem = problem(result);
                if (problem != null) {
                    failed.add(file.getFileName() + " " + command + ": " + problem);
                    keep = true;
                }
            }
            if (!keep) {
                Files.delete(file);
            }
        }
        worker.shutdownNow();
        report(inputs, codes, failed, slowest, start);
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    private static void report(int inputs, Map<String, Integer> codes, List<String> failed, long slowest, long start) {
        System.out.printf("fuzz: %d mutated inputs x %d commands in %.0f s, slowest run %d ms, max heap %d MB%n",
                inputs, COMMANDS.size(), (System.nanoTime() - start) / 1e9, slowest,
                Runtime.getRuntime().maxMemory() >> 20);
        codes.forEach((key, count) -> System.out.println("fuzz:   " + key + ": " + count));
        System.out.println("fuzz: failures: " + failed.size());
        failed.stream().limit(20).forEach(line -> System.out.println("fuzz:   " + line));
    }

    /** Why a run failed, or null: exit 1, a stack trace, a message of more than one line. */
    static String problem(String[] result) {
        String err = result[2];
        if (result[0].equals("1")) {
            return "exit 1: " + err.lines().findFirst().orElse("");
        }
        if (err.contains("\tat ") || err.contains("Exception") || err.contains("Error:")) {
            return "stack trace: " + err.lines().findFirst().orElse("");
        }
        if (!result[0].equals("0") && err.lines().count() != 1) {
            return "message of " + err.lines().count() + " lines";
        }
        return null;
    }

    private static String[] run(String command, Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        try {
            code = Cli.run(new String[] {command, file.toString()}, InputStream.nullInputStream(),
                    new PrintWriter(out), new PrintWriter(err));
        } catch (Throwable escaped) {
            // Cli.run itself must catch everything; anything here is a failure with a trace.
            StringWriter trace = new StringWriter();
            escaped.printStackTrace(new PrintWriter(trace));
            return new String[] {"1", "", trace.toString()};
        }
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    /** One kind of mutation, chosen at random, applied one to four times. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        int rounds = 1 + random.nextInt(4);
        for (int round = 0; round < rounds && bytes.length > 0; round++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(6)) {
                case 0 -> { // flip bytes
                    bytes = bytes.clone();
                    for (int k = 0; k < 1 + random.nextInt(64); k++) {
                        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, at); // cut short
                case 2 -> bytes = splice(bytes, at, at + Math.min(bytes.length - at, random.nextInt(5000)), new byte[0]);
                case 3 -> { // a stretch repeated
                    int end = Math.min(bytes.length, at + 1 + random.nextInt(2000));
                    byte[] stretch = java.util.Arrays.copyOfRange(bytes, at, end);
                    byte[] repeated = new byte[stretch.length * (2 + random.nextInt(20))];
                    for (int k = 0; k < repeated.length; k += stretch.length) {
                        System.arraycopy(stretch, 0, repeated, k, stretch.length);
                    }
                    bytes = splice(bytes, at, at, repeated);
                }
                case 4 -> bytes = splice(bytes, at, at,
                        HOSTILE.get(random.nextInt(HOSTILE.size())).getBytes(StandardCharsets.UTF_8));
                default -> { // lines shuffled in one region
                    List<String> lines = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
                    int from = random.nextInt(Math.max(1, lines.size()));
                    int to = Math.min(lines.size(), from + random.nextInt(50));
                    java.util.Collections.shuffle(lines.subList(from, to), random);
                    bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    record Seed(byte[] bytes, String suffix) {
    }

    /** The sample, and every saved page and capture of the dev set (from the test resources). */
    static List<Seed> seeds() throws IOException {
        List<Seed> seeds = new ArrayList<>();
        try (InputStream sample = FuzzDriver.class.getResourceAsStream("/org/lector/niger-airbase.txt")) {
            seeds.add(new Seed(sample.readAllBytes(), ".txt"));
        }
        try (InputStream in = FuzzDriver.class.getResourceAsStream("/readability-pages.zip");
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith("/source.html")) {
                    seeds.add(new Seed(zip.readAllBytes(), ".html"));
                } else if (entry.getName().endsWith("/capture.txt")) {
                    seeds.add(new Seed(zip.readAllBytes(), ".txt"));
                }
            }
        }
        return seeds;
    }
}
