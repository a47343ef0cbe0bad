package org.lector.ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;

/**
 * The status line ("Paragraph 3 of 19 · sentence 2 of 4 · 1:20 left"). Each change is also fired
 * as an accessible name change, which screen readers announce for status bars.
 */
final class StatusLine extends JLabel {

    /** Said after every message until the first key is used: where to find the keys. */
    static final String HINT = "F1: keys";

    private boolean hint = true;
    private String message = " ";

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            // A status bar, not a plain label: screen readers (Orca through ATK) announce its changes.
            accessibleContext = new AccessibleJLabel() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.STATUS_BAR;
                }
            };
        }
        return accessibleContext;
    }

    StatusLine() {
        super(" ");
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        getAccessibleContext().setAccessibleName("Status");
        getAccessibleContext().setAccessibleDescription("Where you are in the article and what Lector is doing");
    }

    /**
     * Shows and announces a message: setting the accessible name fires the name-change event
     * that screen readers speak for a status bar. Call on the event thread.
     */
    void announce(String message) {
        this.message = message;
        String shown = hint && !message.isBlank() ? message + " · " + HINT : message;
        setText(shown);
        getAccessibleContext().setAccessibleName(shown);
    }

    /** The first key was used: the hint has done its job and goes, quietly. */
    void dropHint() {
        if (hint) {
            hint = false;
            setText(message);
            getAccessibleContext().setAccessibleName(message);
        }
    }
}
