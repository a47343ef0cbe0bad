package org.lector.audio;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.lector.text.LectorException;

/**
 * Plays audio on the default output device through Java Sound, streaming. The line buffers about
 * 100 ms, so pausing and skipping are heard at once.
 */
public final class SpeakerSink extends GatedSink {

    /** The message when there is no device, as the command line prints it. */
    public static final String NO_DEVICE = "no audio output device: use lector export to write a WAV file";

    /** Written by the narrator's thread, read by the word timer on the event thread. */
    private volatile SourceDataLine line;
    private volatile AudioFormat format;
    /** The line's frame position when the current utterance began, or -1 before its line opened. */
    private volatile long startFrame = -1;

    /**
     * Checks that a device can play the voices' sound, without keeping it.
     *
     * @throws LectorException (exit code 4) if none can
     */
    public static void checkAvailable() {
        // FreeTTS's voices speak 16 kHz, 16-bit, mono.
        checkAvailable(new AudioFormat(16000, 16, 1, true, true));
    }

    /**
     * Checks that a device can play this format, without keeping it.
     *
     * @throws LectorException (exit code 4) if none can
     */
    public static void checkAvailable(AudioFormat format) {
        SpeakerSink probe = new SpeakerSink();
        probe.open(format);
        probe.close();
    }

    @Override
    public void open(AudioFormat wanted) {
        if (line != null && wanted.matches(format)) {
            return;
        }
        close();
        try {
            SourceDataLine opened = AudioSystem.getSourceDataLine(wanted);
            int bytesPer100Ms = (int) (wanted.getFrameRate() * wanted.getFrameSize() / 10);
            opened.open(wanted, Math.max(bytesPer100Ms, SLICE * 2));
            opened.start();
            line = opened;
            format = wanted;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new LectorException(LectorException.Kind.NO_AUDIO, NO_DEVICE, e);
        }
    }

    @Override
    protected void play(byte[] data, int offset, int length) {
        SourceDataLine current = line;
        if (current != null) {
            if (startFrame < 0) {
                startFrame = current.getLongFramePosition();
            }
            current.write(data, offset, length);
        }
    }

    @Override
    protected void started() {
        startFrame = -1;
    }

    @Override
    public long playedMillis() {
        SourceDataLine current = line;
        long start = startFrame;
        if (current == null || start < 0) {
            return 0;
        }
        return Math.max(0, (current.getLongFramePosition() - start) * 1000 / (long) current.getFormat().getFrameRate());
    }

    @Override
    protected void holdDevice() {
        SourceDataLine current = line;
        if (current != null) {
            current.stop();
        }
    }

    @Override
    protected void releaseDevice() {
        SourceDataLine current = line;
        if (current != null) {
            current.start();
        }
    }

    @Override
    protected void discardDevice() {
        SourceDataLine current = line;
        if (current != null) {
            current.flush();
        }
    }

    @Override
    public void drain() {
        SourceDataLine current = line;
        if (current != null && current.isRunning()) {
            current.drain();
        }
    }

    @Override
    public void close() {
        SourceDataLine current = line;
        line = null;
        format = null;
        if (current != null) {
            current.close();
        }
    }
}
