package org.lector.text;

import java.util.Objects;

/**
 * A failure the user can act on, carrying its {@link Kind}: what went wrong decides the exit code
 * the command line reports and what the window offers, never the wording of the message.
 *
 * <p>The message is one line meant for the user: what failed, on what, and a hint.
 */
public class LectorException extends RuntimeException {

    /** What kind of failure this is, and the exit code the command line gives it. */
    public enum Kind {
        /** Input that is unreadable, not a file, or holds no article text. */
        INPUT(3),
        /** No audio output device can be opened. */
        NO_AUDIO(4),
        /** The output file or its folder cannot be written. */
        OUTPUT(5),
        /** The output file exists and was not to be replaced. */
        OUTPUT_EXISTS(5),
        /** Anything else: a voice that cannot be loaded, an engine failure. */
        FAILURE(1);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        /** The process exit code for this kind of failure. */
        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    /**
     * Creates the exception.
     *
     * @param kind what kind of failure it is
     * @param message one line for the user
     * @param cause the underlying failure, or null
     */
    public LectorException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /** What kind of failure this is. */
    public Kind kind() {
        return kind;
    }

    /** The process exit code for this failure. */
    public int exitCode() {
        return kind.exitCode();
    }

    /** Input that cannot be read or holds no article text (exit code 3). */
    public static LectorException badInput(String message) {
        return new LectorException(Kind.INPUT, message, null);
    }

    /** Input that cannot be read because of an I/O failure (exit code 3). */
    public static LectorException badInput(String message, Throwable cause) {
        return new LectorException(Kind.INPUT, message, cause);
    }

    /** Output that cannot be written (exit code 5). */
    public static LectorException badOutput(String message, Throwable cause) {
        return new LectorException(Kind.OUTPUT, message, cause);
    }
}
