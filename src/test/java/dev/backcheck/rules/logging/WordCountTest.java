package dev.backcheck.rules.logging;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SensitiveDataRule's count of a name's whole-word uses equals the regex it replaced, on random texts. */
class WordCountTest {
    private static int regexCount(String text, String name) {
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void countsAsTheRegexDid() {
        Random r = new Random(42);
        String[] parts = {"a", "b", "ab", "_", "$", "1", " ", ".", "\n", "(", "é", "\uD83D\uDE00", "aa", "ba", "\r\n"};
        String[] names = {"a", "ab", "aa", "b1", "_a", "$", "$a", "a$", "ba", "aba"};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(14);
            for (int i = 0; i < len; i++) sb.append(parts[r.nextInt(parts.length)]);
            String text = sb.toString();
            String name = names[r.nextInt(names.length)];
            int expected = regexCount(text, name);
            assertEquals(expected, SensitiveDataRule.wordCount(text, name, Integer.MAX_VALUE), () -> "'" + text + "' / " + name);
            assertEquals(Math.min(expected, 2), SensitiveDataRule.wordCount(text, name, 2), () -> "'" + text + "' / " + name + " (at most 2)");
        }
    }
}
