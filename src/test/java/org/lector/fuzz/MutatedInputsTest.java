package org.lector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated sample, pages and captures through order, summary and script in a JVM with a 256 MB
 * heap: none over 20 s, none exits 1, none prints a stack trace or more than one line. The
 * benchmark profile runs the same over 1,000 inputs ({@link MutatedInputsBenchmark}).
 */
class MutatedInputsTest {

    @TempDir
    Path folder;

    static String fuzz(int inputs, long seed, Path folder, long minutes) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                FuzzDriver.class.getName(), String.valueOf(inputs), String.valueOf(seed), folder.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(minutes, TimeUnit.MINUTES)).isTrue();
        String report = new String(output, StandardCharsets.UTF_8);
        System.out.print(report);
        assertThat(process.exitValue()).as(report).isZero();
        return report;
    }

    @Test
    @Timeout(600)
    void mutatedInputsNeverHangCrashOrTrace() throws Exception {
        String report = fuzz(150, 20261201L, folder, 9);
        assertThat(report).contains("fuzz: failures: 0");
    }
}
