package dev.backcheck.frameworks.express;

import java.util.HashMap;
import java.util.Map;

/**
 * Earlier routes by method, as a tree of their path segments, to tell whether one of them covers a later path: same
 * number of segments, each the same text or, for a plain parameter ({@code :id}), any non-empty text. A segment with
 * '*', '(', '?' or '{' covers nothing, so a route holding one is not kept, and a later path with a '{' in a segment
 * is covered by none. The same answer as comparing the later path with each earlier route in turn, looked up in
 * the tree instead.
 */
public final class ShadowIndex {
    private final Map<String, Node> byMethod = new HashMap<>();

    /** A node: the segments that follow, as text or as a parameter, and whether an earlier path ends here. */
    private static final class Node {
        Map<String, Node> text;
        Node param;
        boolean end;
        /** The earlier path that ends here, as added. */
        String path;

        String coveredBy(String[] later, int i) {
            if (i == later.length) return end ? path : null;
            String b = later[i];
            Node t = text == null ? null : text.get(b);
            String r = t == null ? null : t.coveredBy(later, i + 1);
            if (r != null) return r;
            return param != null && !b.isEmpty() ? param.coveredBy(later, i + 1) : null;
        }

        boolean covers(String[] later, int i) {
            if (i == later.length) return end;
            String b = later[i];
            Node t = text == null ? null : text.get(b);
            if (t != null && t.covers(later, i + 1)) return true;
            return param != null && !b.isEmpty() && param.covers(later, i + 1);
        }
    }

    public void add(String method, String path) {
        String[] earlier = path.split("/", -1);
        for (String a : earlier) {
            if (a.contains("*") || a.contains("(") || a.contains("?") || a.contains("{")) return;
        }
        Node at = byMethod.computeIfAbsent(method, k -> new Node());
        for (String a : earlier) {
            if (a.startsWith(":")) {
                if (at.param == null) at.param = new Node();
                at = at.param;
            } else {
                if (at.text == null) at.text = new HashMap<>();
                at = at.text.computeIfAbsent(a, k -> new Node());
            }
        }
        at.end = true;
        if (at.path == null) at.path = path;
    }

    /** The earlier path (as added) that covers {@code later} for {@code method}, or null: what {@link #covers} found. */
    public String coveredBy(String method, String later) {
        Node root = byMethod.get(method);
        if (root == null) return null;
        String[] segments = later.split("/", -1);
        for (String b : segments) if (b.contains("{")) return null;
        String p = root.coveredBy(segments, 0);
        return p == null ? null : method + " " + p;
    }

    public boolean covers(String method, String later) {
        Node root = byMethod.get(method);
        if (root == null) return false;
        String[] segments = later.split("/", -1);
        for (String b : segments) if (b.contains("{")) return false;
        return root.covers(segments, 0);
    }
}
