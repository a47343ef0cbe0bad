package org.lector.session;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.lector.audio.AudioSink;
import org.lector.speech.Narrator;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Synthesizer;
import org.lector.speech.Utterance;
import org.lector.summary.Summarizer;
import org.lector.summary.Summary;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import org.lector.text.LectorException;

/**
 * The reading state machine both front ends drive: the article and its summary, the mode, the
 * cursor, and the commands play, pause, stop, move by sentence and paragraph, first, last, switch
 * mode, jump from a summary sentence into the article, and where-am-I.
 *
 * <p>Moving while speaking stops the sound at once and speaks the new place; "previous" more than
 * two seconds into a sentence or paragraph restarts it, sooner goes back one. Reaching the end
 * stops. Safe to call from any thread; listeners are told on the narrator's thread or the caller's.
 */
public final class ReadingSession implements AutoCloseable {

    /** "Previous" this long into a unit restarts it instead of going back. */
    static final long RESTART_AFTER_NANOS = 2_000_000_000L;

    private final Article article;
    private final SpeechNormalizer normalizer;
    private final Narrator narrator;
    private final LongSupplier clock;
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();

    private Summary summary;
    private Script fullScript;
    private Script summaryScript;
    private Mode mode = Mode.FULL;
    /** Where the full article's cursor was when the listener switched to the summary. */
    private int savedFullCursor;
    private long cueStartedAt;
    private long elapsedWhenPaused;

    /**
     * Starts a session, stopped at the beginning of the full article.
     *
     * @param article the article
     * @param length the summary length
     * @param normalizer turns display text into speakable text
     * @param synthesizer the speech engine
     * @param sink where the sound goes
     * @param clock nanosecond time, for the "previous" rule ({@code System::nanoTime})
     */
    public ReadingSession(Article article, SummaryLength length, SpeechNormalizer normalizer, Synthesizer synthesizer,
                          AudioSink sink, LongSupplier clock) {
        this.article = Objects.requireNonNull(article, "article");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fullScript = Script.full(article, normalizer);
        this.summary = new Summarizer().summarize(article, length);
        this.summaryScript = Script.summary(article, summary, normalizer);
        this.narrator = new Narrator(synthesizer, sink, new NarratorEvents());
        narrator.setUtterances(fullScript.utterances());
    }

    /** Adds a listener. */
    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The article read. */
    public Article article() {
        return article;
    }

    /** The current summary. */
    public synchronized Summary summary() {
        return summary;
    }

    /** Full article or summary. */
    public synchronized Mode mode() {
        return mode;
    }

    /** The script of the current mode. */
    public synchronized Script script() {
        return mode == Mode.FULL ? fullScript : summaryScript;
    }

    /** The script of the whole article. */
    public synchronized Script fullScript() {
        return fullScript;
    }

    /** The index of the current cue in the current script. */
    public int cursor() {
        return narrator.current();
    }

    /** Playing, paused or stopped. */
    public Narrator.State state() {
        return narrator.state();
    }

    /** Plays from the cursor, or resumes. */
    public void play() {
        narrator.play();
    }

    /** Pauses, keeping the place. */
    public void pause() {
        synchronized (this) {
            elapsedWhenPaused = clock.getAsLong() - cueStartedAt;
        }
        narrator.pause();
    }

    /** Plays when paused or stopped, pauses when playing. */
    public void togglePlay() {
        if (narrator.state() == Narrator.State.PLAYING) {
            pause();
        } else {
            play();
        }
    }

    /** Stops; the cursor stays. */
    public void stop() {
        narrator.stop();
        firePosition();
    }

    /** The next sentence. */
    public void nextSentence() {
        moveTo(cursor() + 1);
    }

    /** The previous sentence, or the start of this one if it has been playing over two seconds. */
    public void previousSentence() {
        int current = cursor();
        moveTo(isWellInto() ? current : current - 1);
    }

    /** The first sentence of the next paragraph. */
    public void nextParagraph() {
        List<Cue> cues = script().cues();
        int current = cursor();
        int unit = unitOf(cues, current);
        int next = current;
        while (next < cues.size() && unitOf(cues, next) == unit) {
            next++;
        }
        moveTo(Math.min(next, cues.size() - 1));
    }

    /** The start of this paragraph if well into it, else the start of the previous one. */
    public void previousParagraph() {
        List<Cue> cues = script().cues();
        int current = cursor();
        int start = unitStart(cues, current);
        if (start < current || isWellInto()) {
            moveTo(start);
        } else {
            moveTo(start == 0 ? 0 : unitStart(cues, start - 1));
        }
    }

    /** The first cue (the headline). */
    public void first() {
        moveTo(0);
    }

    /** The first sentence of the last body paragraph (the source line, if any, follows it). */
    public void last() {
        List<Cue> cues = script().cues();
        int lastBody = cues.size() - 1;
        while (lastBody > 0 && !cues.get(lastBody).isBody()) {
            lastBody--;
        }
        moveTo(unitStart(cues, lastBody));
    }

    /**
     * Moves the cursor; while playing, the new place is spoken at once.
     *
     * @param cue clamped into the script
     */
    public void moveTo(int cue) {
        synchronized (this) {
            cueStartedAt = clock.getAsLong();
            elapsedWhenPaused = 0;
        }
        narrator.skipTo(cue);
        firePosition();
    }

    /**
     * Moves to the start of the {@code number}th paragraph read in this mode (from 1, as
     * {@link Position#paragraph()} counts them), or to the headline for 0.
     */
    public void moveToParagraphNumber(int number) {
        List<Cue> cues = script().cues();
        if (number <= 0) {
            moveTo(0);
            return;
        }
        int count = 0;
        int last = -1;
        int lastStart = -1;
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.isBody() && c.paragraph() != last) {
                count++;
                last = c.paragraph();
                lastStart = i;
                if (count == number) {
                    break;
                }
            }
        }
        if (lastStart >= 0) {
            // Past the last paragraph: the last one.
            moveTo(lastStart);
        }
    }

    /** Moves to a body sentence of the current script, if it is in it. */
    public void moveToSentence(int paragraph, int sentence) {
        List<Cue> cues = script().cues();
        for (int i = 0; i < cues.size(); i++) {
            if (cues.get(i).paragraph() == paragraph && cues.get(i).sentence() == sentence) {
                moveTo(i);
                return;
            }
        }
    }

    /** Switches between the full article and the summary, remembering the article's place. */
    public void setMode(Mode next) {
        Objects.requireNonNull(next, "next");
        List<org.lector.speech.Utterance> utterances;
        int cursor;
        synchronized (this) {
            if (next == mode) {
                return;
            }
            if (mode == Mode.FULL) {
                savedFullCursor = narrator.current();
            }
            mode = next;
            utterances = script().utterances();
            cursor = next == Mode.FULL ? savedFullCursor : 0;
        }
        narrator.setUtterances(utterances);
        narrator.skipTo(cursor);
        firePosition();
    }

    /** Switches mode. */
    public void toggleMode() {
        setMode(mode() == Mode.FULL ? Mode.SUMMARY : Mode.FULL);
    }

    /**
     * Goes from summary sentence {@code index} (from 0) to its place in the full article and reads on.
     */
    public void jumpToSummarySentence(int index) {
        Summary.Chosen chosen = summary().sentences().get(index);
        setMode(Mode.FULL);
        moveToSentence(chosen.ref().paragraph(), chosen.ref().sentence());
        play();
    }

    /** Recomputes the summary at a new length; the summary mode starts again from its top. */
    public void setSummaryLength(SummaryLength length) {
        Summary next = new Summarizer().summarize(article, length);
        boolean reload;
        synchronized (this) {
            summary = next;
            summaryScript = Script.summary(article, next, normalizer);
            reload = mode == Mode.SUMMARY;
        }
        if (reload) {
            narrator.setUtterances(summaryScript.utterances());
        }
        firePosition();
    }

    /** Sets the rate; returns the rate applied (80–300). */
    public int setRate(int wordsPerMinute) {
        int applied = narrator.setRate(wordsPerMinute);
        firePosition();
        return applied;
    }

    /** The speech rate in words per minute. */
    public int rate() {
        return narrator.rate();
    }

    /** Sets the volume, 0–100 percent. */
    public void setVolume(int percent) {
        narrator.setVolume(percent);
    }

    /** Where the listener is. */
    public Position position() {
        Script script;
        Mode current;
        synchronized (this) {
            script = script();
            current = mode;
        }
        List<Cue> cues = script.cues();
        int cue = Math.min(cursor(), Math.max(0, cues.size() - 1));
        int paragraph = 0;
        int paragraphCount = 0;
        int sentence = 0;
        int sentenceCount = 0;
        int lastParagraph = Integer.MIN_VALUE;
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (!c.isBody()) {
                continue;
            }
            if (c.paragraph() != lastParagraph) {
                paragraphCount++;
                lastParagraph = c.paragraph();
            }
            if (i == cue) {
                paragraph = paragraphCount;
            }
        }
        if (cue < cues.size() && cues.get(cue).isBody()) {
            int start = unitStart(cues, cue);
            int end = start;
            while (end < cues.size() && unitOf(cues, end) == unitOf(cues, start)) {
                end++;
            }
            sentence = cue - start + 1;
            sentenceCount = end - start;
        }
        // Words and gaps of the whole script and from here on, in one pass over it.
        long wordsBefore = 0;
        long gapsBefore = 0;
        long words = 0;
        long gaps = 0;
        for (int i = 0; i < cues.size(); i++) {
            if (i == cue) {
                wordsBefore = words;
                gapsBefore = gaps;
            }
            Utterance utterance = cues.get(i).utterance();
            words += wordCount(utterance.display());
            gaps += utterance.speakable().isSilent() ? 0 : 1;
        }
        return new Position(current, cue, cues.size(), paragraph, paragraphCount, sentence, sentenceCount,
                seconds(words - wordsBefore, gaps - gapsBefore), seconds(words, gaps));
    }

    /**
     * Listening time of so many words and utterances at the current rate: the rate is in displayed
     * words a minute, and every utterance is followed by the narrator's gap.
     */
    private int seconds(long words, long gaps) {
        return (int) Math.round(words * 60.0 / Math.max(1, narrator.rate()) + gaps * Narrator.GAP_MILLIS / 1000.0);
    }

    /**
     * The word being heard.
     *
     * @param cue the cue in the current script
     * @param display the word's span in the cue's display text
     */
    public record WordAt(int cue, org.lector.text.Span display) {
    }

    /** The word being heard now, from the synthesizer's word times and the samples played; empty when silent. */
    public java.util.Optional<WordAt> currentWord() {
        List<Cue> cues = script().cues();
        return narrator.wordNow()
                .filter(word -> word[0] < cues.size())
                .flatMap(word -> cues.get(word[0]).utterance().speakable().displayOf(word[1])
                        .map(span -> new WordAt(word[0], span)));
    }

    /** "paragraph 3 of 19, sentence 2 of 4". */
    public String whereAmI() {
        return position().spoken();
    }

    /**
     * Says where the listener is, aloud when not playing (while playing the listener is hearing
     * the article, and the front end shows it instead).
     *
     * @return what was said or is to be shown
     */
    public String announcePosition() {
        String text = "You are at " + whereAmI() + ".";
        narrator.sayAside(new org.lector.speech.Utterance(text, normalizer.normalize(text)));
        return text;
    }

    @Override
    public void close() {
        narrator.close();
    }

    /** Header cues (paragraph -1) form one unit; body cues group by paragraph. */
    private static int unitOf(List<Cue> cues, int index) {
        return cues.get(index).paragraph();
    }

    private static int unitStart(List<Cue> cues, int index) {
        int start = Math.max(0, Math.min(index, cues.size() - 1));
        int unit = unitOf(cues, start);
        while (start > 0 && unitOf(cues, start - 1) == unit) {
            start--;
        }
        return start;
    }

    /** Whether the current cue has been sounding (or sounded before a pause) for over two seconds. */
    private boolean isWellInto() {
        Narrator.State state = narrator.state();
        synchronized (this) {
            long elapsed = switch (state) {
                case PLAYING -> clock.getAsLong() - cueStartedAt;
                case PAUSED -> elapsedWhenPaused;
                case STOPPED -> 0;
            };
            return elapsed > RESTART_AFTER_NANOS;
        }
    }

    private void firePosition() {
        Position position = position();
        for (SessionListener listener : listeners) {
            listener.positionChanged(position);
        }
    }

    private static int wordCount(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    /** Turns the narrator's events into session events. */
    private final class NarratorEvents implements Narrator.Listener {
        @Override
        public void utteranceStarted(int index) {
            synchronized (ReadingSession.this) {
                cueStartedAt = clock.getAsLong();
            }
            firePosition();
        }

        @Override
        public void stateChanged(Narrator.State state) {
            for (SessionListener listener : listeners) {
                listener.stateChanged(state);
            }
        }

        @Override
        public void error(LectorException failure) {
            for (SessionListener listener : listeners) {
                listener.error(failure);
            }
        }
    }
}
