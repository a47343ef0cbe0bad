package org.lector.ui;

import javax.swing.BorderFactory;
import javax.swing.JLabel;

/**
 * The status line ("Paragraph 3 of 19 · sentence 2 of 4 · 1:20 left"). Each change is also fired
 * as an accessible name change, which screen readers announce for status bars.
 */
final class StatusLine extends JLabel {

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
        setText(message);
        getAccessibleContext().setAccessibleName(message);
    }
}
