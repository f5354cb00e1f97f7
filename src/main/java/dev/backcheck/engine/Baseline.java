package dev.backcheck.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.findings.Finding;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * A previous SARIF log of backcheck ({@code --baseline FILE}). Findings whose fingerprint
 * ({@code partialFingerprints["backcheck/v1"]}) is in it are {@code unchanged} and do not fail the
 * run; the others are {@code new}; baseline results no longer found are {@code absent} (listed in
 * the summary, never emitted as results, so no upload ever shows an alert for code that is gone).
 */
public final class Baseline {
    /** A baseline result that the scan no longer finds. */
    public record Absent(String ruleId, String path, int line, String message, String fingerprint) { }

    /**
     * The comparison: counts over findings that are not suppressed, and the absent results.
     *
     * @param file       the baseline file as given
     * @param ignored    baseline results without a backcheck fingerprint (other tools, older logs), not compared
     */
    public record Summary(String file, int newCount, int unchanged, List<Absent> absent, int ignored) { }

    /** An unusable baseline file: not SARIF, not from backcheck. The CLI exits 2. */
    public static final class BaselineException extends RuntimeException {
        public BaselineException(String m) {
            super(m);
        }
    }

    private final String shown;
    private final LinkedHashMap<String, Absent> byFingerprint;
    private final int ignored;

    private Baseline(String shown, LinkedHashMap<String, Absent> byFingerprint, int ignored) {
        this.shown = shown;
        this.byFingerprint = byFingerprint;
        this.ignored = ignored;
    }

    public static Baseline read(Path file, String shown) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline " + shown + ": " + firstLine(e.getMessage()));
        }
        return parse(root, shown);
    }

    static Baseline parse(JsonNode root, String shown) {
        if (root == null || !root.isObject() || !root.path("runs").isArray() || !root.path("version").asText().equals("2.1.0")) {
            throw new BaselineException("baseline " + shown + " is not a SARIF 2.1.0 log (write one with: backcheck scan --format sarif --output FILE)");
        }
        LinkedHashMap<String, Absent> out = new LinkedHashMap<>();
        int ignored = 0;
        boolean ours = false;
        for (JsonNode run : root.path("runs")) {
            if (!run.at("/tool/driver/name").asText().equals("backcheck")) continue;
            ours = true;
            for (JsonNode r : run.path("results")) {
                if (r.path("baselineState").asText().equals("absent")) continue;
                String fp = r.path("partialFingerprints").path(Fingerprints.KEY).asText(null);
                if (fp == null || fp.isEmpty()) {
                    ignored++;
                    continue;
                }
                JsonNode pl = r.at("/locations/0/physicalLocation");
                out.putIfAbsent(fp, new Absent(r.path("ruleId").asText(), path(pl.at("/artifactLocation/uri").asText()),
                        pl.at("/region/startLine").asInt(0), r.at("/message/text").asText(), fp));
                // a rolled-up absence finding: the other applications it names, each with its own fingerprint
                String others = r.path("properties").path(dev.backcheck.rules.AbsenceRollup.FINGERPRINTS).asText("").trim();
                if (!others.isEmpty()) {
                    String[] ids = others.split(" ");
                    JsonNode rel = r.path("relatedLocations");
                    for (int i = 0; i < ids.length; i++) {
                        if (ids[i].equals("-")) continue;
                        JsonNode l = rel.path(rel.size() - ids.length + i);
                        JsonNode rpl = l.path("physicalLocation");
                        out.putIfAbsent(ids[i], new Absent(r.path("ruleId").asText(), path(rpl.at("/artifactLocation/uri").asText()),
                                rpl.at("/region/startLine").asInt(0), l.at("/message/text").asText(), ids[i]));
                    }
                }
            }
        }
        if (!ours) throw new BaselineException("baseline " + shown + " has no backcheck run (tool.driver.name 'backcheck')");
        return new Baseline(shown, out, ignored);
    }

    private static String path(String uri) {
        try {
            String p = URI.create(uri).getPath();
            if (p == null) return uri;
            return p.startsWith("./") ? p.substring(2) : p;
        } catch (IllegalArgumentException e) {
            return uri;
        }
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

    public int size() {
        return byFingerprint.size();
    }

    /** Marks every finding new or unchanged and lists the absent ones. */
    public ScanResult apply(ScanResult r) {
        Map<String, Absent> remaining = new LinkedHashMap<>(byFingerprint);
        List<Finding> out = new ArrayList<>();
        int fresh = 0, same = 0;
        for (Finding f : r.findings()) {
            boolean known = f.fingerprint() != null && remaining.remove(f.fingerprint()) != null;
            // a rolled-up absence finding is unchanged only when every application it names was in the baseline
            for (dev.backcheck.rules.AbsenceRollup.Member m : dev.backcheck.rules.AbsenceRollup.members(f)) {
                if (m.fingerprint() == null || remaining.remove(m.fingerprint()) == null) known = false;
            }
            out.add(f.withBaselineState(known ? "unchanged" : "new"));
            if (!f.suppressed()) {
                if (known) same++;
                else fresh++;
            }
        }
        List<Absent> absent = new ArrayList<>(remaining.values());
        absent.sort(Comparator.comparing(Absent::path).thenComparingInt(Absent::line).thenComparing(Absent::ruleId));
        return r.withBaseline(out, new Summary(shown, fresh, same, List.copyOf(absent), ignored));
    }
}
