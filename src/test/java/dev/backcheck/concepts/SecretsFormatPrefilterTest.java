package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Secrets skips its key-format patterns on literals that hold none of the formats' fixed parts: every format must
 * keep an anchor in that prefilter, or its keys would silently go unreported.
 */
class SecretsFormatPrefilterTest {
    private static final String A36 = "a".repeat(12) + "B".repeat(12) + "9".repeat(12);

    /** One made-up value per known format (none is a real key). */
    private static final List<String> SAMPLES = List.of(
            "AKIA" + "ABCDEFGH12345678",
            "ghp_" + A36,
            "github_pat_" + "x".repeat(40),
            "xoxb-123456-abcdefghijk",
            "https://hooks.slack.com/services/TABC1234/BABC1234/" + "q".repeat(24),
            "rk_live_" + "Z".repeat(24),
            "whsec_" + "w".repeat(30),
            "AIza" + "k".repeat(35),
            "SG." + "s".repeat(20) + "." + "t".repeat(40),
            "SK" + "0123456789abcdef".repeat(2),
            "sk-" + "p".repeat(48),
            "sk-proj-" + "p".repeat(44),
            "sk-ant-api03-" + "n".repeat(90),
            "-----BEGIN OPENSSH PRIVATE KEY-----",
            "eyJ" + "h".repeat(12) + ".eyJ" + "b".repeat(12) + "." + "c".repeat(24));

    @Test
    void everyFormatHasASampleAndEverySampleMatchingAFormatPassesThePrefilter() {
        for (Pattern p : Secrets.formatPatterns()) {
            assertTrue(SAMPLES.stream().anyMatch(s -> p.matcher(s).find()), "no sample for the format " + p);
        }
        for (String s : SAMPLES) {
            boolean matched = Secrets.formatPatterns().stream().anyMatch(p -> p.matcher(s).find());
            assertTrue(matched, "sample matches no format: " + s);
            assertTrue(Secrets.mayHoldFormat(s), "the prefilter drops a value the formats match: " + s);
            // the anchor must survive being embedded in other text, as literals hold keys among other words
            assertTrue(Secrets.mayHoldFormat("token = " + s + ";"), s);
        }
    }

    @Test
    void eachFormatsOwnAnchorsHoldForEveryValueItMatches() {
        List<Pattern> formats = Secrets.formatPatterns();
        for (String s : SAMPLES) {
            for (String v : List.of(s, "token = " + s + ";", s + " " + s)) {
                for (int i = 0; i < formats.size(); i++) {
                    if (formats.get(i).matcher(v).find()) {
                        assertTrue(Secrets.formatMayMatch(i, v), "format " + formats.get(i) + " matches but its anchors say no: " + v);
                    }
                }
            }
        }
        // a literal with a common anchor of another format only ("highlight", "TASK") runs none of these patterns
        assertFalse(Secrets.formatMayMatch(0, "highlight the TASK"));
        assertTrue(Secrets.formatMayMatch(1, "highlight the TASK"));
    }

    @Test
    void anOrdinaryLiteralSkipsThePatterns() {
        assertFalse(Secrets.mayHoldFormat("SELECT id, name FROM users WHERE email = $1"));
        assertFalse(Secrets.mayHoldFormat("Something went wrong, please try again later"));
    }
}
