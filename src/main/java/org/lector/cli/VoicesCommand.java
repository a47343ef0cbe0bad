package org.lector.cli;

import java.util.concurrent.Callable;
import org.lector.speech.freetts.VoiceCatalog;
import org.lector.speech.freetts.VoiceInfo;
import picocli.CommandLine.Command;

/** {@code lector voices}: the voices found, bundled and in the voices folder. */
@Command(name = "voices", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "List the voices found: NAME<TAB>WHERE<TAB>DESCRIPTION. Voices marked time-only cannot"
                + " read articles.")
final class VoicesCommand extends Cli.CommonOptions implements Callable<Integer> {

    private final Cli.Io io;

    VoicesCommand(Cli.Io io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        for (VoiceInfo voice : VoiceCatalog.list()) {
            String note = voice.name().equals(VoiceCatalog.DEFAULT_VOICE) ? " (default)"
                    : voice.canReadArticles() ? "" : " (time-only: cannot read articles)";
            io.out().println(voice.name() + "\t" + voice.origin() + "\t" + voice.description() + note);
        }
        return 0;
    }
}
