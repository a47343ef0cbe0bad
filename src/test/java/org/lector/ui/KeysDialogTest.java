package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableRowSorter;
import org.junit.jupiter.api.Test;

@org.junit.jupiter.api.extension.ExtendWith(OnEventThread.class)
class KeysDialogTest {

    private final DefaultTableModel model = new DefaultTableModel(new String[] {"Command", "Keys", "What it does"}, 0);
    private final JTable table = new JTable(model);
    private final TableRowSorter<DefaultTableModel> sorter = new TableRowSorter<>(model);

    KeysDialogTest() {
        model.addRow(new String[] {"Play / Pause", "Ctrl+Space", "Start reading, or pause and keep the place"});
        model.addRow(new String[] {"Zoom in", "Ctrl+Equals", "Make the whole window larger"});
        model.addRow(new String[] {"Zoom out", "Ctrl+Minus", "Make the whole window smaller"});
        model.addRow(new String[] {"Keys", "F1", "List every key (a+b)"});
        table.setRowSorter(sorter);
    }

    @Test
    void keepsTheRowsHoldingWhatIsTypedInAnyColumnCaseIgnored() {
        KeysDialog.filter(sorter, table, "ZOOM");
        assertThat(table.getRowCount()).isEqualTo(2);
        KeysDialog.filter(sorter, table, "ctrl+space");
        assertThat(table.getRowCount()).isEqualTo(1);
        assertThat(table.getValueAt(0, 0)).isEqualTo("Play / Pause");
        KeysDialog.filter(sorter, table, "larger");
        assertThat(table.getValueAt(0, 0)).isEqualTo("Zoom in");
    }

    @Test
    void takesWhatIsTypedLiterallyAndShowsAllForNothing() {
        KeysDialog.filter(sorter, table, "(a+b)");
        assertThat(table.getRowCount()).isEqualTo(1);
        KeysDialog.filter(sorter, table, "[");
        assertThat(table.getRowCount()).isZero();
        KeysDialog.filter(sorter, table, " ");
        assertThat(table.getRowCount()).isEqualTo(4);
    }

    @Test
    void wrapsItsCellsToFitANarrowDialogAndShowsEveryLineOfThem() {
        // Three times the standard size, as at 300% zoom.
        java.awt.Font standard = javax.swing.UIManager.getFont("Table.font");
        JTable keys;
        try {
            javax.swing.UIManager.put("Table.font", new javax.swing.plaf.FontUIResource(
                    standard.deriveFont(standard.getSize2D() * 3)));
            keys = KeysDialog.table(model);
        } finally {
            javax.swing.UIManager.put("Table.font", standard);
        }
        javax.swing.JScrollPane scroll = new javax.swing.JScrollPane(keys);
        int natural = keys.getPreferredSize().width;
        scroll.setSize(natural / 2, 2000);
        scroll.doLayout();
        scroll.getViewport().doLayout();
        keys.doLayout();

        assertThat(keys.getWidth()).as("no sideways scrolling").isLessThanOrEqualTo(scroll.getViewport().getWidth());
        int oneLine = keys.getFontMetrics(keys.getFont()).getHeight();
        assertThat(keys.getRowHeight(0)).as("the long description wraps").isGreaterThan(2 * oneLine);
        for (int row = 0; row < keys.getRowCount(); row++) {
            for (int column = 0; column < keys.getColumnCount(); column++) {
                java.awt.Component cell = keys.prepareRenderer(keys.getCellRenderer(row, column), row, column);
                cell.setSize(keys.getColumnModel().getColumn(column).getWidth(), Short.MAX_VALUE);
                assertThat(cell.getPreferredSize().height).as("row %d column %d whole", row, column)
                        .isLessThanOrEqualTo(keys.getRowHeight(row));
                assertThat(cell.getAccessibleContext().getAccessibleName()).isEqualTo(keys.getValueAt(row, column));
                for (String word : String.valueOf(keys.getValueAt(row, column)).split(" ")) {
                    assertThat(keys.getFontMetrics(keys.getFont()).stringWidth(word)).as("%s never broken", word)
                            .isLessThan(keys.getColumnModel().getColumn(column).getWidth());
                }
            }
        }
    }
}
