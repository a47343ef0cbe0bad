package org.lector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@org.junit.jupiter.api.extension.ExtendWith(OnEventThread.class)
class ThemeTest {

    @ParameterizedTest
    @EnumSource(Theme.class)
    void keepsTextReadableOnEveryBackground(Theme theme) {
        assertThat(Theme.contrast(theme.text, theme.background)).isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.dimmed, theme.background)).isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.highlightText, theme.highlight)).isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.text, theme.paragraph)).isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.focus, theme.background)).as("focus ring").isGreaterThanOrEqualTo(3.0);
        assertThat(Theme.contrast(theme.highlightText, theme.word)).as("spoken word").isGreaterThanOrEqualTo(4.5);
        assertThat(Theme.contrast(theme.marker, theme.background)).as("paragraph bar").isGreaterThanOrEqualTo(3.0);
        assertThat(Theme.contrast(theme.marker, theme.paragraph)).as("bar on the tint").isGreaterThanOrEqualTo(3.0);
        assertThat(Theme.contrast(theme.faded, theme.background)).as("text set back")
                .isGreaterThanOrEqualTo(theme == Theme.HIGH_CONTRAST ? 7.0 : 4.5);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void setsTextBackPlainlyFainterThanTheText(Theme theme) {
        // Line focus and dimmed reading must be seen: the text stands at least twice as far from the page.
        assertThat(Theme.contrast(theme.text, theme.background))
                .isGreaterThanOrEqualTo(2 * Theme.contrast(theme.faded, theme.background) * 0.95);
    }

    @Test
    void highContrastGoesFarBeyond() {
        assertThat(Theme.contrast(Theme.HIGH_CONTRAST.text, Theme.HIGH_CONTRAST.background)).isEqualTo(21.0);
        assertThat(Theme.contrast(Theme.HIGH_CONTRAST.highlightText, Theme.HIGH_CONTRAST.highlight))
                .isGreaterThan(15);
    }

    @Test
    void computesContrastAsWcagDoes() {
        assertThat(Theme.contrast(Color.BLACK, Color.WHITE)).isEqualTo(21.0);
        assertThat(Theme.contrast(new Color(0x777777), Color.WHITE)).isBetween(4.47, 4.49);
    }

    @Test
    void findsThemesBySettingsId() {
        assertThat(Theme.of("dark")).isEqualTo(Theme.DARK);
        assertThat(Theme.of("no such")).isEqualTo(Theme.LIGHT);
    }
}
