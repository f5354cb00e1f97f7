package dev.backcheck.engine;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleMeta;

import java.util.List;

/**
 * The outcome of a scan: sorted findings (suppressed ones included, flagged), notifications,
 * the project model, the rules that ran, and statistics. {@code internalErrors} are one-line
 * descriptions of bugs met during the scan (exit code 3); {@code internalCauses} the throwables
 * behind them, for {@code --verbose}.
 */
public record ScanResult(Project project, List<Finding> findings, List<Notification> notifications,
                         List<RuleMeta> rules, int filesAnalyzed, long linesAnalyzed, long millis,
                         List<String> internalErrors, List<Throwable> internalCauses) {

    public ScanResult(Project project, List<Finding> findings, List<Notification> notifications, List<RuleMeta> rules,
                      int filesAnalyzed, long linesAnalyzed, long millis, List<String> internalErrors) {
        this(project, findings, notifications, rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, List.of());
    }

    /** Findings that count: not suppressed. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public boolean failsAt(Level threshold) {
        return threshold != null && active().stream().anyMatch(f -> f.level().atLeast(threshold));
    }
}
