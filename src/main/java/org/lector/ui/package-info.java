/**
 * The Swing window. Thin: it shows records from {@code org.lector.text} and holds no text logic.
 * Components are touched only on the event dispatch thread.
 */
package org.lector.ui;
