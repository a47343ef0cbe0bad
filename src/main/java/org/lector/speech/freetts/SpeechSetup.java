package org.lector.speech.freetts;

import java.util.function.Consumer;
import org.lector.speech.Lexicon;

/**
 * Puts the speech pieces together the same way for every front end: the user's lexicon from the
 * voices folder (or the bundled copy), a normaliser that applies it, and an allocated voice that
 * knows its phone entries.
 */
public final class SpeechSetup {

    private SpeechSetup() {
    }

    /**
     * The lexicon in the voices folder, or the copy bundled in the jar when there is no folder.
     *
     * @param problems told of each bad line ("voices/lexicon.txt: line 5: …")
     */
    public static Lexicon lexicon(Consumer<String> problems) {
        return VoiceCatalog.voicesFolder()
                .map(folder -> folder.resolve("lexicon.txt"))
                .filter(java.nio.file.Files::exists)
                .map(file -> Lexicon.load(file, problems))
                .orElseGet(Lexicon::bundled);
    }

    /**
     * Allocates a voice and teaches it the lexicon's phone entries.
     *
     * @param voiceName a voice from {@link VoiceCatalog#list()}
     * @param lexicon the user's pronunciations
     * @throws IllegalArgumentException if the voice does not exist or cannot read articles
     */
    public static FreeTtsSynthesizer synthesizer(String voiceName, Lexicon lexicon) {
        FreeTtsSynthesizer synthesizer = FreeTtsSynthesizer.of(voiceName);
        for (Lexicon.Entry entry : lexicon.entries()) {
            if (entry.hasPhones()) {
                synthesizer.addPronunciation(entry.written(), entry.phones());
            }
        }
        return synthesizer;
    }
}
