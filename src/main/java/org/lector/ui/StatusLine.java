package org.lector.ui;

import javax.accessibility.AccessibleContext;
import javax.swing.BorderFactory;
import javax.swing.JLabel;

/**
 * The status line ("Paragraph 3 of 19 · sentence 2 of 4 · 1:20 left"). Each change is also fired
 * as an accessible name change, which screen readers announce for status bars.
 */
final class StatusLine extends JLabel {

    StatusLine() {
        super(" ");
        setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        getAccessibleContext().setAccessibleName("Status");
        getAccessibleContext().setAccessibleDescription("Where you are in the article and what Lector is doing");
    }

    /** Shows and announces a message. Call on the event thread. */
    void announce(String message) {
        String old = getText();
        setText(message);
        AccessibleContext context = getAccessibleContext();
        context.setAccessibleName(message);
        context.firePropertyChange(AccessibleContext.ACCESSIBLE_NAME_PROPERTY, old, message);
    }
}
