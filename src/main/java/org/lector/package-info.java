/**
 * Lector: an accessible article reader. This package holds only {@link org.lector.Lector#main},
 * which opens the window when no command is given and runs the command line otherwise.
 *
 * <p>Packages depend one way: {@code text} ← {@code summary}, {@code speech} ← {@code session} ←
 * {@code ui}, {@code cli}. Swing and AWT appear only in {@code ui}.
 */
package org.lector;
