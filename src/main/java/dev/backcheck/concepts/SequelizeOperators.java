package dev.backcheck.concepts;

import java.util.List;
import java.util.Set;

/**
 * Sequelize's operators are symbols ({@code Op.between}, {@code Op.gte}), used as computed keys of a where filter
 * ({@code { createdAt: { [Op.between]: [start, end] } }}). The TypeScript front end keeps such a key as
 * {@code Op.<name>} (see {@link #key}); the value under it is bound as a parameter like any where value, except under
 * the regular-expression operators, whose value the database runs as a pattern.
 */
public final class SequelizeOperators {
    private SequelizeOperators() { }

    private static final Set<String> MODULES = Set.of("sequelize", "@sequelize/core");
    private static final Set<String> PATTERNS = Set.of("Op.regexp", "Op.iRegexp", "Op.notRegexp", "Op.notIRegexp");

    /**
     * The key an operator symbol stands for, {@code Op.between}, given where it was imported from and its path below
     * the import ({@code Op} imported, path {@code [between]}; or the module imported whole, path {@code [Op, between]});
     * null for anything else.
     */
    public static String key(String module, String export, List<String> path) {
        if (module == null || !MODULES.contains(module) || path == null || path.isEmpty()) return null;
        String name = path.get(path.size() - 1);
        boolean op = "Op".equals(export) && path.size() == 1 || path.size() == 2 && "Op".equals(path.get(0));
        return op && name.matches("[a-z]\\w*") ? "Op." + name : null;
    }

    /** {@code key} is a regular-expression operator: the value is a pattern the database runs, not a compared value. */
    public static boolean runsValue(String key) {
        return PATTERNS.contains(key);
    }
}
