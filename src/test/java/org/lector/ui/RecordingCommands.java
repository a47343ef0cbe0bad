package org.lector.ui;

import java.util.ArrayList;
import java.util.List;

/** A {@link Commands} that records which command ran. */
final class RecordingCommands implements Commands {

    final List<String> calls = new ArrayList<>();

    @Override
    public void togglePlay() {
        calls.add("togglePlay");
    }

    @Override
    public void stop() {
        calls.add("stop");
    }

    @Override
    public void nextSentence() {
        calls.add("nextSentence");
    }

    @Override
    public void previousSentence() {
        calls.add("previousSentence");
    }

    @Override
    public void nextParagraph() {
        calls.add("nextParagraph");
    }

    @Override
    public void previousParagraph() {
        calls.add("previousParagraph");
    }

    @Override
    public void firstParagraph() {
        calls.add("firstParagraph");
    }

    @Override
    public void lastParagraph() {
        calls.add("lastParagraph");
    }

    @Override
    public void faster() {
        calls.add("faster");
    }

    @Override
    public void slower() {
        calls.add("slower");
    }

    @Override
    public void fullArticle() {
        calls.add("fullArticle");
    }

    @Override
    public void summary() {
        calls.add("summary");
    }

    @Override
    public void whereAmI() {
        calls.add("whereAmI");
    }

    @Override
    public void zoomIn() {
        calls.add("zoomIn");
    }

    @Override
    public void zoomOut() {
        calls.add("zoomOut");
    }

    @Override
    public void zoomReset() {
        calls.add("zoomReset");
    }

    @Override
    public void largerText() {
        calls.add("largerText");
    }

    @Override
    public void smallerText() {
        calls.add("smallerText");
    }

    @Override
    public void defaultText() {
        calls.add("defaultText");
    }

    @Override
    public void openFile() {
        calls.add("openFile");
    }

    @Override
    public void pasteArticle() {
        calls.add("pasteArticle");
    }

    @Override
    public void openAddress() {
        calls.add("openAddress");
    }

    @Override
    public void exportAudio() {
        calls.add("exportAudio");
    }

    @Override
    public void quit() {
        calls.add("quit");
    }

    @Override
    public void cycleFocus() {
        calls.add("cycleFocus");
    }

    @Override
    public void showKeys() {
        calls.add("showKeys");
    }

    @Override
    public void theme(String id) {
        calls.add("theme " + id);
    }

    @Override
    public void toggleWordHighlight() {
        calls.add("toggleWordHighlight");
    }

    @Override
    public void toggleCaretFollowsWord() {
        calls.add("toggleCaretFollowsWord");
    }

    @Override
    public void comfort(java.util.function.UnaryOperator<org.lector.session.Comfort> change) {
        calls.add("comfort " + change.apply(org.lector.session.Comfort.DEFAULTS));
    }
}
