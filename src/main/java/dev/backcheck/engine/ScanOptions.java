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
 * @param claims      check agent implementation reports found in the tree
 * @param claimFiles  extra agent reports to check (--claims FILE)
 * @param config      the config file (--config FILE); null: {@code .backcheck.yml} at the root when present.
 *                    Its settings come first; {@code disabled}, {@code levels}, {@code ruleOptions} and
 *                    {@code excludes} given here add to or override them
 * @param cache       a facts cache directory (--cache DIR), null: no cache
 * @param shard       the part of the tree this scan reports on (--shard K/N), null: all of it
 */
public record ScanOptions(Path root, List<String> excludes, long maxFileSize, int jobs, Duration fileTimeout,
                          Set<String> onlyRules, Set<String> disabled, Map<String, Level> levels,
                          Map<String, Map<String, Object>> ruleOptions, boolean claims, List<Path> claimFiles, Path config,
                          Path cache, Shard shard) {
    public static final long DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

    /** Shard {@code index} (1-based) of {@code count}. */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 1 || index > count) throw new IllegalArgumentException("shard " + index + "/" + count);
        }

        @Override
        public String toString() {
            return index + "/" + count;
        }
    }

    public ScanOptions(Path root, List<String> excludes, long maxFileSize, int jobs, Duration fileTimeout,
                       Set<String> onlyRules, Set<String> disabled, Map<String, Level> levels,
                       Map<String, Map<String, Object>> ruleOptions, boolean claims, List<Path> claimFiles, Path config) {
        this(root, excludes, maxFileSize, jobs, fileTimeout, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, config, null, null);
    }

    public ScanOptions withCache(Path dir) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, config, dir, shard);
    }

    public ScanOptions withShard(Shard s) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, config, cache, s);
    }

    public static ScanOptions defaults(Path root) {
        return new ScanOptions(root, List.of(), DEFAULT_MAX_FILE_SIZE, Math.max(1, Runtime.getRuntime().availableProcessors()),
                Duration.ofSeconds(10), null, Set.of(), Map.of(), Map.of(), true, List.of(), null);
    }

    public ScanOptions withOnlyRules(Set<String> ids) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, ids, disabled, levels, ruleOptions, claims, claimFiles, config, cache, shard);
    }

    public ScanOptions withJobs(int n) {
        return new ScanOptions(root, excludes, maxFileSize, n, fileTimeout, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, config, cache, shard);
    }

    public ScanOptions withConfig(Path file) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, file, cache, shard);
    }

    public ScanOptions withFileTimeout(Duration t) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, t, onlyRules, disabled, levels, ruleOptions, claims, claimFiles, config, cache, shard);
    }

    public ScanOptions withClaims(boolean enabled, List<Path> files) {
        return new ScanOptions(root, excludes, maxFileSize, jobs, fileTimeout, onlyRules, disabled, levels, ruleOptions, enabled, files, config, cache, shard);
    }
}
