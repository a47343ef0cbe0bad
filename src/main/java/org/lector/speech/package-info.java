/**
 * What is said and when: the speech normaliser (display text to speakable text, with a map back
 * for highlighting), the user's lexicon, the narrator that speaks utterances on its own thread,
 * and WAV export. Uses {@code text} and {@code audio}; knows no engine: a {@link
 * org.lector.speech.Synthesizer} is handed in ({@code speech.freetts} makes FreeTTS's).
 */
package org.lector.speech;
