package dev.backcheck.report.ci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backcheck.Version;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.rules.RuleMeta;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * GitLab SAST report ({@code gl-sast-report.json}, schema 15.0.7) for the merge request widget and
 * the security dashboard. The primary identifier is the rule id (GitLab tracks a vulnerability by
 * it, the file and the lines); a CWE identifier follows. Ids are UUIDs derived from the finding's
 * fingerprint, so the same finding keeps its id. The flow of a finding (source to sink) is a numbered list
 * in its description. Suppressed findings are left out. Only the scan times change between runs over the same tree.
 */
public final class GitlabReport {
    public static final String SCHEMA_VERSION = "15.0.7";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Namespace of the name-based (version 5) UUIDs of vulnerabilities. */
    private static final UUID NAMESPACE = UUID.fromString("8c1f6f63-3c5e-4d8e-9c1b-6f1f0b6b2a71");
    public static final String DOCS = "https://github.com/backcheck/backcheck/blob/main/rules/";

    private GitlabReport() { }

    /** {@code start} and {@code end}: when the scan ran (UTC, to the second). */
    public static String render(ScanResult r, Instant start, Instant end) {
        Map<String, RuleMeta> metas = Ranking.metas(r);
        ObjectNode root = JSON.createObjectNode();
        root.put("version", SCHEMA_VERSION);
        ObjectNode scan = root.putObject("scan");
        tool(scan.putObject("analyzer"));
        tool(scan.putObject("scanner"));
        scan.put("type", "sast");
        scan.put("start_time", TIME.format(start));
        scan.put("end_time", TIME.format(end));
        scan.put("status", r.internalErrors().isEmpty() ? "success" : "failure");
        ArrayNode vs = root.putArray("vulnerabilities");
        for (Finding f : r.findings()) {
            if (f.suppressed()) continue;
            RuleMeta m = metas.get(f.ruleId());
            ObjectNode v = vs.addObject();
            v.put("id", uuid(f.fingerprint() != null ? f.fingerprint() : f.ruleId() + "|" + f.location()).toString());
            v.put("name", limit(m == null ? f.ruleId() : m.title(), 255));
            v.put("description", limit(f.message() + flow(f) + (m == null ? "" : "\n\n" + m.description().strip()), 1_000_000));
            v.put("severity", severity(f, m));
            v.put("solution", limit(f.fix() != null && !f.fix().isBlank() ? f.fix() : "See `backcheck explain " + f.ruleId() + "`.", 7000));
            ArrayNode ids = v.putArray("identifiers");
            ObjectNode primary = ids.addObject();
            primary.put("type", "backcheck_rule_id");
            primary.put("name", "backcheck " + f.ruleId());
            primary.put("value", f.ruleId());
            primary.put("url", DOCS + f.ruleId() + ".yaml");
            if (m != null) {
                for (Integer cwe : m.cwe()) {
                    ObjectNode c = ids.addObject();
                    c.put("type", "cwe");
                    c.put("name", "CWE-" + cwe);
                    c.put("value", String.valueOf(cwe));
                    c.put("url", "https://cwe.mitre.org/data/definitions/" + cwe + ".html");
                }
            }
            ObjectNode loc = v.putObject("location");
            loc.put("file", f.location().path());
            loc.put("start_line", f.location().line());
            loc.put("end_line", f.location().endLine());
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The flow as a numbered list under the message (GitLab renders the description as markdown). The
     * {@code details} field of type {@code code-flows} that newer GitLab versions show is not written: whether
     * schema 15.0.7, which this report declares, admits it is unverified, and a report that fails its schema is
     * not ingested.
     */
    static String flow(Finding f) {
        if (f.flow().isEmpty()) return "";
        StringBuilder sb = new StringBuilder("\n\nFlow from source to sink:\n");
        int i = 1;
        for (dev.backcheck.findings.Location l : dev.backcheck.report.Flows.merged(f.flow())) {
            sb.append('\n').append(i++).append(". `").append(l.path().replace("`", "'")).append(':').append(l.line()).append(':')
                    .append(l.column()).append('`');
            if (l.message() != null && !l.message().isBlank()) sb.append(' ').append(Markdown.inline(l.message()));
        }
        return sb.toString();
    }

    private static void tool(ObjectNode o) {
        o.put("id", "backcheck");
        o.put("name", "backcheck");
        o.put("version", Version.VERSION);
        o.putObject("vendor").put("name", "backcheck");
    }

    /**
     * Severity from the rule's security-severity (GitHub's bands: 9.0+ Critical, 7.0+ High, 4.0+
     * Medium, else Low); for rules without one, from the level: error Medium, warning Low, note Info.
     */
    static String severity(Finding f, RuleMeta m) {
        double s = Ranking.severity(m);
        if (s > 0) {
            if (s >= 9.0) return "Critical";
            if (s >= 7.0) return "High";
            if (s >= 4.0) return "Medium";
            return "Low";
        }
        return f.level() == Level.ERROR ? "Medium" : f.level() == Level.WARNING ? "Low" : "Info";
    }

    /** A name-based (version 5, SHA-1) UUID: the same fingerprint always gives the same id. */
    static UUID uuid(String name) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] h = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String limit(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    static List<String> severities() {
        return List.of("Info", "Unknown", "Low", "Medium", "High", "Critical");
    }
}
