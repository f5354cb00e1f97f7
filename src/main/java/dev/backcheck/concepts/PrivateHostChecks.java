package dev.backcheck.concepts;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An outbound-URL guard written in the project: a function that parses the URL it is given ({@code new URL(u)},
 * {@code url.parse(u)}) and refuses hosts on the loopback, private or link-local (cloud metadata) ranges: it compares
 * the host with {@code localhost}, {@code 127.0.0.1}, {@code ::1}, {@code 169.254.169.254}, tests the address octets
 * ({@code a === 169 && b === 254}, {@code a === 10}) or patterns for those ranges, or asks ipaddr.js for the range.
 * What it answers is a verdict its caller acts on ({@code if (err) return 400}) or an exception. A URL that passed one
 * cannot name the server's own network by an address, which is what a server-side request forgery aims at; the
 * function's own helpers (an {@code isPrivateIpv4(host)} it calls) are read with it.
 */
public final class PrivateHostChecks {
    private final Project project;
    private final Map<Fn, Boolean> memo = new IdentityHashMap<>();

    private PrivateHostChecks(Project project) {
        this.project = project;
    }

    public static PrivateHostChecks of(Project p) {
        return p.derived(PrivateHostChecks.class, PrivateHostChecks::new);
    }

    private static final Set<String> HOST_LITERALS = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0",
            "169.254.169.254", "metadata.google.internal", "fd00:ec2::254");
    private static final List<String> RANGE_PREFIXES = List.of("169.254.", "127.", "10.", "192.168.", "172.16.", "fc00:", "fe80:");
    private static final List<String> RANGE_PATTERNS = List.of("169\\.254", "127\\.", "192\\.168", "172\\.(1[6-9]|2");
    private static final Set<String> URL_PARSERS = Set.of("new URL", "url.parse", "URL.parse", "new url.URL", "node:url.parse");

    /** True when project function {@code fn} (in {@code file}) parses a URL it is given and judges its host by the private ranges. */
    public synchronized boolean judgesHost(Fn fn, FileFacts file) {
        if (fn == null) return false;
        Boolean known = memo.get(fn);
        if (known != null) return known;
        boolean[] seen = new boolean[2]; // [parses a URL, names a private range]
        walk(project, fn, file, 0, seen, new ArrayList<>());
        boolean out = seen[0] && seen[1];
        memo.put(fn, out);
        return out;
    }

    private static void walk(Project project, Fn fn, FileFacts file, int depth, boolean[] seen, List<Fn> visited) {
        if (fn == null || depth > 3 || visited.size() > 16 || visited.stream().anyMatch(v -> v == fn)) return;
        visited.add(fn);
        CallIndex index = CallIndex.of(project);
        for (Fn.Compare c : fn.compares()) {
            if (marker(c.left()) || marker(c.right())) seen[1] = true;
        }
        if (octets(fn)) seen[1] = true;
        for (CallSite cs : fn.calls()) {
            List<String> keys = index.keys(cs.callee(), false, fn, file);
            if (cs.callee() instanceof Global g && g.name().equals("URL") && g.path().isEmpty() || keys.stream().anyMatch(URL_PARSERS::contains)) {
                if (cs.args().stream().anyMatch(a -> Vals.anyPartDeep(a, x -> x instanceof Param, 400))) seen[0] = true;
            }
            if (keys.stream().anyMatch(k -> k.startsWith("ipaddr.js.") || k.startsWith("private-ip") || k.startsWith("is-localhost-ip")
                    || k.startsWith("ssrf-req-filter") || k.startsWith("request-filtering-agent"))) seen[1] = true;
            Val recv = dev.backcheck.model.Analysis.receiver(cs.callee());
            if (recv instanceof Regex r && rangePattern(r.pattern())) seen[1] = true;
            for (Val a : cs.args()) if (marker(a)) seen[1] = true;
            if (seen[0] && seen[1]) return;
            Project.FnRef t;
            try {
                t = project.function(cs.callee(), file);
                if (t == null) t = index.analysis().resolveCallee(cs.callee(), file, fn);
            } catch (RuntimeException e) {
                t = null;
            }
            if (t != null) walk(project, t.fn(), t.file() == null ? file : t.file(), depth + 1, seen, visited);
        }
        for (Fn n : fn.nested()) walk(project, n, file, depth + 1, seen, visited);
    }

    /** A literal naming a loopback, private or metadata host or range. */
    private static boolean marker(Val v) {
        if (v instanceof Regex r) return rangePattern(r.pattern());
        String s = Val.constString(v);
        if (s == null || !(v instanceof Lit l && l.value() instanceof String)) return false;
        String t = s.toLowerCase(java.util.Locale.ROOT);
        if (HOST_LITERALS.contains(t)) return true;
        for (String p : RANGE_PREFIXES) if (t.equals(p) || t.startsWith(p) && t.length() <= 16) return true;
        return false;
    }

    private static boolean rangePattern(String p) {
        if (p == null) return false;
        for (String r : RANGE_PATTERNS) if (p.contains(r)) return true;
        return false;
    }

    /** Octet comparisons with the link-local range: 169 and 254 both compared in the function. */
    private static boolean octets(Fn fn) {
        boolean a = false, b = false;
        for (Fn.Compare c : fn.compares()) {
            for (Val v : new Val[]{c.left(), c.right()}) {
                if (v instanceof Lit l && l.value() instanceof Double d) {
                    if (d == 169) a = true;
                    if (d == 254) b = true;
                }
            }
        }
        return a && b;
    }
}
