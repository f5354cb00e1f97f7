package dev.backcheck.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** Root-relative path globs and path normalisation, one implementation for every reader of paths. */
public final class Globs {
    private Globs() { }

    /**
     * The regex of a path glob: {@code **} any number of folders ({@code **}{@code /} also none),
     * {@code *} and {@code ?} within one segment, {@code {a,b}} alternatives; a leading {@code ./} is
     * ignored. Everything else is literal.
     */
    public static String regex(String g) {
        String s = g.startsWith("./") ? g.substring(2) : g;
        StringBuilder sb = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                boolean slash = i + 2 < s.length() && s.charAt(i + 2) == '/';
                sb.append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            } else if (c == '*') {
                sb.append("[^/]*");
            } else if (c == '?') {
                sb.append("[^/]");
            } else if (c == '{') {
                braces++;
                sb.append("(?:");
            } else if (c == '}' && braces > 0) {
                braces--;
                sb.append(')');
            } else if (c == ',' && braces > 0) {
                sb.append('|');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        for (; braces > 0; braces--) sb.append(')');
        return sb.toString();
    }

    public static Pattern glob(String g) {
        return Pattern.compile(regex(g));
    }

    /** {@code a/./b/../c} → {@code a/c}; empty segments dropped; null when it climbs above the root. */
    public static String normalize(String p) {
        Deque<String> out = new ArrayDeque<>();
        for (String seg : p.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) continue;
            if (seg.equals("..")) {
                if (out.isEmpty()) return null;
                out.removeLast();
            } else out.addLast(seg);
        }
        return String.join("/", out);
    }
}
