package dev.backcheck.rules.injection;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link HiddenCodeRule#spaces} answers what {@code indexOf} of 32 spaces answers, from every start. */
class HiddenCodeSpacesTest {
    private static final String NEEDLE = " ".repeat(32);

    private static void same(String text) {
        for (int from = -1; from <= text.length() + 1; from++) {
            assertEquals(text.indexOf(NEEDLE, from), HiddenCodeRule.spaces(text, from), () -> "text of " + text.length() + " chars");
        }
    }

    @Test
    void randomTextsOfSpacesTabsAndCode() {
        Random r = new Random(34);
        char[] alphabet = {' ', ' ', ' ', '\t', '\n', 'a', ';', '}'};
        for (int t = 0; t < 3_000; t++) {
            StringBuilder b = new StringBuilder();
            int parts = r.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (r.nextInt(3) == 0) b.append(" ".repeat(r.nextInt(80))); // runs around the needle's length
                else for (int k = r.nextInt(40); k > 0; k--) b.append(alphabet[r.nextInt(alphabet.length)]);
            }
            same(b.toString());
        }
    }

    @Test
    void edgeCases() {
        same("");
        same(" ".repeat(31));
        same(" ".repeat(32));
        same(" ".repeat(33));
        same("x" + " ".repeat(32));
        same(" ".repeat(32) + "x");
        same(" ".repeat(31) + "x" + " ".repeat(31) + "x" + " ".repeat(32));
        same("a;" + " ".repeat(200) + "eval(atob('x'))");
        same(" ".repeat(63) + "\t" + " ".repeat(64));
    }
}
