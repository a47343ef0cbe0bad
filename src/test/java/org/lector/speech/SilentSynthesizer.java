package org.lector.speech;

import org.lector.audio.AudioSink;

/** A synthesizer for tests: says each utterance at once, as fast as it is asked, with no sound. */
class SilentSynthesizer implements Synthesizer {

    @Override
    public boolean speak(String text, AudioSink sink, double volume) {
        return true;
    }

    @Override
    public boolean silence(AudioSink sink, int millis) {
        return true;
    }

    @Override
    public void setRate(int wordsPerMinute) {
    }

    @Override
    public void setPitch(int hertz) {
    }

    @Override
    public String voiceName() {
        return "silent";
    }
}
