package org.lector.speech.freetts;

import com.sun.speech.freetts.Item;
import com.sun.speech.freetts.Relation;
import com.sun.speech.freetts.Utterance;
import com.sun.speech.freetts.UtteranceProcessor;
import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.audio.AudioPlayer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sound.sampled.AudioFormat;
import org.lector.audio.AudioSink;
import org.lector.speech.Speakable;
import org.lector.speech.Synthesizer;
import org.lector.speech.WordTime;
import org.lector.text.Span;

/**
 * The FreeTTS engine behind {@link Synthesizer}. FreeTTS stays inside this class and
 * {@link VoiceCatalog}.
 *
 * <p>Not thread-safe: FreeTTS voices are used by one thread at a time. Close it when done: an
 * allocated voice keeps FreeTTS's output thread and some 6 MB of voice data.
 */
public final class FreeTtsSynthesizer implements Synthesizer, AutoCloseable {

    private final Voice voice;
    private final SinkPlayer player = new SinkPlayer();
    private final double naturalWordsPerMinute;
    /** The words FreeTTS found in the chunks of the current utterance so far, with their times. */
    private final List<String> heardNames = new ArrayList<>();
    private final List<int[]> heardTimes = new ArrayList<>();
    private List<Span> tokens = List.of();
    private String tokenText = "";
    private volatile List<WordTime> wordTimes = List.of();
    /** Milliseconds of audio written before the chunk now being analysed. */
    private int chunkOffsetMillis;

    /**
     * Wraps an allocated voice.
     *
     * @param voice from {@link VoiceCatalog#allocate}
     */
    public FreeTtsSynthesizer(Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.naturalWordsPerMinute = VoiceTuning.naturalWordsPerMinute(voice);
        voice.setAudioPlayer(player);
        // Runs after the durations are known and before any audio is written.
        voice.getUtteranceProcessors().add((UtteranceProcessor) this::collectWordTimes);
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
        heardNames.clear();
        heardTimes.clear();
        tokenText = text;
        tokens = Speakable.wordsOf(text);
        wordTimes = List.of();
        for (String chunk : chunks(text)) {
            chunkOffsetMillis = player.writtenMillis();
            voice.speak(chunk);
            RuntimeException failure = player.takeFailure();
            if (failure != null) {
                throw failure;
            }
            if (player.wasCancelled()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<WordTime> wordTimes() {
        return wordTimes;
    }

    /** Deallocates the voice: its thread ends and its data can be collected. Safe to call twice. */
    @Override
    public void close() {
        if (voice.isLoaded()) {
            voice.deallocate();
        }
    }

    /** Whether the voice is still allocated, for tests. */
    boolean isAllocated() {
        return voice.isLoaded();
    }

    /**
     * Reads each word's start and end from the segment timings FreeTTS has just computed (a word's
     * first and last segment through its syllables), and lines them up with the spoken text's words.
     */
    private void collectWordTimes(Utterance utterance) {
        Relation words = utterance.getRelation(Relation.WORD);
        if (words == null) {
            return;
        }
        int lead = 0;
        if (chunkOffsetMillis == 0 && heardTimes.isEmpty()) {
            // FreeTTS opens every utterance with a pause (200 ms for kevin16): skipping it makes
            // speech start the moment a key is pressed. Word times move back by as much.
            Item first = utterance.getRelation(Relation.SEGMENT) == null ? null
                    : utterance.getRelation(Relation.SEGMENT).getHead();
            if (first != null && "pau".equals(first.toString())) {
                lead = Math.min(MAX_LEADING_PAUSE_MILLIS, Math.round(first.getFeatures().getFloat("end") * 1000));
                player.skip(lead);
            }
        }
        for (Item word = words.getHead(); word != null; word = word.getNext()) {
            Item first = word.findItem("R:SylStructure.daughter.daughter.R:Segment");
            Item last = word.findItem("R:SylStructure.daughtern.daughtern.R:Segment");
            if (first == null || last == null) {
                continue;
            }
            Item before = first.getPrevious();
            float start = before == null ? 0 : before.getFeatures().getFloat("end");
            float end = last.getFeatures().getFloat("end");
            heardNames.add(word.toString());
            heardTimes.add(new int[] {Math.max(0, chunkOffsetMillis + Math.round(start * 1000) - lead),
                Math.max(0, chunkOffsetMillis + Math.round(end * 1000) - lead)});

        }
        wordTimes = align();
    }

    /** Pairs FreeTTS's words with the spoken text's words in order, skipping what does not match. */
    private List<WordTime> align() {
        List<WordTime> aligned = new ArrayList<>();
        int token = 0;
        for (int i = 0; i < heardNames.size() && token < tokens.size(); i++) {
            String name = heardNames.get(i).toLowerCase(Locale.ROOT);
            int match = -1;
            for (int look = token; look < Math.min(tokens.size(), token + 4); look++) {
                if (tokens.get(look).of(tokenText).toLowerCase(Locale.ROOT).replace("'", "")
                        .equals(name.replace("'", ""))) {
                    match = look;
                    break;
                }
            }
            int index = match >= 0 ? match : token;
            int[] time = heardTimes.get(i);
            if (!aligned.isEmpty() && aligned.get(aligned.size() - 1).spokenWord() == index) {
                // FreeTTS said one written word as several: the word lasts until the last of them.
                WordTime previous = aligned.remove(aligned.size() - 1);
                aligned.add(new WordTime(index, previous.startMillis(), Math.max(previous.endMillis(), time[1])));
            } else {
                aligned.add(new WordTime(index, time[0], Math.max(time[0], time[1])));
            }
            token = match >= 0 ? match + 1 : token;
        }
        return List.copyOf(aligned);
    }

    /** The most of an utterance's opening pause that is skipped. */
    static final int MAX_LEADING_PAUSE_MILLIS = 300;

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

    /** Sets the rate heard, in display words a minute (FreeTTS's own "150" is some 178 heard). */
    @Override
    public void setRate(int wordsPerMinute) {
        if (wordsPerMinute > 0) {
            voice.setDurationStretch((float) (naturalWordsPerMinute / wordsPerMinute));
        }
    }

    @Override
    public void setPitch(int hertz) {
        voice.setPitch(hertz);
    }

    @Override
    public String voiceName() {
        return voice.getName();
    }

    /**
     * Adds CMU phones for a word to the voice's lexicon (from the user's lexicon file).
     *
     * @return false, and nothing added, if the voice lacks one of the phones
     */
    public boolean addPronunciation(String word, List<String> phones) {
        return addPronunciation(voice, word, phones);
    }

    /**
     * Adds CMU phones for a word to a voice's lexicon, in FreeTTS's form: its dictionary marks
     * only primary stress ("ow1") and takes any other digit as part of the phone's name, and an
     * unknown phone makes FreeTTS drop the whole sentence it occurs in.
     *
     * @return false, and nothing added, if the voice lacks one of the phones
     */
    static boolean addPronunciation(Voice voice, String word, List<String> phones) {
        String[] converted = new String[phones.size()];
        for (int i = 0; i < converted.length; i++) {
            String phone = phones.get(i).toLowerCase(Locale.ROOT).replaceAll("[02]$", "");
            if (voice.getPhoneFeature(phone.replace("1", ""), "vc") == null) {
                return false;
            }
            converted[i] = phone;
        }
        voice.getLexicon().addAddendum(dictionaryForm(word), null, converted);
        return true;
    }

    /** A word as FreeTTS looks it up: lower case, apostrophes dropped ("don't" is looked up as "dont"). */
    static String dictionaryForm(String word) {
        return word.toLowerCase(Locale.ROOT).replace("'", "");
    }

    /** FreeTTS's audio player interface, forwarding to an {@link AudioSink} with the volume applied. */
    private static final class SinkPlayer implements AudioPlayer {
        private AudioSink sink;
        private double volume = 1;
        private AudioFormat format = new AudioFormat(16000, 16, 1, true, true);
        private boolean cancelled;

        private long written;
        /** Bytes of leading pause still to skip at the start of the utterance. */
        private long toSkip;

        void target(AudioSink target, double level) {
            sink = target;
            volume = Math.max(0, Math.min(1, level));
            cancelled = false;
            written = 0;
            toSkip = 0;
        }

        /** Skips the first {@code millis} of audio written from now on (whole frames). */
        void skip(int millis) {
            long bytes = (long) (format.getFrameRate() * millis / 1000) * format.getFrameSize();
            toSkip = Math.max(0, bytes);
        }

        /** Milliseconds of audio written since {@link #target}. */
        int writtenMillis() {
            double bytesPerSecond = format.getFrameRate() * format.getFrameSize();
            return (int) Math.round(written * 1000 / bytesPerSecond);
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

        /** A sink that failed to open or write, kept to be thrown on the caller's thread (FreeTTS may call from its own). */
        private volatile RuntimeException failure;

        @Override
        public void begin(int size) {
            try {
                sink.open(format);
            } catch (RuntimeException e) {
                failure = e;
                cancelled = true;
            }
        }

        /** The failure to open the sink during the last utterance, cleared once taken. */
        RuntimeException takeFailure() {
            RuntimeException taken = failure;
            failure = null;
            return taken;
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
            if (toSkip > 0) {
                int skipped = (int) Math.min(toSkip, size);
                toSkip -= skipped;
                offset += skipped;
                size -= skipped;
                if (size == 0) {
                    return true;
                }
            }
            byte[] data = bytes;
            int start = offset;
            if (volume < 1 && format.getSampleSizeInBits() == 16) {
                data = scaled(bytes, offset, size);
                start = 0;
            }
            try {
                if (!sink.write(data, start, size)) {
                    cancelled = true;
                    return false;
                }
            } catch (RuntimeException e) {
                // FreeTTS may call from its own output thread, where an exception would die unseen
                // and leave speak() waiting forever (a full disk during export): keep it for the caller.
                failure = e;
                cancelled = true;
                return false;
            }
            written += size;
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
