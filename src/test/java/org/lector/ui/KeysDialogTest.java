package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTable;
import javax.swing.table.DefaultTableModel;
import javax.swing.table.TableRowSorter;
import org.junit.jupiter.api.Test;

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
}
