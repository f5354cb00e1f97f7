package dev.backcheck.model;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/** The handler summaries' name tests without a matcher answer as the patterns they replace or guard. */
class NamePrefilterTest {
    private static final String[] PIECES = {"error", "Error", "ERROR", "eRrOr", "exception", "Exception", "EXCEPTION", "excePtion", "err",
            "or", "ion", "except", "verify", "Verify", "validate", "Validate", "Signature", "Webhook", "WebhookSignature", "AndReceive",
            "verifyAndReceive", "x", "_", "1", "$", "\n", "\r", "\u0085", "\u2028", "\u2029", "\u00e9", "\u0131", "\u212a", "create", "Http"};
    private static final Pattern ERROR_NAME = Pattern.compile("(?i).*(error|exception)");

    @Test
    void errorNamesAsThePattern() {
        Random rnd = new Random(25);
        int positives = 0, negatives = 0;
        for (int i = 0; i < 60_000; i++) {
            String name = name(rnd);
            boolean expected = ERROR_NAME.matcher(name).matches();
            assertEquals(expected, Analysis.errorName(name), () -> "[" + name + "]");
            if (expected) positives++;
            else negatives++;
        }
        assertTrue(positives > 5_000 && negatives > 5_000, positives + " / " + negatives);
    }

    @Test
    void webhookSignatureNamesStartWithVerifyOrValidate() {
        Random rnd = new Random(26);
        int positives = 0;
        for (int i = 0; i < 60_000; i++) {
            String name = name(rnd);
            if (Analysis.WEBHOOK_SIGNATURE.matcher(name).matches()) {
                positives++;
                assertTrue(name.startsWith("verify") || name.startsWith("validate"), () -> "[" + name + "]");
            }
        }
        assertTrue(positives > 500, "matches: " + positives);
    }

    private static String name(Random rnd) {
        StringBuilder b = new StringBuilder();
        int n = rnd.nextInt(5);
        for (int k = 0; k < n; k++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
        return b.toString();
    }
}
