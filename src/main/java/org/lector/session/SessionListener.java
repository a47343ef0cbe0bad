package org.lector.session;

import org.lector.speech.Narrator;
import org.lector.text.LectorException;

/**
 * What a reading session reports. Called on the narrator's thread or the caller's: a Swing front
 * end passes each call to the event thread. Every method has an empty default.
 */
public interface SessionListener {

    /** The cursor moved, or the mode changed. */
    default void positionChanged(Position position) {
    }

    /** Playing, paused or stopped. */
    default void stateChanged(Narrator.State state) {
    }

    /** Speech failed (no sound device, …); the session has stopped and keeps working otherwise. */
    default void error(LectorException failure) {
    }
}
