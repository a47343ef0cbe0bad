/**
 * Where sound goes: the sound card (paused and cancelled without losing the device), a WAV file
 * written safely (temporary file, lock, rename), or nowhere. Knows nothing of speech; uses only
 * {@code text}'s failure type. With {@code speech.freetts}, the only package that uses
 * {@code javax.sound}.
 */
package org.lector.audio;
