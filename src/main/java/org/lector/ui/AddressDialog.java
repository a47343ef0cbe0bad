package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.util.Optional;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import javax.swing.event.AncestorEvent;
import javax.swing.event.AncestorListener;
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
        // The option pane focuses its first button; a person expects to type the address at once.
        field.addAncestorListener(new AncestorListener() {
            @Override
            public void ancestorAdded(AncestorEvent event) {
                SwingUtilities.invokeLater(field::requestFocusInWindow);
            }

            @Override
            public void ancestorRemoved(AncestorEvent event) {
            }

            @Override
            public void ancestorMoved(AncestorEvent event) {
            }
        });
        int answer = JOptionPane.showConfirmDialog(owner, panel, "Open web address", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.PLAIN_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
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
