package org.lector.ui;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javax.swing.AbstractButton;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import org.lector.speech.Narrator;

/**
 * The row of controls: play/pause, stop, moves, mode, speed and voice. Each button carries the
 * same Action as its menu item and keys, so its name, description and key are one.
 */
final class ControlsPanel extends JPanel {

    private final List<AbstractButton> buttons = new ArrayList<>();
    private final JToggleButton fullButton;
    private final JToggleButton summaryButton;
    private final JButton playButton;
    private final SpinnerNumberModel speedModel = new SpinnerNumberModel(Narrator.DEFAULT_RATE, Narrator.MIN_RATE,
            Narrator.MAX_RATE, 5);
    private final JSpinner speed = new JSpinner(speedModel);
    private final JComboBox<String> voice = new JComboBox<>();
    private boolean updating;

    private final JPanel buttonRow = new JPanel(new WrapLayout(FlowLayout.LEADING, 6, 4));
    private final JPanel settingsRow = new JPanel(new WrapLayout(FlowLayout.LEADING, 6, 4));

    ControlsPanel(ReaderActions actions, IntConsumer onSpeed, Consumer<String> onVoice) {
        super();
        setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        add(buttonRow);
        add(settingsRow);
        getAccessibleContext().setAccessibleName("Reading controls");
        playButton = button(actions.get("playPause"));
        button(actions.get("stop"));
        button(actions.get("previousParagraph"));
        button(actions.get("previousSentence"));
        button(actions.get("nextSentence"));
        button(actions.get("nextParagraph"));
        fullButton = toggle(actions.get("fullArticle"));
        summaryButton = toggle(actions.get("summary"));
        // No ButtonGroup: Swing lets Tab reach only the selected button of a group, and every
        // control must be a Tab stop. showState keeps exactly one of the two selected.
        fullButton.setSelected(true);

        JLabel speedLabel = new JLabel("Speed (words a minute):");
        speedLabel.setLabelFor(speed);
        speedLabel.setDisplayedMnemonic(KeyEvent.VK_D);
        Accessibility.name(speed, "Speed in words per minute", "From " + Narrator.MIN_RATE + " to "
                + Narrator.MAX_RATE + "; Alt+Right and Alt+Left change it anywhere");
        speed.addChangeListener(event -> {
            if (!updating) {
                onSpeed.accept((Integer) speed.getValue());
            }
        });
        settingsRow.add(together(speedLabel, speed));

        JLabel voiceLabel = new JLabel("Voice:");
        voiceLabel.setLabelFor(voice);
        voiceLabel.setDisplayedMnemonic(KeyEvent.VK_I);
        voice.getAccessibleContext().setAccessibleName("Voice");
        voice.getAccessibleContext().setAccessibleDescription("The voice that reads");
        voice.addActionListener(event -> {
            if (!updating && voice.getSelectedItem() != null) {
                onVoice.accept((String) voice.getSelectedItem());
            }
        });
        settingsRow.add(together(voiceLabel, voice));
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent event) {
                fitRows();
            }
        });
    }

    /** A label and its control, kept on one line when the row wraps. */
    private static JPanel together(JLabel label, javax.swing.JComponent control) {
        JPanel pair = new JPanel(new java.awt.BorderLayout(6, 0));
        pair.add(label, java.awt.BorderLayout.WEST);
        pair.add(control, java.awt.BorderLayout.CENTER);
        return pair;
    }

    /**
     * Whether the buttons with a symbol show it alone, their names in their tooltips and for
     * screen readers: when with their names they would take more than {@link #FULL_ROWS} rows
     * (a large zoom in a small window), leaving the article a strip at the bottom.
     */
    private boolean symbolsOnly;
    private static final int FULL_ROWS = 2;
    /** Each button's width with its name shown, measured when it was last fitted so. */
    private final java.util.Map<AbstractButton, Integer> namedWidths = new java.util.HashMap<>();

    void fitRows() {
        int width = buttonRow.getWidth() > 0 ? buttonRow.getWidth() : getWidth();
        if (width <= 0) {
            return;
        }
        boolean cramped = rowsFor(width) > FULL_ROWS;
        if (cramped != symbolsOnly) {
            symbolsOnly = cramped;
            for (AbstractButton button : buttons) {
                if (button.getIcon() instanceof ControlIcon) {
                    button.setText(symbolsOnly ? "" : nameOf(button));
                    fitToText(button);
                }
            }
            buttonRow.revalidate();
            buttonRow.repaint();
        }
    }

    /** How many rows the buttons take at {@code width} pixels with their names shown. */
    private int rowsFor(int width) {
        FlowLayout layout = (FlowLayout) buttonRow.getLayout();
        java.awt.Insets insets = buttonRow.getInsets();
        int room = width - insets.left - insets.right - 2 * layout.getHgap();
        int rows = 1;
        int x = 0;
        for (AbstractButton button : buttons) {
            int needed = namedWidths.getOrDefault(button, button.getPreferredSize().width);
            if (x > 0 && x + needed > room) {
                rows++;
                x = 0;
            }
            x += needed + layout.getHgap();
        }
        return rows;
    }

    /** The name a button shows and is known by: its action's, or Pause while speaking. */
    private String nameOf(AbstractButton button) {
        return button == playButton ? playButton.getAccessibleContext().getAccessibleName()
                : (String) button.getAction().getValue(Action.NAME);
    }

    /** The symbol each button shows beside its text. */
    private static final java.util.Map<String, ControlIcon.Shape> SHAPES = java.util.Map.of(
            "playPause", ControlIcon.Shape.PLAY, "stop", ControlIcon.Shape.STOP,
            "previousParagraph", ControlIcon.Shape.PREVIOUS_PARAGRAPH,
            "previousSentence", ControlIcon.Shape.PREVIOUS_SENTENCE, "nextSentence", ControlIcon.Shape.NEXT_SENTENCE,
            "nextParagraph", ControlIcon.Shape.NEXT_PARAGRAPH);

    private JButton button(Action action) {
        JButton button = new JButton(action);
        ControlIcon.Shape shape = SHAPES.get((String) action.getValue(Action.ACTION_COMMAND_KEY));
        if (shape != null) {
            button.setIcon(icon(shape, button));
            button.setIconTextGap(8);
        }
        decorate(button, action);
        return button;
    }

    /** A symbol as tall as the capitals of the button's text. */
    private static ControlIcon icon(ControlIcon.Shape shape, AbstractButton button) {
        java.awt.Font font = javax.swing.UIManager.getFont("Button.font");
        java.awt.Font used = font != null ? font : button.getFont();
        int capitals = (int) Math.round(used.getSize2D() * 0.75);
        return new ControlIcon(shape, capitals);
    }

    private JToggleButton toggle(Action action) {
        JToggleButton button = new JToggleButton(action);
        decorate(button, action);
        return button;
    }

    private void decorate(AbstractButton button, Action action) {
        button.setMnemonic(0);
        String description = (String) action.getValue(Action.SHORT_DESCRIPTION);
        javax.swing.KeyStroke key = (javax.swing.KeyStroke) action.getValue(Action.ACCELERATOR_KEY);
        String withKey = key == null ? description : description + " (" + ReaderActions.describe(key) + ")";
        button.setToolTipText(withKey);
        // Named here, not by its text: with only its symbol shown the button has none.
        button.getAccessibleContext().setAccessibleName((String) action.getValue(Action.NAME));
        button.getAccessibleContext().setAccessibleDescription(withKey);
        fitToText(button);
        namedWidths.put(button, button.getPreferredSize().width);
        buttons.add(button);
        buttonRow.add(button);
    }

    /**
     * Sizes each button for its text again (after a zoom): a button keeps the size it was given
     * when made, and would cut off its larger text.
     */
    void refit() {
        markSelected(fullButton, fullButton.isSelected());
        markSelected(summaryButton, summaryButton.isSelected());
        symbolsOnly = false;
        for (AbstractButton button : buttons) {
            if (button.getIcon() instanceof ControlIcon symbol) {
                button.setIcon(icon(symbol.shape(), button));
                button.setText(nameOf(button));
            }
            fitToText(button);
            namedWidths.put(button, button.getPreferredSize().width);
        }
        fitRows();
        revalidate();
    }

    /** Sizes a button for its text as it is now, and never below 32 pixels a side (a target easy to hit). */
    private static void fitToText(AbstractButton button) {
        button.setPreferredSize(null);
        Dimension size = button.getPreferredSize();
        button.setPreferredSize(new Dimension(Math.max(size.width, 32), Math.max(size.height, 32)));
    }

    /** Shows the mode and whether it is playing. */
    void showState(boolean playing, boolean summaryMode) {
        playButton.getAccessibleContext().setAccessibleName(playing ? "Pause" : "Play");
        playButton.setText(symbolsOnly ? "" : nameOf(playButton));
        playButton.setIcon(icon(playing ? ControlIcon.Shape.PAUSE : ControlIcon.Shape.PLAY, playButton));
        markSelected(fullButton, !summaryMode);
        markSelected(summaryButton, summaryMode);
    }

    /** The mode on is shown by more than colour: bold, with a check mark; its name stays the same. */
    private static void markSelected(AbstractButton button, boolean selected) {
        button.setSelected(selected);
        String name = (String) button.getAction().getValue(Action.NAME);
        button.setText(selected ? "\u2713 " + name : name);
        // From the look's font, not the button's own: after a zoom the look's is the new size.
        java.awt.Font base = javax.swing.UIManager.getFont("ToggleButton.font");
        button.setFont((base != null ? base : button.getFont()).deriveFont(selected ? java.awt.Font.BOLD : java.awt.Font.PLAIN));
        button.getAccessibleContext().setAccessibleName(name);
        fitToText(button);
        button.revalidate();
    }

    void showRate(int rate) {
        updating = true;
        try {
            speed.setValue(rate);
        } finally {
            updating = false;
        }
    }

    void showVoices(List<String> names, String selected) {
        updating = true;
        try {
            voice.removeAllItems();
            names.forEach(voice::addItem);
            voice.setSelectedItem(selected);
        } finally {
            updating = false;
        }
    }

    /** The first control, where F6 lands. */
    AbstractButton first() {
        return buttons.get(0);
    }

    List<AbstractButton> buttons() {
        return List.copyOf(buttons);
    }

    JSpinner speedControl() {
        return speed;
    }

    JComboBox<String> voiceControl() {
        return voice;
    }
}
