package org.lector;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.lector.cli.Cli;
import org.lector.ui.LectorApp;

/**
 * Lector's entry point: with no command it opens the window (the last article, the bundled
 * sample, or FILE); with a command it runs the command line.
 */
public final class Lector {

    private Lector() {
    }

    /**
     * Runs Lector and exits with the command's code; leaves the JVM running while a window is open.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), false);
        LectorApp window = new LectorApp();
        int code = Cli.run(args, System.in, out, err, window);
        if (code != 0 || !window.hasOpened()) {
            System.exit(code);
        }
    }
}
