package org.lector.text;

/**
 * A failure the user can act on, carrying the exit code the command line reports for it.
 *
 * <p>The message is one line meant for the user: what failed, on what, and a hint.
 */
public class LectorException extends RuntimeException {

    /** Exit code for input that is unreadable or holds no article text. */
    public static final int INPUT = 3;
    /** Exit code when no audio output device can be opened. */
    public static final int NO_AUDIO = 4;

    private final int exitCode;

    /**
     * Creates the exception.
     *
     * @param exitCode the process exit code for this failure
     * @param message one line for the user
     * @param cause the underlying failure, or null
     */
    public LectorException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return exitCode;
    }

    /** Input that cannot be read or holds no article text (exit code 3). */
    public static LectorException badInput(String message) {
        return new LectorException(INPUT, message, null);
    }

    /** Input that cannot be read because of an I/O failure (exit code 3). */
    public static LectorException badInput(String message, Throwable cause) {
        return new LectorException(INPUT, message, cause);
    }
}
