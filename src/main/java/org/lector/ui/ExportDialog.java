package org.lector.ui;

import java.awt.BorderLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import org.lector.speech.Lexicon;
import org.lector.speech.Utterance;
import org.lector.speech.WavExport;
import org.lector.speech.freetts.FreeTtsSynthesizer;
import org.lector.speech.freetts.SpeechSetup;

/**
 * Exports speech to a WAV file with a progress bar and a Cancel button. The work runs in a
 * {@link SwingWorker} with its own voice; the file appears only when it is complete.
 */
final class ExportDialog {

    private ExportDialog() {
    }

    static void run(Window owner, List<Utterance> utterances, Path target, boolean replace, String voice,
                    Lexicon lexicon, int rate, Consumer<String> done) {
        JDialog dialog = new JDialog(owner, "Exporting audio — Lector", java.awt.Dialog.ModalityType.MODELESS);
        JProgressBar bar = new JProgressBar(0, utterances.size());
        bar.setStringPainted(true);
        bar.getAccessibleContext().setAccessibleName("Export progress");
        JLabel label = new JLabel("Writing " + target.getFileName());
        label.setLabelFor(bar);
        JButton cancel = new JButton("Cancel");
        cancel.getAccessibleContext().setAccessibleDescription("Stop exporting; no file is written");
        AtomicBoolean cancelled = new AtomicBoolean();
        SwingWorker<Boolean, Integer> worker = new SwingWorker<>() {
            @Override
            protected Boolean doInBackground() {
                // A voice of its own, let go when the file is written: the window's keeps speaking.
                try (FreeTtsSynthesizer synthesizer = SpeechSetup.synthesizer(voice, lexicon)) {
                    synthesizer.setRate(rate);
                    return WavExport.write(utterances, synthesizer, target, replace, this::publish, cancelled::get);
                }
            }

            @Override
            protected void process(List<Integer> chunks) {
                bar.setValue(chunks.get(chunks.size() - 1));
            }

            @Override
            protected void done() {
                dialog.dispose();
                try {
                    done.accept(get() ? "Saved " + target : "Export cancelled; no file was written");
                } catch (java.util.concurrent.ExecutionException e) {
                    String message = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
                    done.accept("Export failed: " + message);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        cancel.addActionListener(event -> {
            cancelled.set(true);
            cancel.setEnabled(false);
            label.setText("Cancelling…");
        });
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        content.add(label, BorderLayout.NORTH);
        content.add(bar, BorderLayout.CENTER);
        JPanel buttons = new JPanel();
        buttons.add(cancel);
        content.add(buttons, BorderLayout.SOUTH);
        dialog.setContentPane(content);
        dialog.getRootPane().setDefaultButton(cancel);
        dialog.pack();
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        cancel.requestFocusInWindow();
        worker.execute();
    }
}
