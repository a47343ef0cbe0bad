package org.lector.audio;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import org.lector.text.LectorException;
import org.lector.text.Quoted;

/**
 * Writes audio to a WAV file, safely: samples go to a temporary file beside the target, and only
 * {@link #commit} renames it into place, so an interrupted export never leaves a half file under
 * the target's name. Not real time: it writes as fast as the synthesizer produces.
 *
 * <p>The temporary file is locked while it is written and deleted if the process is stopped
 * (TERM, INT); one left by a process killed outright is unlocked, and the next export into the
 * same folder deletes it. Only a regular file, or none, is ever replaced.
 */
public final class WavFileSink implements AudioSink {

    private static final int HEADER = 44;

    /** How Lector's temporary files end, so that stale ones can be told from anyone else's. */
    static final String PART_SUFFIX = ".lector-part";
    /** The longest file name most file systems take, in bytes. */
    private static final int LONGEST_NAME = 255;
    /** Room for createTempFile's random number and the dots around it. */
    private static final int RANDOM_ROOM = 22;

    private final Path target;
    private final Path shown;
    private final Path temporary;
    private final Thread onShutdown;
    private RandomAccessFile file;
    private FileLock lock;
    private AudioFormat format;
    private long dataBytes;
    private volatile boolean cancelled;

    /**
     * Checks the target and creates the temporary file beside it.
     *
     * @param target the WAV file to produce
     * @param overwrite whether an existing target may be replaced
     * @throws LectorException of kind OUTPUT if the folder cannot be written or the target is not a
     *     regular file, OUTPUT_EXISTS if it exists and may not be replaced
     */
    public WavFileSink(Path target, boolean overwrite) {
        this.shown = Objects.requireNonNull(target, "target");
        this.target = target.toAbsolutePath();
        checkTarget(target, overwrite);
        Path folder = this.target.getParent();
        removeStaleParts(folder);
        try {
            this.temporary = Files.createTempFile(folder, temporaryPrefix(this.target.getFileName().toString()),
                    PART_SUFFIX);
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
        this.onShutdown = new Thread(this::abort, "lector-export-cleanup");
        try {
            this.file = new RandomAccessFile(temporary.toFile(), "rw");
            this.lock = file.getChannel().tryLock();
            file.write(new byte[HEADER]);
            Runtime.getRuntime().addShutdownHook(onShutdown);
        } catch (IOException | RuntimeException e) {
            abort();
            throw e instanceof IOException io ? cannotWrite(shown, io) : (RuntimeException) e;
        }
    }

    /**
     * Refuses, before any work, a target that cannot be the output: one that exists and is not a
     * regular file (a device, a folder, a pipe), one that exists when it may not be replaced, one
     * whose folder is missing or read-only.
     *
     * @throws LectorException of kind OUTPUT or OUTPUT_EXISTS, naming the file and the reason
     */
    public static void checkTarget(Path target, boolean overwrite) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS) || Files.exists(absolute)) {
            if (!Files.isRegularFile(absolute)) {
                throw LectorException.badOutput("will not write " + Quoted.of(target.toString()) + ": it exists and is not a regular file",
                        null);
            }
            if (!overwrite) {
                throw new LectorException(LectorException.Kind.OUTPUT_EXISTS,
                        Quoted.of(target.toString()) + " exists; add --force to replace it", null);
            }
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw LectorException.badOutput("cannot write " + Quoted.of(target.toString()) + ": no such folder", null);
        }
        if (!Files.isWritable(folder)) {
            throw LectorException.badOutput("cannot write " + Quoted.of(target.toString()) + ": the folder is read-only or not yours",
                    null);
        }
    }

    /** One line saying why a file could not be written, naming the user's file, not the temporary one. */
    static LectorException cannotWrite(Path target, IOException e) {
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "no such folder";
        } else if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            reason = fileSystem.getReason();
        } else {
            reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return LectorException.badOutput("cannot write " + Quoted.of(target.toString()) + ": " + reason, e);
    }

    /**
     * ".NAME." cut so that the whole temporary name fits in a file name: a legal 254-byte
     * target name must not fail for its temporary's sake.
     */
    static String temporaryPrefix(String name) {
        int room = LONGEST_NAME - RANDOM_ROOM - PART_SUFFIX.length();
        StringBuilder prefix = new StringBuilder(".");
        int bytes = 1;
        for (int i = 0; i < name.length(); ) {
            int codePoint = name.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size + 1 > room) {
                break;
            }
            prefix.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(codePoint);
        }
        return prefix.append('.').toString();
    }

    /**
     * Deletes temporary files of Lector's own naming in a folder that no process holds any more:
     * left by an export killed outright. One being written is locked by its writer.
     */
    static void removeStaleParts(Path folder) {
        if (folder == null) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, "." + "*" + PART_SUFFIX)) {
            for (Path part : parts) {
                removeIfUnlocked(part);
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: an unreadable folder fails later with its own message.
        }
    }

    private static void removeIfUnlocked(Path part) {
        if (!Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (RandomAccessFile open = new RandomAccessFile(part.toFile(), "rw");
             FileLock held = open.getChannel().tryLock()) {
            if (held != null) {
                Files.deleteIfExists(part);
            }
        } catch (OverlappingFileLockException e) {
            // This process is writing it.
        } catch (IOException e) {
            // Not ours to delete, or gone already.
        }
    }

    /** The temporary file, for tests. */
    Path temporaryFile() {
        return temporary;
    }

    @Override
    public void begin() {
        cancelled = false;
    }

    @Override
    public void open(AudioFormat wanted) {
        if (format != null && !wanted.matches(format)) {
            throw new IllegalArgumentException("a WAV file holds one format: " + format + ", not " + wanted);
        }
        format = wanted;
    }

    @Override
    public boolean write(byte[] data, int offset, int length) {
        if (cancelled) {
            return false;
        }
        try {
            if (format != null && !format.isBigEndian() || format == null || format.getSampleSizeInBits() != 16) {
                file.write(data, offset, length);
            } else {
                // WAV is little-endian; FreeTTS gives big-endian 16-bit samples.
                byte[] swapped = new byte[length];
                for (int i = 0; i + 1 < length; i += 2) {
                    swapped[i] = data[offset + i + 1];
                    swapped[i + 1] = data[offset + i];
                }
                file.write(swapped);
            }
            dataBytes += length;
            return true;
        } catch (IOException e) {
            throw cannotWrite(shown, e);
        }
    }

    @Override
    public void pause() {
        // A file does not play: nothing to hold.
    }

    @Override
    public void resume() {
        // A file does not play: nothing to release.
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    @Override
    public void drain() {
        // Everything written is already in the file.
    }

    /**
     * Finishes the header, flushes to disk and renames the file into place.
     *
     * @param overwrite whether an existing target may be replaced
     * @throws LectorException if the target exists and may not be replaced, or the file cannot be written
     */
    public void commit(boolean overwrite) {
        AudioFormat written = format != null ? format : new AudioFormat(16000, 16, 1, true, false);
        try {
            file.seek(0);
            file.write(header(written, dataBytes));
            file.getFD().sync();
            // Kept open, and locked, until renamed: no other export takes it for a stale one.
            // Checked again: the file may have appeared, or become something else, while speech was made.
            checkTarget(shown, overwrite);
            makeReadable(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forgetShutdownHook();
            close();
        } catch (IOException e) {
            abort();
            throw cannotWrite(shown, e);
        } catch (LectorException e) {
            abort();
            throw e;
        }
    }

    /** Temporary files are private to their owner; the finished file is an ordinary one anyone may play. */
    private static void makeReadable(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: its defaults apply.
        }
    }

    /** Deletes the temporary file; the target is left as it was. Safe to call more than once. */
    public void abort() {
        forgetShutdownHook();
        close();
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with a dot and ends in .part.
        }
    }

    private void forgetShutdownHook() {
        if (onShutdown == null || Thread.currentThread() == onShutdown) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onShutdown);
        } catch (IllegalStateException e) {
            // The process is stopping: the hook runs, or has run, and deletes the temporary file.
        }
    }

    @Override
    public void close() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException ignored) {
                // Closing a file we only wrote to; commit reports real write errors.
            }
            file = null;
        }
    }


    static byte[] header(AudioFormat format, long dataBytes) {
        int channels = format.getChannels();
        int sampleRate = (int) format.getSampleRate();
        int bits = format.getSampleSizeInBits();
        int blockAlign = channels * bits / 8;
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes));
        header.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt(16);
        header.putShort((short) 1);
        header.putShort((short) channels);
        header.putInt(sampleRate);
        header.putInt(sampleRate * blockAlign);
        header.putShort((short) blockAlign);
        header.putShort((short) bits);
        header.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        header.putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
        return header.array();
    }
}
