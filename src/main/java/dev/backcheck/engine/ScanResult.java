package dev.backcheck.engine;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Notification;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleMeta;

import java.util.List;

/**
 * The outcome of a scan: sorted findings (suppressed ones included, flagged; with a baseline, each
 * marked new or unchanged), notifications, the project model, the rules that ran, statistics, and
 * the baseline comparison when one was asked for (else null). {@code internalErrors} are one-line
 * descriptions of bugs met during the scan (exit code 3); {@code internalCauses} the throwables
 * behind them, for {@code --verbose}.
 */
public record ScanResult(Project project, List<Finding> findings, List<Notification> notifications,
                         List<RuleMeta> rules, int filesAnalyzed, long linesAnalyzed, long millis,
                         List<String> internalErrors, Baseline.Summary baseline, List<Throwable> internalCauses,
                         ScanStats stats) {

    public ScanResult(Project project, List<Finding> findings, List<Notification> notifications, List<RuleMeta> rules,
                      int filesAnalyzed, long linesAnalyzed, long millis, List<String> internalErrors, Baseline.Summary baseline,
                      List<Throwable> internalCauses) {
        this(project, findings, notifications, rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, baseline, internalCauses, null);
    }

    public ScanResult(Project project, List<Finding> findings, List<Notification> notifications, List<RuleMeta> rules,
                      int filesAnalyzed, long linesAnalyzed, long millis, List<String> internalErrors) {
        this(project, findings, notifications, rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, null, List.of());
    }

    public ScanResult(Project project, List<Finding> findings, List<Notification> notifications, List<RuleMeta> rules,
                      int filesAnalyzed, long linesAnalyzed, long millis, List<String> internalErrors, Baseline.Summary baseline) {
        this(project, findings, notifications, rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, baseline, List.of());
    }

    /** Findings that count (for the exit code and the reports' totals): not suppressed, not already in the baseline. */
    public List<Finding> active() {
        return findings.stream().filter(f -> !f.suppressed() && !f.unchanged()).toList();
    }

    public boolean failsAt(Level threshold) {
        return threshold != null && active().stream().anyMatch(f -> f.level().atLeast(threshold));
    }

    public ScanResult withFindings(List<Finding> fs, List<Notification> ns) {
        return new ScanResult(project, List.copyOf(fs), List.copyOf(ns), rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, baseline, internalCauses, stats);
    }

    public ScanResult withBaseline(List<Finding> fs, Baseline.Summary b) {
        return new ScanResult(project, List.copyOf(fs), notifications, rules, filesAnalyzed, linesAnalyzed, millis, internalErrors, b, internalCauses, stats);
    }
}
