package org.lector.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Prints Lector's bash completion script: {@code java -cp lector.jar org.lector.cli.Completion > lector}. */
public final class Completion {

    private Completion() {
    }

    /**
     * Prints the script on standard output.
     *
     * @param args none
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(Cli.bashCompletion());
        out.flush();
    }
}
