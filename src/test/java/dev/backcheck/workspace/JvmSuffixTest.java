package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link TestPaths#jvmSuffix} skips the JVM-source pattern for the other paths: it must hold for every path the pattern
 * matches (any letter case, line terminators, non-ASCII letters, dots in folder names), or a JVM source would lose its
 * package rule.
 */
class JvmSuffixTest {
    private static final Pattern JVM_SOURCE = Pattern.compile("(?i).*\\.(?:java|kt|scala|groovy)$");

    @Test
    void everyPathThePatternMatchesPassesThePrefilter() {
        Random r = new Random(35);
        List<String> parts = List.of("src", "main", "java", "kt", "KT", "Java", "JAVA", "scala", "Groovy", "GROOVY", ".", "..", "/",
                "a.b", "x", "\n", "\r", "\u0085", "\u2028", "\u212a", "\u017f", "\u0131", "test", "com", "é", "$", " ", "-", "_");
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(8);
            for (int k = 0; k < n; k++) sb.append(parts.get(r.nextInt(parts.size())));
            if (r.nextBoolean()) sb.append('.').append(parts.get(r.nextInt(parts.size())));
            String p = sb.toString();
            if (JVM_SOURCE.matcher(p).matches()) {
                matched++;
                assertTrue(TestPaths.jvmSuffix(p), p);
            }
        }
        assertTrue(matched > 1_000, "too few matching samples: " + matched);
        for (String p : List.of("A.java", "a/B.KT", "x.Scala", "y.GROOVY", "src/main/java/com/acme/X.jAvA", ".kt")) {
            assertTrue(JVM_SOURCE.matcher(p).matches() && TestPaths.jvmSuffix(p), p);
        }
    }
}
