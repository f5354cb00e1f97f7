package dev.backcheck;

import dev.backcheck.rules.RuleCatalog;
import dev.backcheck.rules.RuleMeta;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Rule catalogues for tests that need a rule to fire, or to fail. */
public final class TestRules {
    private TestRules() { }

    public static final String SQL = "injection/sql-raw-query";
    public static final String EXPLODE = "testonly/explode";

    /**
     * The built-in catalogue, with {@link #SQL} guaranteed: its metadata comes from rules/ when the
     * YAML is there, else from a minimal stand-in (the check itself is always the real class).
     */
    public static RuleCatalog withSql() {
        RuleCatalog b = RuleCatalog.builtin();
        if (b.get(SQL) != null) return b;
        List<RuleMeta> all = new ArrayList<>(b.all().values());
        all.add(meta(SQL, "error", "9.8"));
        return RuleCatalog.of(all);
    }

    /** {@link #withSql()} plus {@link #EXPLODE}, which reports one finding and then throws. */
    public static RuleCatalog withFailingRule() {
        List<RuleMeta> all = new ArrayList<>(withSql().all().values());
        all.add(meta(EXPLODE, "warning", null));
        return RuleCatalog.of(all);
    }

    private static RuleMeta meta(String id, String level, String severity) {
        return new RuleMeta(id, "test rule " + id, level, "testing", severity, "high", List.of(89), List.of(), List.of(),
                List.of(), "A rule for tests.", "Help for " + id + ".", Map.of());
    }
}
