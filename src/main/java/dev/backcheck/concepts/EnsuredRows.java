package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;

import java.util.regex.Pattern;

/**
 * Writes that only make sure a row exists: they insert it when it is missing and leave an existing one as it is
 * (get-or-create). Run again they change nothing, so where a later write of the request fails the row stays as the
 * next request would find or make it: nothing is half-changed.
 * <ul>
 *   <li>Prisma: {@code prisma.budget.upsert({ where, update: {}, create: {..} })} (an empty update);</li>
 *   <li>SQL text: {@code INSERT .. ON CONFLICT DO NOTHING}, {@code INSERT IGNORE}, {@code INSERT OR IGNORE}, or
 *       {@code ON CONFLICT (..) DO UPDATE SET updated_at = NOW()} (nothing but a clock stamp on the existing row);</li>
 *   <li>drizzle: {@code db.insert(t).values(..).onConflictDoNothing()}; knex: {@code .onConflict(..).ignore()}.</li>
 * </ul>
 * An upsert that changes an existing row (its update sets values, increments a counter) is a write like any other.
 */
public final class EnsuredRows {
    private EnsuredRows() { }

    private static final Pattern SQL_INSERT = Pattern.compile("(?is)\\s*insert\\b.*");
    private static final Pattern SQL_NOTHING = Pattern.compile("(?is).*\\bon\\s+conflict\\b[^;]*?\\bdo\\s+nothing\\b.*|\\s*insert\\s+(?:or\\s+)?ignore\\b.*");
    private static final Pattern SQL_DO_UPDATE = Pattern.compile("(?is).*\\bon\\s+conflict\\b[^;]*?\\bdo\\s+update\\s+set\\s+(.*?)(?:\\s+where\\s.*|\\s+returning\\s.*|\\s*;?\\s*)");
    private static final Pattern CHAIN_NOTHING = Pattern.compile("\\.\\s*onConflictDoNothing\\s*\\(|\\.\\s*onConflict\\s*\\([^)]*\\)\\s*\\.\\s*ignore\\s*\\(\\s*\\)|\\.\\s*orIgnore\\s*\\(\\s*\\)");

    /** The write at {@code cs} inserts a row only when it is missing and leaves an existing one unchanged (see the class). */
    public static boolean ensuresOnly(CallSite cs, DbClients.Op op, String src) {
        if (op == null || cs == null) return false;
        String m = String.valueOf(op.method());
        String sql = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
        if (sql != null) {
            if (!SQL_INSERT.matcher(sql).matches()) return false;
            if (SQL_NOTHING.matcher(sql).matches()) return true;
            var u = SQL_DO_UPDATE.matcher(sql);
            if (!u.matches()) return false;
            for (String assign : u.group(1).split(",")) {
                String[] kv = assign.split("=", 2);
                if (kv.length != 2 || !Timestamps.SQL_CLOCK.matcher(kv[1].strip()).matches()) return false;
            }
            return true;
        }
        if (m.equals("upsert")) {
            for (Val a : cs.args()) {
                if (a instanceof Val.Obj o && o.props().containsKey("create") && o.props().get("update") instanceof Val.Obj u && u.props().isEmpty()) return true;
            }
            return false;
        }
        if (src == null || cs.location() == null) return false;
        String text = Timestamps.statement(src, cs.location().line(), cs.location().column());
        return text != null && CHAIN_NOTHING.matcher(text).find();
    }
}
