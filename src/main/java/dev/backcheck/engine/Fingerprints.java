package dev.backcheck.engine;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Stable finding identities for baselines (SARIF {@code partialFingerprints["backcheck/v1"]}, GitLab
 * ids). A fingerprint is a hash of the rule id, the file path and the code the finding points at,
 * normalized so that formatting does not matter (whitespace, semicolons, quote style, trailing
 * commas and arrow-parameter parentheses are dropped), followed by {@code :n} for the n-th finding
 * with the same hash in the file. It does not contain the line number: inserting lines above a
 * finding, or reformatting the file, keeps it.
 */
public final class Fingerprints {
    public static final String KEY = "backcheck/v1";
    /** Normalized code beyond this many characters is not part of the fingerprint (long route handlers). */
    static final int MAX_CODE = 240;
    private static final Pattern WS = Pattern.compile("\\s+");
    private static final Pattern TRAILING_COMMA = Pattern.compile(",(?=[)\\]}])");
    private static final Pattern ARROW_PARENS = Pattern.compile("\\(([A-Za-z_$][\\w$]*)\\)=>");

    private Fingerprints() { }

    /**
     * Returns the findings with fingerprints set, in the same order. {@code findings} must be in a
     * deterministic order (the scan's sorted order) for the occurrence counters to be stable.
     */
    public static List<Finding> assign(List<Finding> findings, Function<String, String> textOf) {
        Map<String, String[]> lineCache = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Location l = f.location();
            String[] lines = lineCache.computeIfAbsent(l.path(), p -> {
                String t = textOf.apply(p);
                return t == null ? null : Suppressions.lines(t);
            });
            String code = lines == null ? null : code(lines, l);
            if (code == null || code.length() < 3) {
                // no readable code: the message without numbers (which may be line numbers)
                code = "message:" + f.message().replaceAll("\\d+", "#");
            }
            String h = hash(f.ruleId() + "\u0000" + l.path() + "\u0000" + code);
            int n = seen.merge(h, 1, Integer::sum);
            out.add(f.withFingerprint(h + ":" + n));
        }
        return out;
    }

    /** The normalized code of a location's region, or of its line when the region is empty. */
    static String code(String[] lines, Location l) {
        if (l.line() < 1 || l.line() > lines.length) return null;
        StringBuilder sb = new StringBuilder();
        int endLine = Math.min(l.endLine(), lines.length);
        for (int i = l.line(); i <= endLine && sb.length() < MAX_CODE * 4; i++) {
            String s = lines[i - 1];
            int from = i == l.line() ? Math.min(s.length(), Math.max(0, l.column() - 1)) : 0;
            int to = i == l.endLine() ? Math.min(s.length(), Math.max(from, l.endColumn() - 1)) : s.length();
            sb.append(s, from, to).append('\n');
        }
        String norm = normalize(sb.toString());
        if (norm.length() < 3) norm = normalize(lines[l.line() - 1]);
        return norm.length() > MAX_CODE ? norm.substring(0, MAX_CODE) : norm;
    }

    /** Drops what formatters change. */
    public static String normalize(String code) {
        String s = WS.matcher(code).replaceAll("");
        s = s.replace(";", "").replace('"', '\'');
        s = TRAILING_COMMA.matcher(s).replaceAll("");
        s = ARROW_PARENS.matcher(s).replaceAll("$1=>");
        return s;
    }

    static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) sb.append(String.format("%02x", d[i]));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
