package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.DefaultTableModel;

/** F1: every command and its keys, in a table a screen reader can walk. Escape closes it. */
final class KeysDialog {

    private KeysDialog() {
    }

    static void show(Window owner, List<String[]> rows) {
        JDialog dialog = new JDialog(owner, "Keys — Lector", java.awt.Dialog.ModalityType.APPLICATION_MODAL);
        DefaultTableModel model = new DefaultTableModel(new String[] {"Command", "Keys", "What it does"}, 0) {
            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
        rows.forEach(model::addRow);
        JTable table = new JTable(model);
        table.setRowHeight(Math.max(table.getRowHeight(), 24));
        table.getAccessibleContext().setAccessibleName("Keys");
        table.getAccessibleContext().setAccessibleDescription("Each command, its keys and what it does");
        table.getColumnModel().getColumn(0).setPreferredWidth(170);
        table.getColumnModel().getColumn(1).setPreferredWidth(230);
        table.getColumnModel().getColumn(2).setPreferredWidth(380);
        JButton close = new JButton("Close");
        close.getAccessibleContext().setAccessibleDescription("Close the list of keys (Escape)");
        close.addActionListener(event -> dialog.dispose());
        JPanel buttons = new JPanel();
        buttons.add(close);
        dialog.getRootPane().setDefaultButton(close);
        dialog.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "close");
        dialog.getRootPane().getActionMap().put("close", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                dialog.dispose();
            }
        });
        dialog.add(new JScrollPane(table), BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        dialog.setSize(820, 560);
        dialog.setLocationRelativeTo(owner);
        table.changeSelection(0, 0, false, false);
        table.requestFocusInWindow();
        dialog.setVisible(true);
    }
}
