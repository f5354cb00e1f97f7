package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Val;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Audit and activity records: a note of what a request asked for, kept for people to read later, as a log line is.
 * A request value written only there is recorded, not used: no query, path, markup or business record is built from it.
 * <ul>
 *   <li>a project helper named for it: {@code logAdminAction(req, 'BAN_USER', { reason })}, {@code auditLog(...)},
 *       {@code writeAudit(...)}, {@code recordActivity(...)} (not {@code logIn}/{@code logOut});</li>
 *   <li>an SQL insert into an audit, activity or event log table: {@code INSERT INTO audit_logs (...) VALUES (?, ?)};</li>
 *   <li>an ORM create on an audit, activity or system-log model: {@code prisma.auditLog.create(...)}, {@code ActivityLog.create(...)},
 *       also through the model's own entry writer ({@code SystemLog.createLog({ message, metadata })}, the model a module
 *       of that name exports);</li>
 *   <li>a drizzle insert into such a table: {@code db.insert(auditLogs).values({...})}, {@code db.insert(moderationLogs).values(..)}
 *       (a moderation log: who moderated what and why, kept for the moderators to read).</li>
 * </ul>
 */
public final class AuditRecords {
    private AuditRecords() { }

    /** Helpers named for logging or auditing what a request did (logAction, logAdminAction, auditLog, audit; not logIn/logOut). */
    static final Pattern HELPER = Pattern.compile(
            "(log(?!In(?![a-z])|Out(?![a-z]))|audit)[A-Z]\\w*|audit|writeAudit\\w*|recordAudit\\w*|record(Activity|Audit)\\w*");
    /**
     * Table or model names of audit trails: audit, audit_logs, admin_audit_log, AuditTrail, activity_logs, UserActivityLog,
     * action_log, event_log (client telemetry kept as a log), admin_actions (who administered what), the Spanish and Portuguese
     * auditoria (saec_auditoria); not a
     * table of auditors or of audited things, nor an events
     * table the business reads (ticket_events).
     */
    private static final Pattern TRAIL = Pattern.compile(
            "(?i)[\\w$]*?audit(_?(logs?|trails?|entries|events|records))?|[\\w$]*activit(y|ies)_?logs?|[\\w$]*action_?logs?|[\\w$]*event_?logs?"
            + "|(sys|system|operation|op)_?logs?|[\\w$]*auditorias?|[\\w$]*moderat(ion|or)_?logs?|admin_?actions?");
    /** A model's own write method named for the entry it adds: SystemLog.createLog(...), AuditTrail.addEntry(...). */
    private static final Pattern ENTRY_WRITE = Pattern.compile("(create|add|write|insert|record|save)(Log|Entry|Record)");
    private static final Pattern SQL_INSERT = Pattern.compile(
            "(?is)^\\s*insert\\s+(?:ignore\\s+)?into\\s+[`\"\\[]?(?:[\\w$]+[`\"\\]]?\\.[`\"\\[]?)?([\\w$]+)");
    private static final List<String> CREATE = List.of("create", "createMany", "insert", "insertMany", "insertOne", "save", "add");

    /** A table, collection or model name of an audit trail (audit_logs, AuditTrail, activity_logs, saec_auditoria). */
    public static boolean trailName(String name) {
        return name != null && TRAIL.matcher(name).matches();
    }

    /** A call named as an audit or activity-log helper of the project. */
    public static boolean helperName(String method) {
        // every match starts with log, audit, writeAudit or record (asked of every call of the route handlers)
        return method != null && (method.startsWith("log") || method.startsWith("audit") || method.startsWith("writeAudit") || method.startsWith("record"))
                && HELPER.matcher(method).matches();
    }

    /** A call that writes an audit or activity record: a helper so named, an SQL insert into such a table, an ORM create on such a model. */
    public static boolean isAuditWrite(CallSite cs) {
        String m = cs.methodName();
        if (helperName(m)) return true;
        String sql = cs.args().isEmpty() ? null : Val.constString(cs.args().get(0));
        if (sql != null) {
            var im = SQL_INSERT.matcher(sql);
            if (im.find() && TRAIL.matcher(im.group(1)).matches()) return true;
        }
        // drizzle: db.insert(auditLogs).values({...}), the table object handed to insert
        if ("values".equals(m) && dev.backcheck.lang.facts.Vals.receiver(cs.callee()) instanceof Val.Call ins
                && "insert".equals(dev.backcheck.lang.facts.Vals.lastName(ins.callee())) && ins.args().size() == 1) {
            String table = dev.backcheck.lang.facts.Vals.lastName(ins.args().get(0));
            return table != null && TRAIL.matcher(table).matches();
        }
        if (m == null || !CREATE.contains(m) && !ENTRY_WRITE.matcher(m).matches()) return false;
        // prisma.auditLog.create, db.activityLog.insert, AuditLog.create: the model the create is on
        String model = modelName(cs.callee());
        return model != null && TRAIL.matcher(model).matches();
    }

    /** The segment before the method: prisma.auditLog.create → auditLog; AuditLog.create → AuditLog. */
    private static String modelName(Val callee) {
        List<String> path = List.of();
        if (callee instanceof Val.Local l) path = prefixed(l.name(), l.path());
        else if (callee instanceof Val.Global g) path = prefixed(g.name(), g.path());
        else if (callee instanceof Val.Ref r) {
            // const SystemLog = require('../models/SystemLog'), import AuditLog from './models/AuditLog': the module names the model
            String head = r.export();
            if ((head.equals("*") || head.equals("default")) && r.module() != null && r.module().startsWith(".")) {
                head = r.module().replaceAll("^.*/", "").replaceAll("\\.(js|ts|mjs|cjs)$", "");
            }
            path = r.path().isEmpty() ? List.of(head) : prefixed(head, r.path());
        }
        else if (callee instanceof Val.This t) path = t.path();
        else if (callee instanceof Val.Param p) path = prefixed(p.name(), p.path());
        return path.size() >= 2 ? path.get(path.size() - 2) : null;
    }

    private static List<String> prefixed(String head, List<String> tail) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        out.add(head);
        out.addAll(tail);
        return out;
    }
}
