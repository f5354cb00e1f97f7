package dev.backcheck.concepts;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** ErrorHandlers.mayNameEnv is false only where the environment-words pattern finds nothing. */
class EnvWordsPrefilterTest {
    private static final String[] PIECES = {"NODE_ENV", "NODE_EN", "process.env", "env", "'env'", "\"env\"", "get(", "get( ", ")", "isDev",
            "isDevelopment", "isPro", "isProd", "isProduction", "IS_PROD", "IS_DEV", "IS_PRODUCTION", "'development'", "\"production\"",
            "develop", "product", "isLocal", "isLocalhost", "debug", "Debug", "debugMode", "DebugMode", "DEBUG", "DEBUG_SQL", "DEBU",
            "exposeErrors", "expose", "Errors", "'", "\"", " ", "\n", "x", "_", ".", "req.app.get('env')", "app.get(\"env\")", "ebug", "d",
            "\u00e9", "\u2028"};

    @Test
    void neverHidesAMatch() {
        Random rnd = new Random(24);
        int positives = 0, negatives = 0;
        for (int i = 0; i < 60_000; i++) {
            StringBuilder b = new StringBuilder();
            int n = rnd.nextInt(7);
            for (int k = 0; k < n; k++) b.append(PIECES[rnd.nextInt(PIECES.length)]);
            String text = b.toString();
            if (ErrorHandlers.ENV_WORDS.matcher(text).find()) {
                positives++;
                assertTrue(ErrorHandlers.mayNameEnv(text), () -> "hidden: [" + text + "]");
            } else {
                negatives++;
            }
        }
        assertTrue(positives > 5_000 && negatives > 5_000, "the random texts hold both: " + positives + " / " + negatives);
        assertFalse(ErrorHandlers.mayNameEnv("catch (e) { res.status(500).json({ error: e.message }); }"));
        assertFalse(ErrorHandlers.mayNameEnv("const secret = process.env.JWT_SECRET;"));
        assertTrue(ErrorHandlers.mayNameEnv("if (req.app.get('env') === 'x') next(err);"));
        assertTrue(ErrorHandlers.mayNameEnv("if (config.debug) res.json({ stack: e.stack });"));
    }
}
