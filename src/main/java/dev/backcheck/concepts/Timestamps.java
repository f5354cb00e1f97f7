package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.lang.facts.Vals;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clock stamps a write puts on a record: {@code new Date()}, {@code Date.now()}, SQL {@code NOW()} /
 * {@code CURRENT_TIMESTAMP}. A write that sets nothing but such stamps, one of them the time of the record's last
 * activity ({@code lastLoginAt}, {@code last_seen_at}) or last change ({@code updated_at}: a parent record touched
 * when a child was added), notes that something happened, as a log line does: it is
 * true whether or not the request's other writes go through, and the next activity writes it again.
 * <ul>
 *   <li>Prisma and similar: {@code prisma.user.update({ where, data: { lastLoginAt: new Date() } })};</li>
 *   <li>drizzle: {@code db.update(users).set({ lastLoginAt: new Date() }).where(..)};</li>
 *   <li>SQL text: {@code UPDATE users SET last_login_at = NOW() WHERE id = $1}.</li>
 * </ul>
 */
public final class Timestamps {
    private Timestamps() { }

    /** Fields that hold the time of a record's last activity: lastLoginAt, last_seen_at, lastActiveOn, lastLogin. */
    private static final Pattern LAST_ACTIVITY = Pattern.compile("(?i)last_?(login|logon|sign_?in|seen|active|activity|access(ed)?|used|visit(ed)?|ping|heartbeat)(_?(at|on|time|date))?"
            // the time of the record's last change (updated_at = CURRENT_TIMESTAMP on a ticket a reply was added to): a
            // touch that notes activity, not a state (unlike deleted_at, paid_at or completed_at, which are left out)
            + "|(last_?)?(updated|modified|changed|touched)(_?(at|on|time|date))?|(update|modif(y|ied)|change)_?(time|date)");
    private static final Pattern SQL_STAMP = Pattern.compile(
            "(?is)\\s*update\\s+[`\"\\[]?[\\w$.]+[`\"\\]]?\\s+set\\s+(.*?)\\s+where\\s.*");
    static final Pattern SQL_CLOCK = Pattern.compile("(?i)now\\(\\)|current_timestamp(\\(\\))?|getdate\\(\\)|sysdate(\\(\\))?|datetime\\('now'\\)");

    /** The write {@code cs} (an ORM or SQL write) sets only clock stamps, one of them a last-activity time. */
    public static boolean onlyLastStamp(dev.backcheck.lang.facts.Fn fn, CallSite cs, DbClients.Op op) {
        if (op == null || op.method() == null) return false;
        String m = op.method().toLowerCase(java.util.Locale.ROOT);
        String sql = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
        if (sql != null) return sqlStamp(sql);
        if (!m.contains("update")) return false;
        // prisma.user.update({ where, data: {..} }), Model.updateOne(filter, { $set: {..} })
        for (Val a : cs.args()) {
            if (a instanceof Obj o && o.props().get("data") instanceof Obj data) return stampsOnly(data);
            if (a instanceof Obj o && o.props().get("$set") instanceof Obj set && o.props().size() == 1) return stampsOnly(set);
        }
        // drizzle: the .set({..}) called on the write (db.update(users).set({..}).where(..))
        for (CallSite c : fn.calls()) {
            if ("set".equals(c.methodName()) && c.args().size() == 1 && c.args().get(0) instanceof Obj set
                    && Vals.receiver(c.callee()) instanceof Call u && "update".equals(Vals.lastName(u.callee())) && u.site() != null
                    && u.site().equals(cs.location()) && u.args().equals(cs.args())) return stampsOnly(set);
        }
        Val cur = cs.callee();
        for (int i = 0; i < 8 && cur != null; i++) {
            if (cur instanceof Call c) {
                if ("set".equals(Vals.lastName(c.callee())) && c.args().size() == 1 && c.args().get(0) instanceof Obj set) return stampsOnly(set);
                cur = c.callee();
            } else if (cur instanceof Member mb) {
                cur = mb.object();
            } else break;
        }
        return false;
    }

    /**
     * {@code user.lastLoginAt = new Date(); await repo.save(user)} (TypeORM, a Mongoose document's save): the record
     * saved was looked up in the function ({@code const user = await repo.findOne(..)}) and every field the function sets
     * on it before the save is a clock stamp, one of them a last-activity time.
     */
    public static boolean savesOnlyLastStamp(dev.backcheck.lang.facts.Fn fn, CallSite cs, DbClients.Op op, String src) {
        if (op == null || op.method() == null || !op.method().equals("save") || src == null || fn.location() == null || cs.location() == null) return false;
        String callText = slice(src, cs.location().line(), cs.location().column(), cs.location().endLine(), cs.location().endColumn());
        String fnText = slice(src, fn.location().line(), fn.location().column(), cs.location().line(), cs.location().column());
        if (callText == null || fnText == null) return false;
        java.util.regex.Matcher a = SAVED_NAME.matcher(callText);
        if (!a.find()) return false;
        String name = Pattern.quote(a.group(1));
        // the record is one the function looked up, not one it built
        if (!Pattern.compile("(?:const|let|var)\\s+" + name + "\\s*(?::[^=]+)?=\\s*await\\s+[\\w$.]+\\.(?:find|get)\\w*\\s*\\(").matcher(fnText).find()) return false;
        java.util.regex.Matcher set = Pattern.compile("(?<![\\w$.])" + name + "\\s*(?:\\.\\s*([\\w$]+)|\\[[^\\]]*\\])\\s*=(?![=>])\\s*([^;\\n]*)").matcher(fnText);
        boolean last = false;
        while (set.find()) {
            if (set.group(1) == null || !CLOCK_TEXT.matcher(set.group(2).strip()).matches()) return false;
            if (LAST_ACTIVITY.matcher(set.group(1)).matches()) last = true;
        }
        if (Pattern.compile("Object\\.assign\\(\\s*" + name + "\\b|(?<![\\w$.])" + name + "\\.(?:set|merge)\\s*\\(").matcher(fnText).find()) return false;
        return last;
    }

    /**
     * {@code db.delete(sessions).where(lt(sessions.expiresAt, now))}, {@code prisma.token.deleteMany({ where: { expiresAt:
     * { lt: new Date() } } })}, {@code DELETE FROM sessions WHERE expires_at < NOW()}: a sweep of records whose expiry
     * passed. It is right whether or not the request's other writes go through (an expired row is dead either way), so
     * it shares no invariant with them; two sweeps of different tables are two independent cleanups. Read from the
     * statement's text: a delete that compares an expiry field with the clock (or a name for it, {@code now}).
     */
    public static boolean expirySweep(CallSite cs, DbClients.Op op, String src) {
        if (op == null || cs.location() == null || src == null) return false;
        String m = String.valueOf(op.method()).toLowerCase(java.util.Locale.ROOT);
        String sql = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
        boolean delete = sql != null ? SQL_DELETE.matcher(sql).lookingAt() : m.contains("delete") || m.contains("destroy") || m.contains("remove");
        if (!delete) return false;
        String text = sql != null ? sql : statement(src, cs.location().line(), cs.location().column());
        if (text == null) return false;
        return EXPIRY_FIELD.matcher(text).find() && BEFORE.matcher(text).find() && CLOCK_WORD.matcher(text).find() || RETENTION.matcher(text).find();
    }

    /**
     * {@code const count = await prisma.version.count(..); if (count <= MAX_VERSIONS) return; .. deleteMany(oldest)}: a
     * trim of a store to a fixed number of rows (the newest kept, the rest deleted), in a function that counts the rows
     * and compares the count with a constant before the delete. Like a retention purge it is right whether or not the
     * write that added a row goes through, and run again it trims the rest: an independent cleanup.
     */
    public static boolean capTrim(dev.backcheck.lang.facts.Fn fn, CallSite cs, DbClients.Op op, String src) {
        if (op == null || fn.location() == null || cs.location() == null || src == null) return false;
        String m = String.valueOf(op.method()).toLowerCase(java.util.Locale.ROOT);
        if (!m.contains("delete") && !m.contains("destroy") && !m.contains("remove")) return false;
        String before = slice(src, fn.location().line(), fn.location().column(), cs.location().line(), cs.location().column());
        if (before == null) return false;
        java.util.regex.Matcher c = COUNTED.matcher(before);
        while (c.find()) {
            String name = Pattern.quote(c.group(1));
            if (Pattern.compile("(?<![\\w$.])" + name + "\\s*(?:<=?|>=?)\\s*(?:[A-Z][A-Z0-9_]*|this\\.[A-Z][A-Z0-9_]*|\\d+)(?![\\w$])"
                    + "|(?<![\\w$])(?:[A-Z][A-Z0-9_]*|\\d+)\\s*(?:<=?|>=?)\\s*" + name + "(?![\\w$])").matcher(before.substring(c.end())).find()) return true;
        }
        return false;
    }

    /** {@code const count = await prisma.version.count(..)}, {@code const total = await repo.count(..)}: a name given a count of rows. */
    private static final Pattern COUNTED = Pattern.compile("(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::[^=]+)?=\\s*await\\s+[\\w$.]+\\.count(?:Documents)?\\s*\\(");

    /**
     * A retention purge: rows older than a cut-off computed back from the clock ({@code { ts: { lt: daysAgo(30) } }},
     * {@code { createdAt: { lt: cutoff } }}, {@code LessThan(subDays(new Date(), 90))}, {@code WHERE created_at < NOW() -
     * INTERVAL '30 days'}). Whatever the field, it removes what is past keeping; run again it removes the rest, so it is an
     * independent cleanup like an expiry sweep.
     */
    private static final Pattern RETENTION = Pattern.compile("(?i)(?:\\blte?\\s*:|\\$lte?\\s*:|Op\\.lte?\\s*\\]\\s*:|LessThan(?:OrEqual)?\\s*\\(|\\blte?\\s*\\(\\s*[\\w$.]+\\s*,)"
            + "\\s*(?:new\\s+Date\\s*\\(\\s*Date\\.now\\(\\)\\s*-|[\\w$.]*(?:ago\\b|cutoff|retention|olderthan|sub(?:days|hours|minutes|weeks|months|years)))"
            + "|<=?\\s*(?:now\\s*\\(\\s*\\)|current_timestamp|current_date|datetime\\s*\\(\\s*'now')\\s*-");

    private static final Pattern SQL_DELETE = Pattern.compile("(?is)\\s*delete\\s+from\\b");
    private static final Pattern EXPIRY_FIELD = Pattern.compile("(?i)expir|\\bttl\\b|valid_?until");
    private static final Pattern BEFORE = Pattern.compile("(?i)\\blte?\\s*[(:]|\\$lte?\\b|\\bOp\\.lte?\\b|LessThan(?:OrEqual)?\\s*\\(|<");
    private static final Pattern CLOCK_WORD = Pattern.compile("(?i)new\\s+Date\\b|Date\\.now\\b|\\bnow\\b|current_timestamp|getdate\\s*\\(|dayjs\\s*\\(|moment\\s*\\(");

    /** The statement text that starts at a call: up to a {@code ;} or a line end outside brackets (a line starting with . goes on), at most 2,000 characters. */
    static String statement(String src, int line, int col) {
        int a = offset(src, line, col);
        if (a < 0) return null;
        int depth = 0, end = Math.min(src.length(), a + 2000);
        for (int i = a; i < end; i++) {
            char ch = src.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') depth++;
            else if (ch == ')' || ch == ']' || ch == '}') {
                if (--depth < 0) return src.substring(a, i);
            } else if (depth == 0 && (ch == ';' || ch == '\n' && !src.substring(i + 1, Math.min(end, i + 200)).stripLeading().startsWith("."))) {
                return src.substring(a, i);
            }
        }
        return src.substring(a, end);
    }

    private static final Pattern SAVED_NAME = Pattern.compile("\\.save\\s*\\(\\s*([A-Za-z_$][\\w$]*)\\s*\\)");
    private static final Pattern CLOCK_TEXT = Pattern.compile("new\\s+Date\\(\\s*(?:Date\\.now\\(\\))?\\s*\\)|Date\\.now\\(\\)");

    private static String slice(String src, int line, int col, int endLine, int endCol) {
        int a = offset(src, line, col), b = offset(src, endLine, endCol);
        if (a < 0 || b < a) return null;
        return src.substring(a, Math.min(b, src.length()));
    }

    private static int offset(String src, int line, int column) {
        int l = 1, i = 0;
        while (l < line && i < src.length()) {
            if (src.charAt(i++) == '\n') l++;
        }
        return l == line ? Math.min(src.length(), i + column - 1) : -1;
    }

    private static boolean stampsOnly(Obj o) {
        if (o.props().isEmpty()) return false;
        boolean last = false;
        for (Map.Entry<String, Val> e : o.props().entrySet()) {
            if (!clock(e.getValue())) return false;
            if (LAST_ACTIVITY.matcher(e.getKey()).matches()) last = true;
        }
        return last;
    }

    /** new Date(), Date.now(), new Date(Date.now()). */
    private static boolean clock(Val v) {
        if (v instanceof New n && n.callee() instanceof Global g && g.name().equals("Date") && g.path().isEmpty()) {
            return n.args().isEmpty() || n.args().size() == 1 && clock(n.args().get(0));
        }
        return v instanceof Call c && c.args().isEmpty() && c.callee() instanceof Global g && g.name().equals("Date")
                && g.path().equals(java.util.List.of("now"));
    }

    private static boolean sqlStamp(String sql) {
        var m = SQL_STAMP.matcher(sql);
        if (!m.matches()) return false;
        boolean last = false;
        for (String assign : m.group(1).split(",")) {
            String[] kv = assign.split("=", 2);
            if (kv.length != 2) return false;
            String col = kv[0].strip().replaceAll("[`\"\\[\\]]", "");
            if (col.contains(".")) col = col.substring(col.lastIndexOf('.') + 1);
            if (!SQL_CLOCK.matcher(kv[1].strip()).matches()) return false;
            if (LAST_ACTIVITY.matcher(col).matches()) last = true;
        }
        return last;
    }
}
