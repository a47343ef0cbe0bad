package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.util.Optional;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.lector.text.WebPageFetcher;

/**
 * Asks for a web address: one labelled field, focused when the dialog opens, holding the address
 * on the clipboard if there is one (people copy it from the browser's address bar first).
 */
final class AddressDialog {

    private AddressDialog() {
    }

    /**
     * Shows the dialog.
     *
     * @param owner the window it belongs to
     * @return the address to open ("https://" put before a bare "example.com/story"), or empty
     *     when the person cancels or enters nothing
     */
    static Optional<String> ask(Component owner) {
        JTextField field = new JTextField(clipboardAddress().orElse(""), 40);
        field.getAccessibleContext().setAccessibleName("Web address");
        field.getAccessibleContext().setAccessibleDescription("An http or https address, such as"
                + " https://example.com/story");
        field.selectAll();
        JLabel label = new JLabel("Web address (http or https):");
        label.setDisplayedMnemonic('W');
        label.setLabelFor(field);
        JPanel panel = new JPanel(new BorderLayout(0, 6));
        panel.add(label, BorderLayout.NORTH);
        panel.add(field, BorderLayout.CENTER);
        // The option pane would focus its OK button when it opens; a person expects to type the
        // address at once, so the field is its initial value.
        JOptionPane pane = new JOptionPane(panel, JOptionPane.PLAIN_MESSAGE, JOptionPane.OK_CANCEL_OPTION) {
            @Override
            public void selectInitialValue() {
                // The pane's own choice makes OK the default button, so Enter in the field opens it.
                super.selectInitialValue();
                field.requestFocusInWindow();
            }
        };
        JDialog dialog = pane.createDialog(owner, "Open web address");
        dialog.getAccessibleContext().setAccessibleDescription("Type or paste the address of the article to read");
        dialog.setVisible(true);
        dialog.dispose();
        if (!Integer.valueOf(JOptionPane.OK_OPTION).equals(pane.getValue())) {
            return Optional.empty();
        }
        return normalise(field.getText());
    }

    /** "example.com/story" → "https://example.com/story"; blank → empty; an address stays as it is. */
    static Optional<String> normalise(String typed) {
        String address = typed == null ? "" : typed.strip();
        if (address.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(WebPageFetcher.isAddress(address) ? address : "https://" + address);
    }

    private static Optional<String> clipboardAddress() {
        try {
            Object text = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
            String line = text instanceof String s ? s.strip() : "";
            return WebPageFetcher.isAddress(line) && !line.contains("\n") && line.length() < 2000
                    ? Optional.of(line) : Optional.empty();
        } catch (Exception noText) {
            // No clipboard, or nothing on it as text: the field starts empty.
            return Optional.empty();
        }
    }
}
