package org.lector.speech;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;

/**
 * The FreeTTS engine behind {@link Synthesizer}. FreeTTS stays inside this class and
 * {@link VoiceCatalog}.
 *
 * <p>Not thread-safe: FreeTTS voices are used by one thread at a time.
 */
public final class FreeTtsSynthesizer implements Synthesizer {

    private final Voice voice;
    private final SinkPlayer player = new SinkPlayer();

    /**
     * Wraps an allocated voice.
     *
     * @param voice from {@link VoiceCatalog#allocate}
     */
    public FreeTtsSynthesizer(Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        voice.setAudioPlayer(player);
    }

    /** Allocates the named voice and wraps it. */
    public static FreeTtsSynthesizer of(String voiceName) {
        return new FreeTtsSynthesizer(VoiceCatalog.allocate(voiceName));
    }

    @Override
    public boolean speak(String text, AudioSink sink, double volume) {
        if (text == null || text.isBlank()) {
            // FreeTTS loops forever on null; blank says nothing anyway.
            return true;
        }
        player.target(sink, volume);
        for (String chunk : chunks(text)) {
            voice.speak(chunk);
            if (player.wasCancelled()) {
                return false;
            }
        }
        return true;
    }

    /** FreeTTS analyses a whole utterance before any sound: a run-on sentence is fed in pieces. */
    static final int LONGEST_CHUNK = 400;

    /** Splits text longer than {@link #LONGEST_CHUNK} after a comma or, failing that, a space. */
    static java.util.List<String> chunks(String text) {
        java.util.List<String> chunks = new java.util.ArrayList<>();
        int start = 0;
        while (text.length() - start > LONGEST_CHUNK) {
            int limit = start + LONGEST_CHUNK;
            int cut = text.lastIndexOf(", ", limit);
            if (cut <= start + LONGEST_CHUNK / 4) {
                cut = text.lastIndexOf(' ', limit);
            }
            if (cut <= start) {
                cut = limit;
            }
            chunks.add(text.substring(start, cut + 1).strip());
            start = cut + 1;
        }
        chunks.add(text.substring(start).strip());
        chunks.removeIf(String::isEmpty);
        return chunks;
    }

    @Override
    public boolean silence(AudioSink sink, int millis) {
        AudioFormat format = player.getAudioFormat();
        int bytes = (int) (format.getFrameRate() * format.getFrameSize() * millis / 1000);
        bytes -= bytes % Math.max(1, format.getFrameSize());
        sink.open(format);
        return bytes <= 0 || sink.write(new byte[bytes], 0, bytes);
    }

    @Override
    public void setRate(int wordsPerMinute) {
        voice.setRate(wordsPerMinute);
    }

    @Override
    public void setPitch(int hertz) {
        voice.setPitch(hertz);
    }

    @Override
    public String voiceName() {
        return voice.getName();
    }

    /** Adds CMU phones for a word to the voice's lexicon (from the user's lexicon file). */
    public void addPronunciation(String word, java.util.List<String> phones) {
        voice.getLexicon().addAddendum(word.toLowerCase(java.util.Locale.ROOT), null, phones.toArray(new String[0]));
    }

    /** FreeTTS's audio player interface, forwarding to an {@link AudioSink} with the volume applied. */
    private static final class SinkPlayer implements AudioPlayer {
        private AudioSink sink;
        private double volume = 1;
        private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);
        private boolean cancelled;

        void target(AudioSink target, double level) {
            sink = target;
            volume = Math.max(0, Math.min(1, level));
            cancelled = false;
        }

        boolean wasCancelled() {
            return cancelled;
        }

        @Override
        public void setAudioFormat(AudioFormat audioFormat) {
            format = audioFormat;
        }

        @Override
        public AudioFormat getAudioFormat() {
            return format;
        }

        @Override
        public void begin(int size) {
            sink.open(format);
        }

        @Override
        public boolean write(byte[] audioData) {
            return write(audioData, 0, audioData.length);
        }

        @Override
        public boolean write(byte[] bytes, int offset, int size) {
            if (cancelled) {
                return false;
            }
            byte[] data = bytes;
            int start = offset;
            if (volume < 1 && format.getSampleSizeInBits() == 16) {
                data = scaled(bytes, offset, size);
                start = 0;
            }
            if (!sink.write(data, start, size)) {
                cancelled = true;
                return false;
            }
            return true;
        }

        private byte[] scaled(byte[] bytes, int offset, int size) {
            byte[] out = new byte[size];
            boolean bigEndian = format.isBigEndian();
            for (int i = 0; i + 1 < size; i += 2) {
                int hi = bigEndian ? bytes[offset + i] : bytes[offset + i + 1];
                int lo = bigEndian ? bytes[offset + i + 1] : bytes[offset + i];
                int sample = (int) Math.round(((hi << 8) | (lo & 0xFF)) * volume);
                out[bigEndian ? i : i + 1] = (byte) (sample >> 8);
                out[bigEndian ? i + 1 : i] = (byte) sample;
            }
            return out;
        }

        @Override
        public boolean end() {
            return !cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public boolean drain() {
            return true;
        }

        @Override
        public void pause() {
            // Pausing is the sink's job, so it works the same for every engine.
        }

        @Override
        public void resume() {
            // See pause().
        }

        @Override
        public void reset() {
            cancelled = false;
        }

        @Override
        public void close() {
            // The sink is closed by its owner.
        }

        @Override
        public float getVolume() {
            return (float) volume;
        }

        @Override
        public void setVolume(float level) {
            // FreeTTS pushes the voice's own volume here before each utterance; Lector's volume,
            // applied to the samples, is the one that counts.
        }

        @Override
        public long getTime() {
            return 0;
        }

        @Override
        public void resetTime() {
            // No metrics.
        }

        @Override
        public void startFirstSampleTimer() {
            // No metrics.
        }

        @Override
        public void showMetrics() {
            // No metrics.
        }
    }
}
