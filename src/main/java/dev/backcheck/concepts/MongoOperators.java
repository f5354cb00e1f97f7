package dev.backcheck.concepts;

import java.util.Set;

/**
 * MongoDB query operators whose value the server runs as a pattern or as code rather than compares: {@code $regex}
 * (a regular expression: wildcards, catastrophic backtracking), {@code $where}, {@code $function}, {@code $accumulator}
 * (JavaScript), {@code $expr} (an aggregation expression) and {@code $text}/{@code $search} (a full-text query with its
 * own syntax). A request value under one of them is never a plain lookup value.
 */
public final class MongoOperators {
    private MongoOperators() { }

    private static final Set<String> CODE = Set.of("$regex", "$where", "$function", "$accumulator", "$expr", "$text", "$search");

    /** {@code key} is such an operator. */
    public static boolean runsValue(String key) {
        return CODE.contains(key);
    }
}
