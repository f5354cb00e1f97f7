package dev.backcheck.frameworks.hono;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Hono middleware path pattern, matched by hand: the same answers as the regular expression {@link #regex} builds
 * ({@code *} any run of characters but line terminators, {@code :name} one or more characters up to the next
 * {@code /}, a {@code /*} at the end the base or anything under it, other characters themselves), without a
 * {@code Matcher} per test. The model tests every scoped middleware against every route (route factories register
 * one per route), so on a large Hono tree the regex engine was most of the model's time. A pattern holding a
 * surrogate character is left to the regex; in a path, a run of {@code *} never ends inside a surrogate pair, as in the
 * regex, which matches by code point (every other token begins and ends on a character of the pattern or a '/').
 */
final class PathPattern {
    private static final byte TEXT = 0, STAR = 1, PARAM = 2;

    private final byte[] kinds;
    private final String[] texts;
    /** The pattern ended in {@code /*}: the base itself or anything under it. */
    private final boolean tail;
    /** Set when the pattern holds a surrogate: every test goes to the regex. */
    private final Pattern fallback;
    /** Set when the pattern has no {@code *} and no parameter: the text to compare with (tail aside). */
    private final String plain;
    private final String source;

    private PathPattern(String source, byte[] kinds, String[] texts, boolean tail, Pattern fallback, String plain) {
        this.source = source;
        this.kinds = kinds;
        this.texts = texts;
        this.tail = tail;
        this.fallback = fallback;
        this.plain = plain;
    }

    static PathPattern compile(String pattern) {
        String p = pattern;
        boolean tail = false;
        if (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2);
            tail = true;
        }
        for (int i = 0; i < pattern.length(); i++) {
            if (Character.isSurrogate(pattern.charAt(i))) {
                return new PathPattern(pattern, null, null, tail, Pattern.compile(regex(pattern)), null);
            }
        }
        List<Byte> kinds = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' || c == ':') {
                if (text.length() > 0) {
                    kinds.add(TEXT);
                    texts.add(text.toString());
                    text.setLength(0);
                }
                if (c == '*') kinds.add(STAR);
                else {
                    int j = i + 1;
                    while (j < p.length() && p.charAt(j) != '/') j++;
                    kinds.add(PARAM);
                    i = j - 1;
                }
                texts.add(null);
            } else text.append(c);
        }
        if (text.length() > 0) {
            kinds.add(TEXT);
            texts.add(text.toString());
        }
        byte[] k = new byte[kinds.size()];
        for (int i = 0; i < k.length; i++) k[i] = kinds.get(i);
        String plain = k.length == 0 ? "" : k.length == 1 && k[0] == TEXT ? texts.get(0) : null;
        return new PathPattern(pattern, k, texts.toArray(new String[0]), tail, null, plain);
    }

    /** The regular expression the pattern stands for (what the model matched with before, and the reference for tests). */
    static String regex(String pattern) {
        StringBuilder re = new StringBuilder();
        String p = pattern;
        boolean tail = false;
        if (p.endsWith("/*")) {
            p = p.substring(0, p.length() - 2);
            tail = true;
        }
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*') re.append(".*");
            else if (c == ':') {
                int j = i + 1;
                while (j < p.length() && p.charAt(j) != '/') j++;
                re.append("[^/]+");
                i = j - 1;
            } else re.append(Pattern.quote(String.valueOf(c)));
        }
        if (tail) re.append("(/.*)?");
        return re.toString();
    }

    String source() {
        return source;
    }

    /** The text a pattern with no '*' and no parameter matches (the base, when {@link #tail}), else null. */
    String plain() {
        return plain;
    }

    /**
     * For a pattern with a '*' or a parameter (not matched by the regex): its text before the first of them, cut after
     * the last '/' in it ("" when none); every path it matches begins with that text. Else null.
     */
    String dir() {
        if (fallback != null || plain != null) return null;
        String lead = kinds[0] == TEXT ? texts[0] : "";
        return lead.substring(0, lead.lastIndexOf('/') + 1);
    }

    /** The pattern ended in '/*'. */
    boolean tail() {
        return tail;
    }

    boolean matches(String path) {
        if (fallback != null) return fallback.matcher(path).matches();
        if (plain != null) return plain.length() == path.length() ? plain.equals(path) : tail && path.startsWith(plain) && rest(path, plain.length());
        return match(path, 0, 0);
    }

    private boolean match(String path, int t, int pos) {
        if (t == kinds.length) return pos == path.length() || tail && rest(path, pos);
        switch (kinds[t]) {
            case TEXT -> {
                String s = texts[t];
                return path.startsWith(s, pos) && match(path, t + 1, pos + s.length());
            }
            case PARAM -> {
                // one or more characters but '/'; what follows in the pattern is a '/' or its end, so the run is whole
                int end = path.indexOf('/', pos);
                if (end < 0) end = path.length();
                return end > pos && match(path, t + 1, end);
            }
            default -> {
                int end = pos;
                while (end < path.length() && !lineTerminator(path.charAt(end))) end++;
                for (int e = end; e >= pos; e--) {
                    // the regex backs off by code point: a run never ends inside a surrogate pair
                    if (e > pos && e < path.length() && Character.isLowSurrogate(path.charAt(e)) && Character.isHighSurrogate(path.charAt(e - 1))) continue;
                    if (match(path, t + 1, e)) return true;
                }
                return false;
            }
        }
    }

    /** {@code (/.*)?} at {@code pos} to the end, non-empty: a '/' and then no line terminator. */
    private static boolean rest(String path, int pos) {
        if (pos >= path.length() || path.charAt(pos) != '/') return false;
        for (int i = pos + 1; i < path.length(); i++) if (lineTerminator(path.charAt(i))) return false;
        return true;
    }

    /** What '.' does not match without DOTALL or UNIX_LINES. */
    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }
}
