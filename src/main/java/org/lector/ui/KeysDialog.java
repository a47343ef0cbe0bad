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

/**
 * F1: every command and its keys, in a table a screen reader can walk, with a field above it that
 * keeps the rows holding what is typed (typing in the table types there too). Escape closes it.
 */
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
        JTable table = table(model);
        int total = table.getPreferredSize().width;
        javax.swing.table.TableRowSorter<DefaultTableModel> sorter = new javax.swing.table.TableRowSorter<>(model);
        table.setRowSorter(sorter);
        javax.swing.JTextField find = new javax.swing.JTextField(24);
        javax.swing.JLabel findLabel = new javax.swing.JLabel("Find a command or key:");
        findLabel.setLabelFor(find);
        findLabel.setDisplayedMnemonic(KeyEvent.VK_F);
        find.getAccessibleContext().setAccessibleName("Find a command or key");
        find.getAccessibleContext().setAccessibleDescription(
                "Type part of a command, a key or what it does; the table shows the rows that have it. Down goes to the table");
        find.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent event) {
                filter(sorter, table, find.getText());
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent event) {
                filter(sorter, table, find.getText());
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent event) {
                filter(sorter, table, find.getText());
            }
        });
        find.getInputMap().put(KeyStroke.getKeyStroke(KeyEvent.VK_DOWN, 0), "toTable");
        find.getActionMap().put("toTable", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent event) {
                table.requestFocusInWindow();
            }
        });
        // Typing in the table searches: the letters go to the field.
        table.addKeyListener(new java.awt.event.KeyAdapter() {
            @Override
            public void keyTyped(java.awt.event.KeyEvent event) {
                char c = event.getKeyChar();
                if (!Character.isISOControl(c) && (event.getModifiersEx() & (java.awt.event.InputEvent.CTRL_DOWN_MASK
                        | java.awt.event.InputEvent.ALT_DOWN_MASK)) == 0) {
                    find.requestFocusInWindow();
                    find.setText(find.getText() + c);
                    event.consume();
                }
            }
        });
        // WrapLayout: at a large zoom the field goes under its label, and a FlowLayout would cut it off.
        JPanel search = new JPanel(new WrapLayout(java.awt.FlowLayout.LEADING, 5, 5));
        search.add(findLabel);
        search.add(find);
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
        dialog.add(search, BorderLayout.NORTH);
        dialog.add(new JScrollPane(table), BorderLayout.CENTER);
        dialog.add(buttons, BorderLayout.SOUTH);
        // Every row and column if the screen allows; scroll bars for what it does not. Resizable.
        java.awt.Rectangle screen = owner != null && owner.getGraphicsConfiguration() != null
                ? owner.getGraphicsConfiguration().getBounds() : new java.awt.Rectangle(0, 0, 1280, 900);
        int height = table.getRowHeight() * (model.getRowCount() + 1) + 120 + search.getPreferredSize().height;
        dialog.setSize(Math.min(total + 60, screen.width - 40), Math.min(height, screen.height - 60));
        dialog.setResizable(true);
        dialog.setLocationRelativeTo(owner);
        table.changeSelection(0, 0, false, false);
        table.requestFocusInWindow();
        dialog.setVisible(true);
    }

    /**
     * The table of keys: each column as wide as its longest cell at the current zoom when the
     * dialog has room; when it has not (a large zoom), the columns share the width and their cells
     * wrap onto more lines, each row as tall as its tallest cell, so nothing is cut off and no
     * sideways scrolling is needed.
     */
    static JTable table(DefaultTableModel model) {
        JTable table = new JTable(model) {
            @Override
            public void doLayout() {
                super.doLayout();
                fitRowHeights(this);
            }
        };
        java.awt.FontMetrics metrics = table.getFontMetrics(table.getFont());
        table.setRowHeight(leastRowHeight(table));
        table.getAccessibleContext().setAccessibleName("Keys");
        table.getAccessibleContext().setAccessibleDescription("Each command, its keys and what it does");
        for (int column = 0; column < model.getColumnCount(); column++) {
            int widest = metrics.stringWidth(model.getColumnName(column));
            int widestWord = longestWord(metrics, model.getColumnName(column));
            for (int row = 0; row < model.getRowCount(); row++) {
                String cell = String.valueOf(model.getValueAt(row, column));
                widest = Math.max(widest, metrics.stringWidth(cell));
                widestWord = Math.max(widestWord, longestWord(metrics, cell));
            }
            // Narrowed, a column still holds its longest word: lines break between words only.
            table.getColumnModel().getColumn(column).setMinWidth(widestWord + CELL_PADDING);
            table.getColumnModel().getColumn(column).setPreferredWidth(widest + CELL_PADDING);
        }
        table.setDefaultRenderer(Object.class, new WrappingCell());
        table.setAutoResizeMode(JTable.AUTO_RESIZE_ALL_COLUMNS);
        return table;
    }

    /** A cell's borders, left and right, with room to spare. */
    private static final int CELL_PADDING = 24;

    private static int longestWord(java.awt.FontMetrics metrics, String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, metrics.stringWidth(word));
        }
        return longest;
    }

    /** A row of one line at the table's font, with room above and below. */
    private static int leastRowHeight(JTable table) {
        return Math.max(24, table.getFontMetrics(table.getFont()).getHeight() + 8);
    }

    /** Each row as tall as its tallest cell wrapped to its column's width. */
    private static void fitRowHeights(JTable table) {
        int least = leastRowHeight(table);
        for (int row = 0; row < table.getRowCount(); row++) {
            int height = least;
            for (int column = 0; column < table.getColumnCount(); column++) {
                java.awt.Component cell = table.prepareRenderer(table.getCellRenderer(row, column), row, column);
                cell.setSize(table.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
                height = Math.max(height, cell.getPreferredSize().height);
            }
            if (table.getRowHeight(row) != height) {
                table.setRowHeight(row, height);
            }
        }
    }

    /** A cell whose text wraps at word boundaries; its accessible name is its text, as a label's is. */
    private static final class WrappingCell extends javax.swing.JTextArea implements javax.swing.table.TableCellRenderer {
        WrappingCell() {
            setLineWrap(true);
            setWrapStyleWord(true);
            setOpaque(true);
        }

        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected,
                                                                boolean focused, int row, int column) {
            String text = value == null ? "" : value.toString();
            setText(text);
            setFont(table.getFont());
            setForeground(selected ? table.getSelectionForeground() : table.getForeground());
            setBackground(selected ? table.getSelectionBackground() : table.getBackground());
            setBorder(javax.swing.BorderFactory.createEmptyBorder(4, 6, 4, 6));
            getAccessibleContext().setAccessibleName(text);
            return this;
        }
    }

    /** Shows the rows that hold the text anywhere, case ignored; all of them for an empty text. */
    static void filter(javax.swing.table.TableRowSorter<DefaultTableModel> sorter, JTable table, String text) {
        sorter.setRowFilter(text.isBlank() ? null
                : javax.swing.RowFilter.regexFilter("(?iu)" + java.util.regex.Pattern.quote(text.strip())));
        if (table.getRowCount() > 0) {
            table.changeSelection(0, 0, false, false);
        }
    }
}
