package dev.backcheck.report.ci;

import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.rules.RuleMeta;

import java.util.*;

/** Shared by the CI formats: rule metadata by id, and findings ordered most severe first. */
final class Ranking {
    private Ranking() { }

    static Map<String, RuleMeta> metas(ScanResult r) {
        Map<String, RuleMeta> m = new HashMap<>();
        for (RuleMeta x : r.rules()) m.put(x.id(), x);
        return m;
    }

    /** security-severity as a number, 0 when the rule has none. */
    static double severity(RuleMeta m) {
        if (m == null || !m.isSecurity()) return 0;
        try {
            return Double.parseDouble(m.securitySeverity().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Findings that count (not suppressed, not in the baseline), errors first, then by security severity, then by place. */
    static List<Finding> mostSevereFirst(ScanResult r) {
        Map<String, RuleMeta> metas = metas(r);
        List<Finding> out = new ArrayList<>(r.active());
        out.sort(Comparator.comparingInt((Finding f) -> f.level().ordinal())
                .thenComparing(Comparator.comparingDouble((Finding f) -> severity(metas.get(f.ruleId()))).reversed())
                .thenComparing(Finding.ORDER));
        return out;
    }

    static String title(Finding f, RuleMeta m) {
        return m == null ? f.ruleId() : m.title();
    }

    /** The message and the fix as one line of plain text. */
    static String text(Finding f) {
        String t = f.message();
        if (f.fix() != null && !f.fix().isBlank()) t = t + " Fix: " + f.fix();
        return t;
    }
}
