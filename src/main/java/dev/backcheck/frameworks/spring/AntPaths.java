package dev.backcheck.frameworks.spring;

import java.util.ArrayList;
import java.util.List;

/**
 * Spring's request-matcher path patterns against a route path: Ant style ({@code ?}, {@code *},
 * {@code **}, {@code {var}} and {@code {var:regex}} segments) as {@code antMatchers}, {@code mvcMatchers}
 * and Security 6 {@code requestMatchers} read them. A route path is a path template: its own
 * {@code {id}} / {@code :id} segments stand for any one segment, so a pattern matches it when it would
 * match every concrete path of the template ({@code /users/*} matches {@code /users/{id}}, {@code /users/me}
 * does not). {@code /api/**} matches {@code /api} itself; an MVC matcher also matches the path with a
 * trailing slash or a {@code .ext} suffix, which changes nothing for templates.
 */
public final class AntPaths {
    private AntPaths() { }

    /** True when {@code pattern} matches every concrete path of the route template {@code path}. */
    public static boolean matches(String pattern, String path) {
        if (pattern == null || path == null) return false;
        List<String> pat = segments(pattern);
        List<String> p = segments(path);
        return match(pat, 0, p, 0);
    }

    private static List<String> segments(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("/")) if (!part.isEmpty()) out.add(part);
        return out;
    }

    private static boolean match(List<String> pat, int i, List<String> p, int j) {
        if (i == pat.size()) return j == p.size();
        String seg = pat.get(i);
        if (seg.equals("**")) {
            for (int k = j; k <= p.size(); k++) if (match(pat, i + 1, p, k)) return true;
            return false;
        }
        if (j == p.size()) return false;
        return segment(seg, p.get(j)) && match(pat, i + 1, p, j + 1);
    }

    /** One pattern segment against one route segment (a route variable matches only a whole-segment wildcard). */
    static boolean segment(String pat, String seg) {
        boolean variable = seg.startsWith(":") || seg.startsWith("{") && seg.endsWith("}") || seg.equals("{unknown}");
        if (variable) return pat.equals("*") || pat.startsWith("{") && pat.endsWith("}") && !pat.contains(":");
        return glob(pat, 0, seg, 0);
    }

    private static boolean glob(String pat, int i, String s, int j) {
        while (i < pat.length()) {
            char c = pat.charAt(i);
            if (c == '*') {
                for (int k = j; k <= s.length(); k++) if (glob(pat, i + 1, s, k)) return true;
                return false;
            }
            if (c == '{') {
                int end = pat.indexOf('}', i);
                if (end < 0) return false;
                // a {var} or {var:regex} part: any non-empty text (the regex is not checked)
                for (int k = j + 1; k <= s.length(); k++) if (glob(pat, end + 1, s, k)) return true;
                return false;
            }
            if (j >= s.length()) return false;
            if (c != '?' && c != s.charAt(j)) return false;
            i++;
            j++;
        }
        return j == s.length();
    }
}
