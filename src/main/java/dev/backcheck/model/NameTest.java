package dev.backcheck.model;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A whole-name regex test ({@code pattern.matcher(name).matches()}) whose answers are kept per name. For the tests
 * rules and concepts run on the same few names over and over (a route's middleware names, per route; a role name,
 * per decorator): patterns written {@code (?i).*(a|b|c).*} backtrack over the whole name on every call. The answer
 * is the regex's, from the first call on; at most {@value #MAX} names are kept (more are tested each time).
 */
public final class NameTest {
    private static final int MAX = 50_000;
    private final Pattern pattern;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    public NameTest(Pattern pattern) {
        this.pattern = pattern;
    }

    /** {@code pattern().matcher(name).matches()}. */
    public boolean matches(String name) {
        Boolean b = known.get(name);
        if (b != null) return b;
        boolean answer = pattern.matcher(name).matches();
        if (known.size() < MAX) known.put(name, answer);
        return answer;
    }

    public Pattern pattern() {
        return pattern;
    }
}
