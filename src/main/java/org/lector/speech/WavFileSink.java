package org.lector.speech;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import org.lector.text.LectorException;

/**
 * Writes audio to a WAV file, safely: samples go to a temporary file beside the target, and only
 * {@link #commit} renames it into place, so an interrupted export never leaves a half file under
 * the target's name. Not real time: it writes as fast as the synthesizer produces.
 */
public final class WavFileSink implements AudioSink {

    private static final int HEADER = 44;

    private final Path target;
    private final Path temporary;
    private RandomAccessFile file;
    private AudioFormat format;
    private long dataBytes;
    private volatile boolean cancelled;

    /**
     * Creates the temporary file beside {@code target}.
     *
     * @param target the WAV file to produce
     * @throws LectorException (exit code 3) if the folder cannot be written
     */
    public WavFileSink(Path target) {
        this.target = Objects.requireNonNull(target, "target").toAbsolutePath();
        Path folder = this.target.getParent();
        try {
            this.temporary = Files.createTempFile(folder, "." + this.target.getFileName() + ".", ".part");
            this.file = new RandomAccessFile(temporary.toFile(), "rw");
            file.write(new byte[HEADER]);
        } catch (IOException e) {
            throw LectorException.badInput("cannot write '" + target + "': " + e.getMessage(), e);
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
            throw new LectorException(1, "cannot write '" + target + "': " + e.getMessage(), e);
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
            file.close();
            file = null;
            if (!overwrite && Files.exists(target)) {
                throw new LectorException(1, "'" + target + "' exists; add --force to replace it", null);
            }
            makeReadable(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            abort();
            throw new LectorException(1, "cannot write '" + target + "': " + e.getMessage(), e);
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

    /** Deletes the temporary file; the target is left as it was. */
    public void abort() {
        close();
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // Nothing more can be done; the name starts with a dot and ends in .part.
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
