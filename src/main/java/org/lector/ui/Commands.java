package org.lector.ui;

/** Everything the window's actions do; the main window carries them out. */
interface Commands {
    void togglePlay();

    void stop();

    void nextSentence();

    void previousSentence();

    void nextParagraph();

    void previousParagraph();

    void firstParagraph();

    void lastParagraph();

    void faster();

    void slower();

    void fullArticle();

    void summary();

    void whereAmI();

    void zoomIn();

    void zoomOut();

    void zoomReset();

    void largerText();

    void smallerText();

    void defaultText();

    void openFile();

    void pasteArticle();

    /** Asks for a web address and reads the article there. */
    void openAddress();

    void exportAudio();

    void quit();

    void cycleFocus();

    void showKeys();

    void theme(String id);

    void toggleWordHighlight();

    void toggleCaretFollowsWord();

    /** Changes how the reading text is set (typeface, spacing, width, dimming); the window says what changed. */
    void comfort(java.util.function.UnaryOperator<org.lector.session.Comfort> change);
}
