package dev.backcheck.engine;

import dev.backcheck.findings.Level;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to scan.
 *
 * @param onlyRules   when non-null, run only these rule ids (the fixture harness uses one)
 * @param disabled    rule ids turned off
 * @param levels      per-rule level overrides
 * @param ruleOptions per-rule option overrides
 */
public record ScanOptions(Path root, List<String> excludes, long maxFileSize, int jobs, Duration fileTimeout,
                          Set<String> onlyRules, Set<String> disabled, Map<String, Level> levels,
                          Map<String, Map<String, Object>> ruleOptions) {
    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

    public static ScanOptions defaults(Path root) {
        return new ScanOptions(root, List.of(), DEFAULT_MAX_FILE_SIZE, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(10), null, Set.of(), Map.of(), Map.of());
    }

    public ScanOptions withOnlyRules(Set<String> ids) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, ids, disabled, levels, ruleOptions);
    }

    public ScanOptions withJobs(int n) {
        return new ScanOptions(root, excludes, maxFileSize, n, fileTimeout, onlyRules, disabled, levels, ruleOptions);
    }
}
