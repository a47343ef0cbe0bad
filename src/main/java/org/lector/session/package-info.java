/**
 * The reading session: what is read (the full article or its summary), where the listener is,
 * and the commands both front ends drive. Uses {@code text}, {@code summary} and {@code speech};
 * knows nothing of Swing or the command line.
 */
package org.lector.session;
