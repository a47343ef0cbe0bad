package org.lector.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.lector.audio.SpeakerSink;
import org.lector.session.Cue;
import org.lector.session.Mode;
import org.lector.session.Position;
import org.lector.session.ReadingSession;
import org.lector.session.SessionListener;
import org.lector.session.Settings;
import org.lector.session.SettingsStore;
import org.lector.speech.Lexicon;
import org.lector.speech.Narrator;
import org.lector.speech.SpeechNormalizer;
import org.lector.speech.Synthesizer;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.SpeechSetup;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.speech.freetts.VoiceInfo;
import org.lector.summary.SummaryLength;
import org.lector.text.Article;
import org.lector.text.ArticleLoader;
import org.lector.text.ArticlePipeline;
import org.lector.text.ArticleSource;
import org.lector.text.LectorException;

/**
 * Runs the reading session behind the window: loads articles and the voice off the event thread,
 * turns session events into what the panels show, and remembers settings and places. Every
 * method is called on the event thread; background results come back through invokeLater.
 */
final class ReaderController {

    /** The key under which the bundled sample's place is remembered. */
    static final String SAMPLE_KEY = "(bundled sample)";

    private final ReaderPanel panel;
    private final SettingsStore store;
    private final Consumer<String> titleSink;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lector-loader");
        thread.setDaemon(true);
        return thread;
    });
    /** Settings and positions are written here, in order, never on the event thread. */
    private final ExecutorService settingsWriter = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "lector-settings");
        thread.setDaemon(true);
        return thread;
    });
    /** How long quitting waits for the last settings to reach the disk. */
    private static final long LAST_SAVE_SECONDS = 5;
    private Settings settings;
    private final Lexicon lexicon;
    private final SpeechNormalizer normalizer;
    private CompletableFuture<FreeTtsSynthesizer> voice;
    private volatile boolean audioAvailable = true;
    private ReadingSession session;
    private String articleKey = SAMPLE_KEY;
    /** Each load gets a number; a slower earlier load that finishes late is dropped. */
    private volatile int loads;
    /** The article being loaded, or null; read and written on the event thread. */
    private Loading loading;
    /** Moves the word highlight with the samples played. */
    private final javax.swing.Timer wordTimer;
    /** The word shown, so the highlight is only repainted when it changes. */
    private int shownWordCue = -1;
    private int shownWordStart = -1;

    ReaderController(ReaderPanel panel, SettingsStore store, Settings settings, Consumer<String> titleSink) {
        this.panel = Objects.requireNonNull(panel, "panel");
        this.store = Objects.requireNonNull(store, "store");
        this.titleSink = Objects.requireNonNull(titleSink, "titleSink");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.lexicon = SpeechSetup.lexicon(store::report);
        this.normalizer = new SpeechNormalizer(lexicon);
        // The voice is loaded once the first article shows: both at once, on two cores, slowed the window.
        this.voice = new CompletableFuture<>();
        voice.thenRun(() -> timing("voice ready to speak"));
        background.submit(this::checkAudio);
        panel.reading.onCueClicked(this::cueClicked);
        panel.summary.onJump(index -> withSession(s -> s.jumpToSummarySentence(index)));
        panel.summary.onLength(this::setSummaryLength);
        // The word highlight follows the samples played, checked about thirty times a second.
        wordTimer = new javax.swing.Timer(30, event -> followWord());
        wordTimer.start();
    }

    private void followWord() {
        ReadingSession current = session;
        if (current == null || !settings.wordHighlight() || current.state() != Narrator.State.PLAYING) {
            if (shownWordCue >= 0 && (current == null || current.state() != Narrator.State.PAUSED)) {
                panel.reading.clearWord();
                shownWordCue = -1;
            }
            return;
        }
        current.currentWord().ifPresent(word -> {
            if (word.cue() == shownWordCue && word.display().start() == shownWordStart) {
                return;
            }
            List<Cue> cues = current.script().cues();
            int full = current.mode() == Mode.FULL ? word.cue() : fullIndexOf(current, cues.get(word.cue()));
            panel.reading.highlightWord(full, word.display().start(), word.display().end());
            if (settings.caretFollowsWord()) {
                panel.reading.moveCaretToWord(full, word.display().start());
            }
            shownWordCue = word.cue();
            shownWordStart = word.display().start();
        });
    }

    Settings settings() {
        return settings;
    }

    void updateSettings(Settings next) {
        settings = next;
        persist(() -> store.save(next));
    }

    /** Queues a write of settings or positions; once the window has closed, writes at once. */
    private void persist(Runnable write) {
        try {
            settingsWriter.execute(write);
        } catch (java.util.concurrent.RejectedExecutionException closed) {
            write.run();
        }
    }

    private boolean voiceStarted;

    /** Starts loading the voice, once: after the first article is shown, or when another voice is chosen. */
    private void startVoice() {
        if (voiceStarted) {
            return;
        }
        voiceStarted = true;
        CompletableFuture<FreeTtsSynthesizer> pending = voice;
        allocate(settings.voice()).whenComplete((ready, failure) -> {
            if (failure != null) {
                pending.completeExceptionally(failure);
            } else {
                pending.complete(ready);
            }
        });
    }

    /** How long after the first article shows the voice starts loading: time for the window to paint it. */
    private static final int VOICE_DELAY_MILLIS = 150;

    private void startVoiceSoon() {
        if (!voiceStarted) {
            javax.swing.Timer later = new javax.swing.Timer(VOICE_DELAY_MILLIS, event -> startVoice());
            later.setRepeats(false);
            later.start();
        }
    }

    private CompletableFuture<FreeTtsSynthesizer> allocate(String name) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SpeechSetup.synthesizer(name, lexicon);
            } catch (IllegalArgumentException e) {
                store.report(e.getMessage() + "; using " + VoiceCatalog.DEFAULT_VOICE);
                return SpeechSetup.synthesizer(VoiceCatalog.DEFAULT_VOICE, lexicon);
            }
        }, background);
    }

    private void checkAudio() {
        try {
            SpeakerSink.checkAvailable();
        } catch (LectorException e) {
            audioAvailable = false;
            SwingUtilities.invokeLater(() -> panel.status.announce(noAudioMessage()));
        }
    }

    private static String noAudioMessage() {
        return "No audio output device: reading aloud is off. Export audio (Ctrl+E) still saves a WAV file.";
    }

    /** The voices that can read, for the voice control. */
    List<String> readableVoices() {
        return VoiceCatalog.list().stream().filter(VoiceInfo::canReadArticles).map(VoiceInfo::name).toList();
    }

    /**
     * Opens the article last read, at its place, or the bundled sample the first time.
     *
     * @param sample the bundled sample if already read, or null
     */
    void openStartArticle(Article sample) {
        if (opensLastArticle(settings)) {
            openFile(settings.lastArticle());
        } else {
            open(() -> sample != null ? sample : new ArticlePipeline().process(new ArticleLoader().loadSample()),
                    SAMPLE_KEY);
        }
    }

    /**
     * Whether the window, started with no file, opens the article last read rather than the
     * sample. Only a regular file is opened again: a pipe or a device saved as the last article
     * must not leave the window waiting at every start.
     */
    static boolean opensLastArticle(Settings settings) {
        String last = settings.lastArticle();
        return !last.isEmpty() && java.nio.file.Files.isRegularFile(java.nio.file.Path.of(last))
                && java.nio.file.Files.isReadable(java.nio.file.Path.of(last));
    }

    /** Opens a file; a book-length PDF shows its first pages while the rest is read. */
    void openFile(String path) {
        open(opening -> new ArticlePipeline().process(
                new ArticleLoader().load(path, java.io.InputStream.nullInputStream(), opening)), placeKey(path), "Loading…",
                java.util.Optional.empty());
    }

    /**
     * Opens an article the command line has already read from {@code file}: all of it, or only a
     * long document's opening, shown at once while the whole is read here.
     */
    void openRead(Article article, String file, boolean whole) {
        if (whole) {
            open(() -> article, placeKey(file));
        } else {
            // The opening is shown already: the whole is read without handing over another.
            open(unused -> new ArticlePipeline().process(
                    new ArticleLoader().load(file, java.io.InputStream.nullInputStream())),
                    placeKey(file), "Loading…", java.util.Optional.of(article));
        }
    }

    /**
     * Fetches and reads the article at a web address; Escape ({@link #cancelLoading}) stops the fetch.
     *
     * @param address an http or https address
     */
    void openAddress(String address) {
        String host = java.net.URI.create(address).getHost();
        open(() -> new ArticlePipeline().process(new ArticleLoader().load(address, java.io.InputStream.nullInputStream())),
                address, "Fetching " + (host != null ? host : address) + "… Escape stops.");
    }

    /**
     * Stops the article being loaded, if one is: its fetch is interrupted and its result ignored.
     *
     * @return whether a load was stopped
     */
    boolean cancelLoading() {
        Loading current = loading;
        if (current == null) {
            return false;
        }
        loading = null;
        loads++;
        Thread worker = current.worker().get();
        if (worker != null) {
            worker.interrupt();
        }
        panel.status.announce("Stopped loading.");
        return true;
    }

    /** The load under way: the thread reading it, once it runs. */
    private record Loading(java.util.concurrent.atomic.AtomicReference<Thread> worker) {
    }

    /** Reads an article already decoded (the clipboard's HTML or text, a drop). */
    void openSource(ArticleSource source) {
        open(() -> new ArticlePipeline().process(source), "");
    }

    /**
     * Where a file's place is remembered: its absolute path, or a web address as it is; standard
     * input ("-") is not remembered.
     */
    private static String placeKey(String file) {
        if (org.lector.text.WebPageFetcher.isAddress(file)) {
            return file;
        }
        return file.equals("-") ? "" : java.nio.file.Path.of(file).toAbsolutePath().toString();
    }

    private void open(Supplier<Article> read, String key) {
        open(read, key, "Loading…");
    }

    private void open(Supplier<Article> read, String key, String progress) {
        open(opening -> read.get(), key, progress, java.util.Optional.empty());
    }

    /**
     * Reads an article off the event thread and shows it. A long document's opening, when the
     * reader hands one over, is shown first, under the same key, so the listener can start while
     * the rest is read; the whole article then takes its place at the listener's sentence.
     */
    private void open(java.util.function.Function<Consumer<ArticleSource>, Article> read, String key, String progress,
                      java.util.Optional<Article> openingRead) {
        int load = ++loads;
        Loading started = new Loading(new java.util.concurrent.atomic.AtomicReference<>());
        loading = started;
        panel.status.announce(progress);
        CompletableFuture<FreeTtsSynthesizer> speech = voice;
        // Read here, on the event thread: the session is made on the loader's.
        SummaryLength length = summaryLength();
        // Where the opening was put when shown: the cursor then, or -1 until it is shown.
        java.util.concurrent.atomic.AtomicInteger openingShown = new java.util.concurrent.atomic.AtomicInteger(-1);
        Consumer<ArticleSource> opening = part -> showOpening(() -> new ArticlePipeline().process(part), load, started,
                key, speech, length, openingShown);
        // An opening the command line read already is shown first: the loader takes its tasks in order.
        openingRead.ifPresent(first -> background.execute(
                () -> showOpening(() -> first, load, started, key, speech, length, openingShown)));
        Supplier<Article> tracked = () -> {
            started.worker().set(Thread.currentThread());
            try {
                if (load != loads) {
                    throw new java.util.concurrent.CancellationException();
                }
                return read.apply(opening);
            } finally {
                started.worker().set(null);
                // The interrupt was for this load only: the thread goes on to serve the next.
                Thread.interrupted();
            }
        };
        CompletableFuture<Article> article = CompletableFuture.supplyAsync(tracked, background);
        // The saved place is read on the settings thread, after any save queued before it.
        CompletableFuture<java.util.Optional<int[]>> place = article.thenCompose(loaded -> key.isEmpty()
                ? CompletableFuture.completedFuture(java.util.Optional.<int[]>empty())
                : CompletableFuture.supplyAsync(() -> store.position(key), settingsWriter));
        // Async, on the loader: an article read already (the command line's) completes at once, and a
        // plain thenApply would then make its session, the whole script and the summary, right here.
        article.thenApplyAsync(loaded -> newSession(loaded, Synthesizer.deferred(speech), length), background)
                .thenCombine(place, (created, saved) -> new Opened(created, saved))
                .whenComplete((opened, failure) -> SwingUtilities.invokeLater(() -> {
                    if (loading == started) {
                        loading = null;
                    }
                    if (load != loads) {
                        if (opened != null) {
                            opened.session().close();
                        }
                        return;
                    }
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        panel.status.announce("Cannot open: " + cause.getMessage());
                        startVoiceSoon();
                        return;
                    }
                    boolean previewed = openingShown.get() >= 0 && key.equals(articleKey) && session != null;
                    boolean wasSpeaking = previewed && session.state() == Narrator.State.PLAYING;
                    // A place saved further on than the opening reaches is taken up now, unless
                    // the listener has moved in the opening meanwhile.
                    boolean moved = previewed && (session.cursor() != openingShown.get() || wasSpeaking);
                    install(opened.session(), key, opened.place(), previewed && !moved);
                    if (previewed) {
                        // After the position the move to the listener's place has queued, not under it.
                        SwingUtilities.invokeLater(() -> panel.status.announce("The whole document is read."));
                    }
                    if (wasSpeaking) {
                        // The opening was being read aloud: the whole goes on from the same sentence.
                        opened.session().play();
                    }
                }));
    }

    /**
     * On the loader's thread: reads a long document's opening and shows it while the rest is read,
     * unless this load was stopped or overtaken meanwhile. An opening that cannot be read is passed
     * over; the whole document then says what is wrong.
     */
    private void showOpening(Supplier<Article> part, int load, Loading started, String key,
                             CompletableFuture<FreeTtsSynthesizer> speech, SummaryLength length,
                             java.util.concurrent.atomic.AtomicInteger shown) {
        if (load != loads) {
            return;
        }
        ReadingSession preview;
        java.util.Optional<int[]> saved;
        try {
            preview = newSession(part.get(), Synthesizer.deferred(speech), length);
            saved = key.isEmpty() ? java.util.Optional.empty()
                    : CompletableFuture.supplyAsync(() -> store.position(key), settingsWriter).join();
        } catch (LectorException | java.util.concurrent.CompletionException unreadable) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            if (load != loads || loading != started) {
                preview.close();
                return;
            }
            install(preview, key, saved);
            shown.set(preview.cursor());
            panel.status.announce("Showing the beginning; reading the rest of the document… Escape stops.");
        });
    }

    /** A session made off the event thread, and the place saved for its article. */
    private record Opened(ReadingSession session, java.util.Optional<int[]> place) {
    }

    /** Where the listener is now in the current article: paragraph and sentence, or empty. */
    private java.util.Optional<int[]> currentPlace() {
        if (session == null) {
            return java.util.Optional.empty();
        }
        List<Cue> cues = session.script().cues();
        Cue cue = cues.get(Math.max(0, Math.min(session.cursor(), cues.size() - 1)));
        return java.util.Optional.of(new int[] {Math.max(0, cue.paragraph()), Math.max(0, cue.sentence())});
    }

    private SummaryLength summaryLength() {
        return settings.summarySentences() > 0
                ? new SummaryLength.Sentences(settings.summarySentences())
                : new SummaryLength.Standard(settings.rate());
    }

    private ReadingSession newSession(Article article, Synthesizer synthesizer, SummaryLength length) {
        return new ReadingSession(article, length, normalizer, synthesizer, new SpeakerSink(), System::nanoTime);
    }

    private void install(ReadingSession next, String key, java.util.Optional<int[]> saved) {
        install(next, key, saved, false);
    }

    /**
     * Shows a session in the window.
     *
     * @param savedFirst whether the saved place wins even over the place in the same article shown now
     */
    private void install(ReadingSession next, String key, java.util.Optional<int[]> saved, boolean savedFirst) {
        // The same article again (a new voice, opened twice): where the listener is beats what was saved.
        boolean again = key.equals(articleKey) && session != null && !savedFirst;
        java.util.Optional<int[]> place = again ? currentPlace() : saved;
        // In the header (the headline, the byline) the listener stays on the same line: it has no sentence number.
        int headerCue = again && !key.isEmpty() && session.mode() == Mode.FULL && session.cursor() < session.script().cues().size()
                && session.script().cues().get(session.cursor()).paragraph() < 0 ? session.cursor() : -1;
        rememberPlace();
        if (session != null) {
            session.close();
        }
        session = next;
        articleKey = key;
        if (!key.isEmpty()) {
            updateSettings(settings.withLastArticle(key.equals(SAMPLE_KEY) ? "" : key));
        }
        next.setRate(settings.rate());
        panel.reading.show(next.article(), next.fullScript());
        panel.summary.show(next.summary(), countBody(next));
        panel.controls.showRate(next.rate());
        titleSink.accept(next.article().title());
        next.addListener(new Events());
        if (headerCue >= 0 && headerCue < next.script().cues().size()
                && next.script().cues().get(headerCue).paragraph() < 0) {
            if (headerCue != next.cursor()) {
                next.moveTo(headerCue);
            }
        } else if (!key.isEmpty()) {
            place.ifPresent(at -> next.moveToSentence(at[0], at[1]));
        }
        if (settings.mode() == Mode.SUMMARY) {
            next.setMode(Mode.SUMMARY);
        }
        showPosition(next.position());
        panel.controls.showState(false, next.mode() == Mode.SUMMARY);
        timing("article shown");
        startVoiceSoon();
        if (Boolean.getBoolean("lector.quitWhenShown")) {
            // A training run for the class-data archive (build-launcher.sh): the window, the article, the voice, done.
            voice.whenComplete((ready, failure) -> SwingUtilities.invokeLater(() -> System.exit(0)));
        }
        // Said once an article opens: the English voices will read a French text as if it were English.
        String language = org.lector.text.LanguageGuess.notice(next.article()).map(notice -> notice + ". ").orElse("");
        if (!audioAvailable) {
            panel.status.announce(language + noAudioMessage());
        } else if (!language.isEmpty()) {
            panel.status.announce(language.strip());
        }
    }

    /** With -Dlector.timing, says how long after the JVM started something happened (start-up measurements). */
    static void timing(String what) {
        if (Boolean.getBoolean("lector.timing")) {
            long started = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("lector: timing: " + what + " after " + (System.currentTimeMillis() - started) + " ms");
        }
    }

    private static int countBody(ReadingSession session) {
        return (int) session.fullScript().cues().stream().filter(Cue::isBody).count();
    }

    /** Remembers where the listener is in the current article. */
    void rememberPlace() {
        if (articleKey.isEmpty()) {
            return;
        }
        String key = articleKey;
        currentPlace().ifPresent(at -> persist(() -> store.savePosition(key, at[0], at[1])));
    }

    ReadingSession session() {
        return session;
    }

    void withSession(Consumer<ReadingSession> command) {
        if (session != null) {
            command.accept(session);
        }
    }

    void play() {
        if (!audioAvailable) {
            panel.status.announce(noAudioMessage());
            return;
        }
        if (!voice.isDone()) {
            // Speech starts once the voice is loaded; until then, say why nothing is heard.
            startVoice();
            panel.status.announce("Preparing the voice…");
        }
        withSession(ReadingSession::togglePlay);
    }

    void changeRate(int delta) {
        setRate(settings.rate() + delta);
    }

    void setRate(int rate) {
        int applied = Narrator.clampRate(rate);
        withSession(s -> s.setRate(applied));
        panel.controls.showRate(applied);
        updateSettings(settings.withRate(applied));
        panel.status.announce("Speed " + applied + " words a minute" + (applied != rate ? " (the "
                + (rate > applied ? "fastest" : "slowest") + ")" : ""));
    }

    void setMode(Mode mode) {
        withSession(s -> s.setMode(mode));
        updateSettings(settings.withMode(mode));
        panel.controls.showState(session != null && session.state() == Narrator.State.PLAYING, mode == Mode.SUMMARY);
        panel.status.announce(mode == Mode.SUMMARY ? "Summary" : "Full article");
    }

    void whereAmI() {
        withSession(s -> panel.status.announce(s.announcePosition()));
    }

    void setVoice(String name) {
        if (name.equals(settings.voice())) {
            return;
        }
        updateSettings(settings.withVoice(name));
        panel.status.announce("Loading the voice " + name + "…");
        CompletableFuture<FreeTtsSynthesizer> previous = voice;
        voiceStarted = true;
        voice = allocate(name);
        if (session == null) {
            // Nothing speaks with the old voice: let it go once the new one is ready.
            voice.whenComplete((ready, failure) -> previous.thenAcceptAsync(FreeTtsSynthesizer::close, background));
        } else {
            Article article = session.article();
            String key = articleKey;
            int load = ++loads;
            SummaryLength length = summaryLength();
            voice.thenApply(synthesizer -> newSession(article, synthesizer, length)).whenComplete((created, failure) ->
                    SwingUtilities.invokeLater(() -> {
                        if (failure == null && load == loads) {
                            install(created, key, java.util.Optional.empty());
                            panel.status.announce("Voice " + name);
                            // The session that spoke with the old voice is closed: let the voice go.
                            previous.thenAcceptAsync(FreeTtsSynthesizer::close, background);
                        }
                    }));
        }
    }

    private void setSummaryLength(int sentences) {
        withSession(s -> s.setSummaryLength(new SummaryLength.Sentences(sentences)));
        updateSettings(settings.withSummarySentences(sentences));
        withSession(s -> panel.summary.show(s.summary(), countBody(s)));
    }

    private void cueClicked(int fullCue) {
        withSession(s -> {
            Cue cue = s.fullScript().cues().get(fullCue);
            s.setMode(Mode.FULL);
            if (cue.isBody()) {
                s.moveToSentence(cue.paragraph(), cue.sentence());
            } else {
                s.moveTo(fullCue);
            }
        });
    }

    private void showPosition(Position position) {
        ReadingSession current = session;
        if (current == null) {
            return;
        }
        List<Cue> cues = current.script().cues();
        if (position.cue() < cues.size()) {
            Cue cue = cues.get(position.cue());
            int fullIndex = position.mode() == Mode.FULL ? position.cue() : fullIndexOf(current, cue);
            panel.reading.highlight(fullIndex);
            panel.summary.select(position.mode() == Mode.SUMMARY ? position.cue() - 1 : -1);
        }
        panel.status.announce(position.describe());
        panel.position.show(position);
    }

    private static int fullIndexOf(ReadingSession session, Cue cue) {
        List<Cue> full = session.fullScript().cues();
        for (int i = 0; i < full.size(); i++) {
            Cue candidate = full.get(i);
            if (candidate.kind() == cue.kind() && candidate.paragraph() == cue.paragraph()
                    && candidate.sentence() == cue.sentence()) {
                return i;
            }
        }
        return 0;
    }

    List<Cue> exportScript() {
        return session == null ? List.of() : session.script().cues();
    }

    Lexicon lexicon() {
        return lexicon;
    }

    void close() {
        wordTimer.stop();
        rememberPlace();
        Settings last = settings;
        persist(() -> store.save(last));
        settingsWriter.shutdown();
        try {
            // Quitting waits for the writes queued so far, and no longer than this.
            if (!settingsWriter.awaitTermination(LAST_SAVE_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
                store.report("settings took over " + LAST_SAVE_SECONDS + " s to save; some may not be remembered");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (session != null) {
            session.close();
        }
        background.shutdownNow();
    }

    /** Session events, handed to the event thread. */
    private final class Events implements SessionListener {
        @Override
        public void positionChanged(Position position) {
            SwingUtilities.invokeLater(() -> showPosition(position));
        }

        @Override
        public void stateChanged(Narrator.State state) {
            SwingUtilities.invokeLater(() -> {
                boolean summary = session != null && session.mode() == Mode.SUMMARY;
                panel.controls.showState(state == Narrator.State.PLAYING, summary);
                if (state == Narrator.State.PAUSED) {
                    panel.status.announce("Paused");
                }
            });
        }

        @Override
        public void error(LectorException failure) {
            SwingUtilities.invokeLater(() -> {
                audioAvailable = failure.kind() != LectorException.Kind.NO_AUDIO;
                panel.status.announce(audioAvailable ? "Speech failed: " + failure.getMessage() : noAudioMessage());
            });
        }
    }
}
