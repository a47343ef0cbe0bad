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
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        table.setRowHeight(Math.max(24, metrics.getHeight() + 8));
        table.getAccessibleContext().setAccessibleName("Keys");
        table.getAccessibleContext().setAccessibleDescription("Each command, its keys and what it does");
        // Each column as wide as its longest cell at the current zoom: no cell is cut off.
        int total = 0;
        for (int column = 0; column < model.getColumnCount(); column++) {
            int widest = metrics.stringWidth(model.getColumnName(column));
            for (int row = 0; row < model.getRowCount(); row++) {
                widest = Math.max(widest, metrics.stringWidth(String.valueOf(model.getValueAt(row, column))));
            }
            int width = widest + 24;
            table.getColumnModel().getColumn(column).setPreferredWidth(width);
            total += width;
        }
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
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
        // Every row and column if the screen allows; scroll bars for what it does not. Resizable.
        java.awt.Rectangle screen = owner != null && owner.getGraphicsConfiguration() != null
                ? owner.getGraphicsConfiguration().getBounds() : new java.awt.Rectangle(0, 0, 1280, 900);
        int height = table.getRowHeight() * (model.getRowCount() + 1) + 120;
        dialog.setSize(Math.min(total + 60, screen.width - 40), Math.min(height, screen.height - 60));
        dialog.setResizable(true);
        dialog.setLocationRelativeTo(owner);
        table.changeSelection(0, 0, false, false);
        table.requestFocusInWindow();
        dialog.setVisible(true);
    }
}
