package dev.backcheck.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of one rule. {@code message} is plain text whose first sentence is the title;
 * {@code fix} says how to fix it in the framework at hand; {@code properties} carries extra,
 * rule-specific facts (framework, claim text, ...) that end up in SARIF result properties.
 * {@code fingerprint} identifies the finding across commits without its line number (set by the
 * engine, see {@code engine.Fingerprints}); {@code baselineState} is null, or "new" / "unchanged"
 * when the scan was compared with a baseline. {@code flow} is the path data took to reach the finding
 * (source first, sink last; each step's {@code message} says what happens there), empty when the
 * rule is not about a flow; SARIF writes it as a {@code codeFlow}.
 */
public record Finding(String ruleId, Level level, String message, Location location,
                      List<Location> related, String fix, Map<String, String> properties,
                      Suppression suppression, String fingerprint, String baselineState, List<Location> flow) {

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(level);
        Objects.requireNonNull(message);
        Objects.requireNonNull(location);
        related = related == null ? List.of() : List.copyOf(related);
        flow = flow == null ? List.of() : List.copyOf(flow);
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(properties)); // sorted: output is deterministic
    }

    public Finding(String ruleId, Level level, String message, Location location, List<Location> related, String fix,
                   Map<String, String> properties, Suppression suppression) {
        this(ruleId, level, message, location, related, fix, properties, suppression, null, null, List.of());
    }

    public Finding(String ruleId, Level level, String message, Location location, List<Location> related, String fix,
                   Map<String, String> properties, Suppression suppression, String fingerprint, String baselineState) {
        this(ruleId, level, message, location, related, fix, properties, suppression, fingerprint, baselineState, List.of());
    }

    public Finding withLevel(Level l) {
        return new Finding(ruleId, l, message, location, related, fix, properties, suppression, fingerprint, baselineState, flow);
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, location, related, fix, properties, s, fingerprint, baselineState, flow);
    }

    public Finding withFingerprint(String fp) {
        return new Finding(ruleId, level, message, location, related, fix, properties, suppression, fp, baselineState, flow);
    }

    public Finding withBaselineState(String state) {
        return new Finding(ruleId, level, message, location, related, fix, properties, suppression, fingerprint, state, flow);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** True when a baseline was given and already contained this finding. */
    public boolean unchanged() {
        return "unchanged".equals(baselineState);
    }

    /** An in-source suppression that matched this finding. */
    public record Suppression(String kind, String justification) { }
}
