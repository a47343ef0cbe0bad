package org.lector.ui;

import javax.swing.JComponent;
import javax.swing.JSpinner;

/** Accessible names where Swing leaves them out. */
final class Accessibility {

    private Accessibility() {
    }

    /**
     * Names a spinner and the text field inside it, which is what actually takes focus: without
     * this a screen reader announces an unnamed "edit".
     */
    static void name(JSpinner spinner, String name, String description) {
        spinner.getAccessibleContext().setAccessibleName(name);
        spinner.getAccessibleContext().setAccessibleDescription(description);
        JComponent editor = spinner.getEditor();
        if (editor instanceof JSpinner.DefaultEditor field) {
            field.getTextField().getAccessibleContext().setAccessibleName(name);
            field.getTextField().getAccessibleContext().setAccessibleDescription(description);
        }
    }
}
