package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The window's start in a JVM of its own, as a person starts Lector: what it loads on the way to the article. */
@Tag("gui")
@Timeout(120)
class WindowStartGuiTest {

    @Test
    void showsTheArticleWithoutEverMakingSwingsDefaultLook(@TempDir Path dir) throws IOException, InterruptedException {
        assumeFalse(java.awt.GraphicsEnvironment.isHeadless() || System.getenv("DISPLAY") == null, "no display");
        Path classes = dir.resolve("classes.log");
        Path err = dir.resolve("err.txt");
        Process lector = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + classes, "-Djava.awt.headless=false", "-Dlector.quitWhenShown=true",
                "-Dlector.timing=true", "-Dlector.settings=" + dir.resolve("settings"),
                "-cp", System.getProperty("java.class.path"), "org.lector.Lector"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();

        assertThat(lector.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(err)).contains("article shown after");
        String loaded = Files.readString(classes);
        // Made first, then thrown away when the saved theme's look replaced it: every component twice.
        assertThat(loaded).contains("com.formdev.flatlaf.FlatLightLaf ").doesNotContain("javax.swing.plaf.metal.MetalLookAndFeel ");
    }
}
