/**
 * The command line (picocli): {@code lector order}, {@code lector sentences}, and the window
 * launcher. Thin: it reads records from {@code org.lector.text} and prints them.
 *
 * <p>{@link org.lector.cli.Cli#run} returns the exit code and writes to the streams it is given,
 * so tests call it directly; only {@code Lector.main} calls {@code System.exit}.
 */
package org.lector.cli;
