package dev.backcheck.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;
import dev.backcheck.findings.Notification;
import dev.backcheck.model.Application;
import dev.backcheck.model.Stack;
import dev.backcheck.rules.RuleMeta;

import java.util.HashMap;
import java.util.Map;

/**
 * backcheck's own JSON format, versioned by {@code schemaVersion} (documented in docs/json-format.md):
 * findings (with the flow from source to sink when the rule traced one), notifications, stack, applications
 * with their routes.
 */
public final class JsonReport {
    public static final String SCHEMA_VERSION = "1.3";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() { }

    public static String render(ScanResult r) {
        return render(r, false);
    }

    /** With {@code timings} (--stats), the stats block also holds the time per phase, which differs run to run. */
    public static String render(ScanResult r, boolean timings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("tool", "backcheck");
        root.put("toolVersion", dev.backcheck.Version.VERSION);
        ObjectNode stats = root.putObject("stats");
        stats.put("files", r.filesAnalyzed());
        stats.put("lines", r.linesAnalyzed());
        if (timings && r.stats() != null) {
            dev.backcheck.engine.ScanStats st = r.stats();
            stats.put("wallMillis", st.wallMillis());
            stats.put("cpuMillis", st.cpuMillis());
            stats.put("peakHeapBytes", st.peakHeapBytes());
            stats.put("peakRssBytes", st.peakRssBytes());
            stats.put("threads", st.threads());
            if (st.cache() != null) stats.put("cache", st.cache());
            ArrayNode phases = stats.putArray("phases");
            for (dev.backcheck.engine.ScanStats.Phase p : st.phases()) {
                ObjectNode o = phases.addObject();
                o.put("name", p.name());
                o.put("wallMillis", p.wallMillis());
                o.put("cpuMillis", p.cpuMillis());
                if (p.files() >= 0) o.put("files", p.files());
                if (p.lines() >= 0) o.put("lines", p.lines());
                if (p.parallel()) o.put("summedOverThreads", true);
            }
        }
        ArrayNode stack = root.putArray("stack");
        for (Stack.Component c : r.project().stack().components()) {
            ObjectNode o = stack.addObject();
            o.put("category", c.category());
            o.put("name", c.name());
            o.put("version", c.version());
            o.put("evidence", c.evidence());
        }
        Map<String, RuleMeta> metas = new HashMap<>();
        r.rules().forEach(m -> metas.put(m.id(), m));
        ArrayNode fs = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = fs.addObject();
            o.put("ruleId", f.ruleId());
            o.put("level", f.level().id());
            RuleMeta m = metas.get(f.ruleId());
            if (m != null) o.put("checklist", m.checklist());
            o.put("message", f.message());
            if (f.fix() != null) o.put("fix", f.fix());
            location(o.putObject("location"), f.location());
            if (!f.related().isEmpty()) {
                ArrayNode rel = o.putArray("related");
                for (Location l : f.related()) location(rel.addObject(), l);
            }
            if (!f.flow().isEmpty()) {
                ArrayNode flow = o.putArray("flow");
                for (Location l : f.flow()) location(flow.addObject(), l);
            }
            if (!f.properties().isEmpty()) {
                ObjectNode p = o.putObject("properties");
                f.properties().forEach(p::put);
            }
            if (f.suppression() != null) {
                ObjectNode s = o.putObject("suppression");
                s.put("kind", f.suppression().kind());
                s.put("justification", f.suppression().justification());
            }
            if (f.fingerprint() != null) o.put("fingerprint", f.fingerprint());
            if (f.baselineState() != null) o.put("baselineState", f.baselineState());
        }
        ArrayNode ns = root.putArray("notifications");
        for (Notification n : r.notifications()) {
            ObjectNode o = ns.addObject();
            o.put("level", n.level().id());
            o.put("id", n.id());
            if (n.path() != null) o.put("path", n.path());
            if (n.line() > 0) o.put("line", n.line());
            o.put("message", n.message());
        }
        if (r.baseline() != null) {
            ObjectNode b = root.putObject("baseline");
            b.put("file", r.baseline().file());
            b.put("new", r.baseline().newCount());
            b.put("unchanged", r.baseline().unchanged());
            ArrayNode abs = b.putArray("absent");
            for (var a : r.baseline().absent()) {
                ObjectNode x = abs.addObject();
                x.put("ruleId", a.ruleId());
                x.put("path", a.path());
                x.put("line", a.line());
                x.put("message", a.message());
                x.put("fingerprint", a.fingerprint());
            }
            b.put("ignored", r.baseline().ignored());
        }
        ArrayNode apps = root.putArray("applications");
        for (Application a : r.project().applications()) {
            ObjectNode o = apps.addObject();
            o.put("framework", a.framework());
            location(o.putObject("location"), a.location());
            o.set("routes", RoutesReport.routesJson(a.routes(), JSON));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void location(ObjectNode o, Location l) {
        o.put("path", l.path());
        o.put("line", l.line());
        o.put("column", l.column());
        o.put("endLine", l.endLine());
        o.put("endColumn", l.endColumn());
        if (l.message() != null) o.put("message", l.message());
    }
}
