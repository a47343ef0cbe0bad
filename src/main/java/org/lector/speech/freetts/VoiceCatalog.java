package org.lector.speech.freetts;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lector.text.LectorException;
import org.lector.text.Quoted;

/**
 * Finds FreeTTS voices: the ones bundled in Lector's jar (kevin16, kevin, alan).
 *
 * <p>A shaded jar loses the manifests FreeTTS normally reads to find its bundled voices, so the
 * voice directories are named in {@code freetts.voices} before FreeTTS starts. FreeTTS is never
 * given a folder to search for voice jars ({@code freetts.voicespath}): a jar found in the
 * working folder would run its code in Lector. The {@code voices/} folder holds Lector's
 * editable speech data (the lexicon) only. Safe to call from any thread.
 */
public final class VoiceCatalog {

    /** The voice used unless another is asked for: 16 kHz, far clearer than the 8 kHz "kevin". */
    public static final String DEFAULT_VOICE = "kevin16";

    private static final String BUNDLED_DIRECTORIES = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory,"
            + "com.sun.speech.freetts.en.us.cmu_time_awb.AlanVoiceDirectory";
    private static final List<String> BUNDLED = List.of("kevin", "kevin16", "alan");

    private static volatile boolean configured;

    private VoiceCatalog() {
    }

    /**
     * The user-editable voices folder: {@code -Dlector.voices}, else {@code voices/} in the working
     * folder, else beside the jar or its parent (a checkout's {@code target/lector.jar}).
     */
    public static Optional<Path> voicesFolder() {
        String property = System.getProperty("lector.voices");
        if (property != null && !property.isBlank()) {
            return Optional.of(Path.of(property)).filter(Files::isDirectory);
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("voices"));
        try {
            Path code = Path.of(VoiceCatalog.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = Files.isDirectory(code) ? code : code.getParent();
            if (home != null) {
                candidates.add(home.resolve("voices"));
                if (home.getParent() != null) {
                    candidates.add(home.getParent().resolve("voices"));
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source (unusual class loaders): the working folder is the only candidate.
        }
        return candidates.stream().filter(Files::isDirectory).map(Path::toAbsolutePath).findFirst();
    }

    private static synchronized void configure() {
        if (configured) {
            return;
        }
        if (System.getProperty("freetts.voices") == null) {
            System.setProperty("freetts.voices", BUNDLED_DIRECTORIES);
        }
        configured = true;
    }

    /** Every voice found, bundled ones first. */
    public static List<VoiceInfo> list() {
        configure();
        List<VoiceInfo> voices = new ArrayList<>();
        for (Voice voice : VoiceManager.getInstance().getVoices()) {
            // Only the directories named in freetts.voices are searched: every voice is Lector's own,
            // unless the user named another directory on the java command line.
            String origin = BUNDLED.contains(voice.getName()) ? "bundled" : "freetts.voices";
            voices.add(new VoiceInfo(voice.getName(), voice.getDescription(), voice.getDomain(), origin));
        }
        voices.sort((a, b) -> Boolean.compare(!a.origin().equals("bundled"), !b.origin().equals("bundled")));
        return voices;
    }

    /**
     * Loads and allocates a voice that can read articles, tuned as {@link VoiceTuning} says.
     * Allocation takes a few hundred milliseconds: call it off the Swing thread, once.
     *
     * @param name a name from {@link #list()}
     * @throws IllegalArgumentException if no such voice exists or it cannot read articles
     */
    public static Voice allocate(String name) {
        configure();
        Voice voice = VoiceManager.getInstance().getVoice(name);
        if (voice == null) {
            String known = String.join(", ", list().stream().filter(VoiceInfo::canReadArticles).map(VoiceInfo::name)
                    .toList());
            throw new IllegalArgumentException("no voice named " + Quoted.of(name) + " (voices that can read: " + known + ")");
        }
        if (!"general".equals(voice.getDomain())) {
            throw new IllegalArgumentException("the voice " + Quoted.of(name) + " can only tell the time, not read articles");
        }
        try {
            voice.allocate();
            VoiceTuning.apply(voice);
        } catch (RuntimeException e) {
            throw new LectorException(LectorException.Kind.FAILURE, "cannot load the voice " + Quoted.of(name) + ": " + e.getMessage(), e);
        }
        return voice;
    }

}
