/**
 * The FreeTTS engine behind {@link org.lector.speech.Synthesizer}: the bundled voices, their
 * tuning (lexicon additions, British spellings) and the adapter that streams FreeTTS's samples
 * into an {@link org.lector.audio.AudioSink}. The only package that uses {@code com.sun.speech}.
 */
package org.lector.speech.freetts;
