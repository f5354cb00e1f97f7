package dev.backcheck.findings;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One result of one rule. {@code message} is plain text whose first sentence is the title;
 * {@code fix} says how to fix it in the framework at hand; {@code properties} carries extra,
 * rule-specific facts (framework, claim text, ...) that end up in SARIF result properties.
 */
public record Finding(String ruleId, Level level, String message, Location location,
                      List<Location> related, String fix, Map<String, String> properties,
                      Suppression suppression) {

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.location().path())
            .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(ruleId);
        Objects.requireNonNull(level);
        Objects.requireNonNull(message);
        Objects.requireNonNull(location);
        related = related == null ? List.of() : List.copyOf(related);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    public Finding withLevel(Level l) {
        return new Finding(ruleId, l, message, location, related, fix, properties, suppression);
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, location, related, fix, properties, s);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    /** An in-source suppression that matched this finding. */
    public record Suppression(String kind, String justification) { }
}
