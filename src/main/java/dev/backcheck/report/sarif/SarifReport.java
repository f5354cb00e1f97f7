package dev.backcheck.report.sarif;

import com.contrastsecurity.sarif.*;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.backcheck.Version;
import dev.backcheck.engine.ScanResult;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.model.Stack;
import dev.backcheck.report.SourceText;
import dev.backcheck.rules.RuleMeta;

import java.net.URI;
import java.util.*;

/**
 * SARIF 2.1.0 through java-sarif's object model and Jackson, never by hand. Handles the library's
 * traps: NON_DEFAULT inclusion dropping an explicit "warning" level (mix-ins force NON_NULL),
 * dates as epoch numbers (no timestamps are written at all: output must be byte-identical for the
 * same tree), and Set-typed collections (insertion-ordered sets, elements never mutated after
 * insertion). {@link #render} writes the log through {@link SarifWriter} (Jackson's streaming generator, the same
 * bytes without the object mapper's first-use cost) and falls back to the mapper for anything that writer does not know.
 */
public final class SarifReport {
    public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    abstract static class ResultLevelMixin {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        Result.Level level;

        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Result.Level getLevel();
    }

    abstract static class ConfigLevelMixin {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        ReportingConfiguration.Level level;

        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract ReportingConfiguration.Level getLevel();
    }

    abstract static class NotificationLevelMixin {
        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        com.contrastsecurity.sarif.Notification.Level level;

        @JsonProperty("level")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract com.contrastsecurity.sarif.Notification.Level getLevel();
    }

    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper();
        m.addMixIn(Result.class, ResultLevelMixin.class);
        m.addMixIn(ReportingConfiguration.class, ConfigLevelMixin.class);
        m.addMixIn(com.contrastsecurity.sarif.Notification.class, NotificationLevelMixin.class);
        m.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        m.enable(SerializationFeature.INDENT_OUTPUT);
        m.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        return m;
    }

    public static String render(ScanResult result, SourceText sources) {
        return render(result, sources, null);
    }

    /**
     * With {@code automationId} (a sharded scan: {@code backcheck/<K>}), the run carries it as
     * {@code automationDetails.id}; {@code backcheck merge} joins the runs of one category.
     */
    public static String render(ScanResult result, SourceText sources, String automationId) {
        try {
            SarifSchema210 log = build(result, sources);
            if (automationId != null) log.getRuns().get(0).setAutomationDetails(new com.contrastsecurity.sarif.RunAutomationDetails().withId(automationId));
            // the same bytes without the object mapper's first-use cost (SarifWriter); the mapper when it cannot
            String fast = SarifWriter.write(log);
            return (fast != null ? fast : mapper().writeValueAsString(log)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("SARIF serialization failed", e);
        }
    }

    public static SarifSchema210 build(ScanResult result, SourceText sources) {
        List<ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleMeta m : result.rules()) {
            ruleIndex.put(m.id(), rules.size());
            rules.add(descriptor(m));
        }
        ToolComponent driver = new ToolComponent()
                .withName("backcheck")
                .withVersion(Version.VERSION)
                .withSemanticVersion(Version.VERSION)
                .withInformationUri(URI.create("https://github.com/backcheck/backcheck"))
                .withRules(new LinkedHashSet<>(rules));

        List<Result> results = new ArrayList<>();
        Map<String, String[]> hashes = new HashMap<>();
        for (Finding f : result.findings()) {
            String[] h = hashes.computeIfAbsent(f.location().path(), p -> LineHash.hashes(sources.text(p)));
            results.add(result(f, ruleIndex.getOrDefault(f.ruleId(), -1), h));
        }

        List<com.contrastsecurity.sarif.Notification> notes = new ArrayList<>();
        for (dev.backcheck.findings.Notification n : result.notifications()) {
            com.contrastsecurity.sarif.Notification sn = new com.contrastsecurity.sarif.Notification()
                    .withLevel(switch (n.level()) {
                        case ERROR -> com.contrastsecurity.sarif.Notification.Level.ERROR;
                        case WARNING -> com.contrastsecurity.sarif.Notification.Level.WARNING;
                        case NOTE -> com.contrastsecurity.sarif.Notification.Level.NOTE;
                    })
                    .withMessage(new Message().withText(n.message()))
                    .withDescriptor(new ReportingDescriptorReference().withId(n.id()));
            if (n.path() != null) {
                PhysicalLocation pl = new PhysicalLocation().withArtifactLocation(artifact(n.path()));
                if (n.line() > 0) {
                    Region r = new Region().withStartLine(n.line());
                    if (n.column() > 0) r.setStartColumn(n.column());
                    pl.setRegion(r);
                }
                sn.setLocations(new LinkedHashSet<>(List.of(new com.contrastsecurity.sarif.Location().withPhysicalLocation(pl))));
            }
            notes.add(sn);
        }
        Invocation inv = new Invocation()
                .withExecutionSuccessful(result.internalErrors().isEmpty())
                .withToolExecutionNotifications(notes);

        PropertyBag runProps = new PropertyBag();
        Map<String, Object> stack = new LinkedHashMap<>();
        for (Stack.Component c : result.project().stack().components()) {
            @SuppressWarnings("unchecked")
            List<Map<String, String>> list = (List<Map<String, String>>) stack.computeIfAbsent(c.category(), k -> new ArrayList<>());
            Map<String, String> e = new LinkedHashMap<>();
            e.put("name", c.name());
            if (c.version() != null) e.put("version", c.version());
            e.put("evidence", c.evidence());
            list.add(e);
        }
        runProps.setAdditionalProperty("stack", stack);
        runProps.setAdditionalProperty("frameworks", result.project().applications().stream()
                .map(a -> a.framework()).distinct().sorted().toList());
        runProps.setAdditionalProperty("filesAnalyzed", result.filesAnalyzed());
        runProps.setAdditionalProperty("linesAnalyzed", result.linesAnalyzed());
        if (result.baseline() != null) {
            // absent results are listed here rather than emitted as results: an upload must not show alerts for code that is gone
            dev.backcheck.engine.Baseline.Summary b = result.baseline();
            Map<String, Object> bp = new LinkedHashMap<>();
            bp.put("file", b.file());
            bp.put("new", b.newCount());
            bp.put("unchanged", b.unchanged());
            List<Map<String, Object>> absent = new ArrayList<>();
            for (dev.backcheck.engine.Baseline.Absent a : b.absent()) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("ruleId", a.ruleId());
                e.put("uri", uri(a.path()));
                e.put("startLine", a.line());
                e.put("message", a.message());
                e.put("fingerprint", a.fingerprint());
                absent.add(e);
            }
            bp.put("absent", absent);
            if (b.ignored() > 0) bp.put("ignoredWithoutFingerprint", b.ignored());
            runProps.setAdditionalProperty("baseline", bp);
        }

        Run run = new Run()
                .withTool(new Tool().withDriver(driver))
                .withResults(results)
                .withInvocations(List.of(inv))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withProperties(runProps);
        return new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static ArtifactLocation artifact(String path) {
        return new ArtifactLocation().withUri(uri(path)).withUriBaseId("%SRCROOT%");
    }

    /** A relative URI reference for a '/'-separated path: each segment percent-encoded as RFC 3986 requires. */
    public static String uri(String path) {
        StringBuilder sb = new StringBuilder();
        for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        String s = sb.toString();
        // a first segment containing ':' would read as a scheme
        int slash = s.indexOf('/');
        String first = slash < 0 ? s : s.substring(0, slash);
        if (first.contains(":")) s = "./" + s;
        return s;
    }

    private static ReportingDescriptor descriptor(RuleMeta m) {
        PropertyBag props = new PropertyBag().withTags(new LinkedHashSet<>(m.sarifTags()));
        props.setAdditionalProperty("precision", m.precision());
        props.setAdditionalProperty("checklist", m.checklist());
        if (m.isSecurity()) props.setAdditionalProperty("security-severity", m.securitySeverity());
        else props.setAdditionalProperty("problem.severity", switch (m.defaultLevel()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "recommendation";
        });
        if (!m.cwe().isEmpty()) props.setAdditionalProperty("cwe", m.cwe().stream().map(c -> "CWE-" + c).toList());
        if (!m.owasp().isEmpty()) props.setAdditionalProperty("owasp", m.owasp());
        return new ReportingDescriptor()
                .withId(m.id())
                .withName(camel(m.id()))
                .withShortDescription(new MultiformatMessageString().withText(limit(m.title(), 1024)))
                .withFullDescription(new MultiformatMessageString().withText(limit(m.description().strip(), 1024)))
                .withHelp(new MultiformatMessageString().withText(limit(m.description().strip(), 4000) + "\n\n" + plain(m.help()))
                        .withMarkdown(m.help()))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(m.defaultLevel())))
                .withProperties(props);
    }

    private static String plain(String md) {
        return md.replace("```ts", "").replace("```", "").strip();
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String p : id.split("[/-]")) if (!p.isEmpty()) sb.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
        return sb.toString();
    }

    private static String limit(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static ReportingConfiguration.Level configLevel(Level l) {
        return switch (l) {
            case ERROR -> ReportingConfiguration.Level.ERROR;
            case WARNING -> ReportingConfiguration.Level.WARNING;
            case NOTE -> ReportingConfiguration.Level.NOTE;
        };
    }

    /** Locations per result GitHub accepts (the upload is rejected above it); thread-flow locations are capped lower than its 10,000. */
    static final int MAX_LOCATIONS = 1000;

    /**
     * One finding as a SARIF result object, with the given primary line hash (may be null) and no rule index:
     * for {@code backcheck merge}, which rebuilds the absence findings it rolls up over shards.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode resultNode(Finding f, String lineHash) {
        return mapper().valueToTree(result(f, -1, lineHash == null ? new String[0] : new String[]{lineHash}, true));
    }

    private static Result result(Finding f, int ruleIndex, String[] hashes) {
        return result(f, ruleIndex, hashes, false);
    }

    private static Result result(Finding f, int ruleIndex, String[] hashes, boolean givenHash) {
        dev.backcheck.findings.Location l = f.location();
        Region region = new Region().withStartLine(l.line()).withStartColumn(l.column())
                .withEndLine(l.endLine()).withEndColumn(Math.max(l.endColumn(), l.line() == l.endLine() ? l.column() + 1 : 1));
        PhysicalLocation pl = new PhysicalLocation().withArtifactLocation(artifact(l.path())).withRegion(region);

        // related locations get ids 1..n: the rule's own, then the flow's steps that are not among them (the sink is the result's location)
        List<dev.backcheck.findings.Location> related = new ArrayList<>();
        for (dev.backcheck.findings.Location x : f.related()) if (related.size() < MAX_LOCATIONS - 1) related.add(x);
        List<dev.backcheck.findings.Location> flow = capped(f.flow());
        for (int i = 0; i < flow.size() - 1 && related.size() < MAX_LOCATIONS - 1; i++) {
            dev.backcheck.findings.Location s = flow.get(i);
            if (related.stream().noneMatch(x -> dev.backcheck.report.Flows.samePlace(x, s))) related.add(s);
        }

        String text = linked(f.message(), related);
        if (f.fix() != null && !f.fix().isBlank()) text = text + " Fix: " + escapeLinks(f.fix());
        Result r = new Result()
                .withRuleId(f.ruleId())
                .withLevel(switch (f.level()) {
                    case ERROR -> Result.Level.ERROR;
                    case WARNING -> Result.Level.WARNING;
                    case NOTE -> Result.Level.NOTE;
                })
                .withMessage(new Message().withText(text))
                .withLocations(List.of(new com.contrastsecurity.sarif.Location().withPhysicalLocation(pl)));
        if (ruleIndex >= 0) r.setRuleIndex(ruleIndex);
        String hash = givenHash ? (hashes.length == 0 ? null : hashes[0]) : LineHash.forLine(hashes, l.line());
        PartialFingerprints pf = new PartialFingerprints();
        if (hash != null) pf.setAdditionalProperty("primaryLocationLineHash", hash);
        if (f.fingerprint() != null) pf.setAdditionalProperty(dev.backcheck.engine.Fingerprints.KEY, f.fingerprint());
        if (!pf.getAdditionalProperties().isEmpty()) r.setPartialFingerprints(pf);
        if (f.baselineState() != null) {
            r.setBaselineState(f.unchanged() ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        if (!related.isEmpty()) {
            LinkedHashSet<com.contrastsecurity.sarif.Location> rel = new LinkedHashSet<>();
            int id = 1;
            for (dev.backcheck.findings.Location x : related) {
                com.contrastsecurity.sarif.Location sl = new com.contrastsecurity.sarif.Location()
                        .withId(id++)
                        .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact(x.path()))
                                .withRegion(new Region().withStartLine(x.line()).withStartColumn(x.column())));
                if (x.message() != null) sl.setMessage(new Message().withText(escapeLinks(x.message())));
                rel.add(sl);
            }
            r.setRelatedLocations(rel);
        }
        if (!flow.isEmpty()) {
            // one codeFlow with one threadFlow: source first, sink last, each step's message saying what happens there
            List<ThreadFlowLocation> steps = new ArrayList<>();
            for (dev.backcheck.findings.Location s : flow) {
                com.contrastsecurity.sarif.Location sl = new com.contrastsecurity.sarif.Location()
                        .withPhysicalLocation(new PhysicalLocation().withArtifactLocation(artifact(s.path())).withRegion(stepRegion(s)));
                if (s.message() != null) sl.setMessage(new Message().withText(escapeLinks(s.message())));
                steps.add(new ThreadFlowLocation().withLocation(sl));
            }
            r.setCodeFlows(List.of(new CodeFlow().withThreadFlows(List.of(new ThreadFlow().withLocations(steps)))));
        }
        if (f.suppression() != null) {
            r.setSuppressions(new LinkedHashSet<>(List.of(new Suppression().withKind(Suppression.Kind.IN_SOURCE)
                    .withJustification(f.suppression().justification() == null ? "" : f.suppression().justification()))));
        }
        if (!f.properties().isEmpty()) {
            PropertyBag pb = new PropertyBag();
            f.properties().forEach(pb::setAdditionalProperty);
            r.setProperties(pb);
        }
        return r;
    }

    /** The flow within GitHub's per-result limit: its first steps and always its sink. */
    static List<dev.backcheck.findings.Location> capped(List<dev.backcheck.findings.Location> flow) {
        if (flow.size() <= MAX_LOCATIONS) return flow;
        List<dev.backcheck.findings.Location> out = new ArrayList<>(flow.subList(0, MAX_LOCATIONS - 1));
        out.add(flow.get(flow.size() - 1));
        return out;
    }

    /** A step's region: its start, and its end when it spans some text. */
    private static Region stepRegion(dev.backcheck.findings.Location s) {
        Region r = new Region().withStartLine(s.line()).withStartColumn(s.column());
        if (s.endLine() > s.line() || s.endColumn() > s.column()) r.withEndLine(s.endLine()).withEndColumn(Math.max(1, s.endColumn()));
        return r;
    }

    private static final java.util.regex.Pattern LINK_LIKE = java.util.regex.Pattern.compile("\\[([^\\[\\]]*)\\]\\(");

    /**
     * Plain text in which a literal {@code [text](...)} would read as an embedded link (SARIF 3.11.6): its
     * brackets escaped with a backslash. Other brackets are left alone.
     */
    static String escapeLinks(String s) {
        return LINK_LIKE.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement("\\[" + m.group(1) + "\\]("));
    }

    /**
     * The message with its first mention of each related location's {@code path:line} turned into an embedded
     * link to that location's id ({@code [src/app.js:8](1)}), which GitHub shows as a link to the code.
     */
    static String linked(String message, List<dev.backcheck.findings.Location> related) {
        String text = escapeLinks(message);
        for (int i = 0; i < related.size(); i++) {
            dev.backcheck.findings.Location x = related.get(i);
            String place = x.path() + ":" + x.line();
            int at = mention(text, place);
            if (at < 0) continue;
            String label = place.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
            text = text.substring(0, at) + "[" + label + "](" + (i + 1) + ")" + text.substring(at + place.length());
        }
        return text;
    }

    /** Where {@code place} occurs as a whole (not inside a longer path or line number, not inside a link made already), or -1. */
    private static int mention(String text, String place) {
        int from = 0;
        while (true) {
            int at = text.indexOf(place, from);
            if (at < 0) return -1;
            int end = at + place.length();
            boolean startOk = at == 0 || " (`'\"".indexOf(text.charAt(at - 1)) >= 0;
            boolean endOk = end == text.length() || !Character.isDigit(text.charAt(end)) && text.charAt(end) != ']';
            if (startOk && endOk) return at;
            from = at + 1;
        }
    }
}
