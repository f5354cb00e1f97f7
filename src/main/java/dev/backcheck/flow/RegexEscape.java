package dev.backcheck.flow;

import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hand-written regular-expression escape, {@code s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (or with a
 * capture group and {@code '\\$1'}): a global replace whose pattern is one character class holding every
 * character that can open a construct or a quantifier, each replaced by itself behind a backslash. Its
 * result matches the text literally, so it ends a flow into a {@code RegExp} ({@code injection/regex}).
 * A class that leaves out one of {@code \ ^ $ . * + ? ( ) [ |} is no escape; braces alone may be left out
 * ({@code a{2}} is linear).
 */
public final class RegexEscape {
    private static final String REQUIRED = "\\^$.*+?()[|";

    private RegexEscape() { }

    /** True for a regex-escaping {@code replace}/{@code replaceAll} call in a flow of {@code kind} "regex". */
    public static boolean sanitizes(String kind, String method, List<Val> args) {
        if (!"regex".equals(kind) || method == null || !(method.equals("replace") || method.equals("replaceAll"))) return false;
        if (args.size() != 2 || !(args.get(0) instanceof Regex r) || r.flags() == null || !r.flags().contains("g")) return false;
        String with = Val.constString(args.get(1));
        if (with == null) return false;
        if (with.isEmpty()) return strips(r.pattern());
        String p = r.pattern();
        boolean group = p.startsWith("(") && p.endsWith(")");
        if (group) p = p.substring(1, p.length() - 1);
        if (!with.equals(group ? "\\$1" : "\\$&") && !(group && with.equals("\\$&"))) return false;
        Set<Character> cls = classChars(p);
        if (cls == null) return false;
        for (char c : REQUIRED.toCharArray()) if (!cls.contains(c)) return false;
        return true;
    }

    /**
     * For a flow of kind "path": a global {@code replace}/{@code replaceAll} whose pattern removes (or replaces with a
     * constant holding no separator) every {@code /} and {@code \\}: an allow-list class ({@code /[^a-zA-Z0-9._-]/g}),
     * {@code /\W/g}, or a class listing both separators ({@code /[\/\\]/g}). No directory can be named with what is left.
     */
    public static boolean stripsPathSeparators(String kind, String method, List<Val> args) {
        if (!"path".equals(kind) || method == null || !(method.equals("replace") || method.equals("replaceAll"))) return false;
        if (args.size() != 2 || !(args.get(0) instanceof Regex r) || r.flags() == null || !r.flags().contains("g")) return false;
        String with = Val.constString(args.get(1));
        if (with == null || with.contains("/") || with.contains("\\")) return false;
        String p = r.pattern();
        if (p.endsWith("+")) p = p.substring(0, p.length() - 1);
        if (p.equals("\\W") || p.equals("[\\W]") || p.equals("[^\\w]") || p.equals("[^\\w\\s]")) return true;
        if (p.startsWith("[^") && p.endsWith("]") && p.length() >= 4) return keepsNoSeparator(p.substring(2, p.length() - 1));
        Set<Character> cls = classChars(p);
        return cls != null && cls.contains('/') && cls.contains('\\');
    }

    /**
     * True when the characters a negated class's body lists (those it keeps) include neither {@code /} nor {@code \\}:
     * no listed separator, no range that spans one ({@code .-_} does), no {@code \\S}, {@code \\W} or {@code \\D}.
     */
    private static boolean keepsNoSeparator(String body) {
        List<int[]> ranges = new java.util.ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            int lo;
            char c = body.charAt(i);
            if (c == '\\') {
                if (i + 1 >= body.length()) return false;
                char e = body.charAt(i + 1);
                i += 2;
                if (e == 'w' || e == 'd' || e == 's') continue;
                if (Character.isLetterOrDigit(e)) return false; // \S, \W, \D, unicode escapes: not read
                lo = e;
            } else {
                if (c == '[' || c == ']') return false;
                lo = c;
                i++;
            }
            int hi = lo;
            if (i + 1 < body.length() && body.charAt(i) == '-') {
                char h = body.charAt(i + 1);
                if (h == '\\') return false;
                hi = h;
                i += 2;
            }
            ranges.add(new int[]{lo, hi});
        }
        for (int[] r : ranges) if (r[0] <= '/' && '/' <= r[1] || r[0] <= '\\' && '\\' <= r[1]) return false;
        return true;
    }

    /**
     * For SQL text (and the JavaScript of a MongoDB {@code $where}): a global {@code replace}/{@code replaceAll} that removes
     * every character outside letters, digits and {@code _} ({@code name.replace(/[^a-z0-9_]/gi, '')}, {@code /\W+/g},
     * {@code /\D/g}): what is left can close no quote, start no
     * comment, add no operator, separator or second statement; it can only be a name or a number. A class keeping white
     * space, {@code -} or {@code .} is not this (a space lets {@code 1 OR 1} through).
     */
    public static boolean stripsToWordChars(String method, List<Val> args) {
        if (method == null || !(method.equals("replace") || method.equals("replaceAll"))) return false;
        if (args.size() != 2 || !(args.get(0) instanceof Regex r) || r.flags() == null || !r.flags().contains("g")) return false;
        // removed, or replaced by word characters (name.replace(/[^a-zA-Z0-9_]/g, '_'))
        String with = Val.constString(args.get(1));
        if (with == null || !with.matches("[A-Za-z0-9_]*")) return false;
        String p = r.pattern();
        if (p.endsWith("+")) p = p.substring(0, p.length() - 1);
        if (p.equals("\\W") || p.equals("[\\W]") || p.equals("[^\\w]")) return true;
        // phone.replace(/\D/g, ''): only digits are left
        if (p.equals("\\D") || p.equals("[\\D]") || p.equals("[^\\d]")) return true;
        if (!p.startsWith("[^") || !p.endsWith("]") || p.length() < 4) return false;
        String body = p.substring(2, p.length() - 1).replace("\\w", "").replace("\\d", "")
                .replace("a-z", "").replace("A-Z", "").replace("0-9", "");
        return body.matches("[A-Za-z0-9_]*");
    }

    /**
     * {@code s.match(/ALTER\s+TABLE\s+(\w+)/)[1]}, {@code /^(\d+)-/.exec(s)[1]}: capture group {@code group} of a match
     * (the answer of {@code match} without the g flag, or {@code exec}) whose pattern is one run of word characters
     * ({@code \w+}, {@code \d+}, {@code [A-Za-z0-9_]+}): whatever text was searched, the group holds only letters, digits
     * and {@code _}. Group 0, a group with anything else, or a pattern not known here: false.
     */
    public static boolean wordGroup(Regex r, int group) {
        if (r == null || group < 1 || r.flags() != null && r.flags().contains("g")) return false;
        String p = r.pattern();
        int n = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '[') {
                // a class: skip to its end (a '(' inside is a character)
                int j = i + 1;
                while (j < p.length() && p.charAt(j) != ']') j += p.charAt(j) == '\\' ? 2 : 1;
                i = j;
                continue;
            }
            if (c != '(' || i + 1 < p.length() && p.charAt(i + 1) == '?') continue;
            if (++n != group) continue;
            int end = i + 1;
            while (end < p.length() && p.charAt(end) != ')') end += p.charAt(end) == '\\' ? 2 : 1;
            if (end >= p.length()) return false;
            return WORD_RUN.matcher(p.substring(i + 1, end)).matches();
        }
        return false;
    }

    /** One word-character atom repeated: \w+ \d* [A-Za-z0-9_]{1,64}. */
    private static final java.util.regex.Pattern WORD_RUN = java.util.regex.Pattern.compile(
            "(?:\\\\w|\\\\d|\\[(?:a-z|A-Z|0-9|\\\\w|\\\\d|_)+\\])(?:\\+|\\*|\\{\\d+(?:,\\d*)?\\})");

    /**
     * {@code s.replace(/[^a-z0-9 ]/gi, '')}, {@code s.replace(/\W+/g, '')}: a global removal of every character
     * outside letters, digits, {@code _}, {@code -} and white space leaves no metacharacter behind.
     */
    static boolean strips(String p) {
        if (p.endsWith("+")) p = p.substring(0, p.length() - 1);
        if (p.equals("\\W") || p.equals("[\\W]") || p.equals("[^\\w]") || p.equals("[^\\w\\s]")) return true;
        if (!p.startsWith("[^") || !p.endsWith("]") || p.length() < 4) return false;
        String body = p.substring(2, p.length() - 1);
        return body.replace("\\w", "").replace("\\d", "").replace("\\s", "").replace("\\-", "")
                .matches("[A-Za-z0-9_ \\-]*");
    }

    /**
     * The path separators ('/' and the backslash) that a chain of replaces ending in {@code call} removes, each replace
     * global (a g-flag pattern, or replaceAll of a fixed string) with a replacement holding no separator:
     * {@code id.replace(/\.\./g, '').replace(/\//g, '').replace(/\\/g, '')} removes both, so what is left is one path
     * segment, as one replace of a class holding both leaves ({@link #stripsPathSeparators}).
     */
    public static Set<Character> separatorsStrippedByChain(Val call) {
        Set<Character> out = new HashSet<>();
        for (int i = 0; i < 8 && call instanceof Val.Call c && c.callee() instanceof Val.Member m
                && (m.prop().equals("replace") || m.prop().equals("replaceAll")) && c.args().size() == 2; i++) {
            String with = Val.constString(c.args().get(1));
            if (with == null || with.contains("/") || with.contains("\\")) break;
            Set<Character> chars = null;
            if (c.args().get(0) instanceof Regex r && r.flags() != null && r.flags().contains("g")) {
                String p = r.pattern();
                if (p.endsWith("+")) p = p.substring(0, p.length() - 1);
                if (p.equals("\\/") || p.equals("/")) chars = Set.of('/');
                else if (p.equals("\\\\")) chars = Set.of('\\');
                else chars = classChars(p);
            } else if (m.prop().equals("replaceAll") && Val.constString(c.args().get(0)) != null && Val.constString(c.args().get(0)).length() == 1) {
                chars = Set.of(Val.constString(c.args().get(0)).charAt(0));
            }
            if (chars != null) {
                if (chars.contains('/')) out.add('/');
                if (chars.contains('\\')) out.add('\\');
            }
            call = m.object();
        }
        return out;
    }

    /** The literal characters of a pattern that is exactly one (non-negated) character class, else null. */
    static Set<Character> classChars(String p) {
        if (p.length() < 3 || p.charAt(0) != '[' || p.charAt(1) == '^') return null;
        Set<Character> out = new HashSet<>();
        int i = 1;
        boolean first = true;
        while (i < p.length()) {
            char c = p.charAt(i);
            if (c == ']' && !first) return i == p.length() - 1 ? out : null;
            if (c == '\\' && i + 1 < p.length()) {
                char e = p.charAt(i + 1);
                if (!Character.isLetterOrDigit(e)) out.add(e);
                i += 2;
            } else {
                out.add(c);
                i++;
            }
            first = false;
        }
        return null;
    }
}
