package dev.backcheck.report.sarif;

import com.contrastsecurity.sarif.*;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.util.*;

/**
 * Writes the java-sarif object model {@link SarifReport#build} makes through Jackson's streaming generator, with the
 * bytes {@link SarifReport#mapper()} would write for it: the same pretty printer, each class's properties in its
 * {@code @JsonPropertyOrder}, a property left out when it is null or equal to a default-constructed object's value
 * (the classes' {@code NON_DEFAULT}; the three {@code level}s only when null, as the mix-ins say), enums by their
 * {@code @JsonValue}, URIs as text, the any-getter maps after the other properties and every map's entries sorted by
 * key ({@code ORDER_MAP_ENTRIES_BY_KEYS}).
 *
 * <p>Why: the first {@code writeValueAsString} of a SARIF log costs about 0.3-0.4 s of CPU in a fresh JVM (Jackson
 * introspects some 25 classes' annotations and accessors through reflection and compiles that code), a few percent
 * of a 100k-line scan and most of a small one's report; this writer needs none of it.
 *
 * <p>It knows only the properties {@code build} sets. Every object is checked against a copy made of those
 * properties alone (java-sarif's {@code equals} compares all of them): an object that carries anything else, a
 * property value of a type not listed here, or a null in a map makes {@link #write} answer null, and the caller
 * uses the object mapper. {@code SarifWriterTest} compares the two on scans of the fixture apps and on edge cases.
 */
final class SarifWriter {
    private SarifWriter() { }

    /** Thrown inside: the log holds something this writer does not write. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private static final Run RUN = new Run();
    private static final ToolComponent TOOL_COMPONENT = new ToolComponent();
    private static final ReportingDescriptor DESCRIPTOR = new ReportingDescriptor();
    private static final MultiformatMessageString MULTIFORMAT = new MultiformatMessageString();
    private static final PropertyBag BAG = new PropertyBag();
    private static final Result RESULT = new Result();
    private static final Message MESSAGE = new Message();
    private static final Location LOCATION = new Location();
    private static final PhysicalLocation PHYSICAL = new PhysicalLocation();
    private static final ArtifactLocation ARTIFACT = new ArtifactLocation();
    private static final Region REGION = new Region();
    private static final Suppression SUPPRESSION = new Suppression();
    private static final CodeFlow CODE_FLOW = new CodeFlow();
    private static final ThreadFlow THREAD_FLOW = new ThreadFlow();
    private static final Invocation INVOCATION = new Invocation();
    private static final Notification NOTIFICATION = new Notification();
    private static final ReportingDescriptorReference DESCRIPTOR_REF = new ReportingDescriptorReference();
    private static final RunAutomationDetails AUTOMATION = new RunAutomationDetails();
    private static final SarifSchema210 LOG = new SarifSchema210();

    /** The log as {@code SarifReport.mapper().writeValueAsString(log)} writes it, or null when this writer cannot. */
    static String write(SarifSchema210 log) {
        // the buffer writeValueAsString writes into: segments, no doubling copies of a growing array
        SegmentedStringWriter out = new SegmentedStringWriter(FACTORY._getBufferRecycler());
        try {
            try (JsonGenerator g = FACTORY.createGenerator(out)) {
                g.setPrettyPrinter(new DefaultPrettyPrinter());
                log(g, log);
            }
            return out.getAndClear();
        } catch (Unsupported | IOException e) {
            return null;
        }
    }

    private static void same(Object written, Object given) {
        if (!written.equals(given)) throw new Unsupported();
    }

    /** Written when not null and not the default object's value. */
    private static boolean shown(Object v, Object dflt) {
        return v != null && !v.equals(dflt);
    }

    private static void text(JsonGenerator g, String name, Object v, Object dflt) throws IOException {
        if (shown(v, dflt)) {
            g.writeFieldName(name);
            g.writeString(v.toString());
        }
    }

    private static void number(JsonGenerator g, String name, Integer v, Integer dflt) throws IOException {
        if (shown(v, dflt)) {
            g.writeFieldName(name);
            g.writeNumber(v.intValue());
        }
    }

    private static void log(JsonGenerator g, SarifSchema210 x) throws IOException {
        same(new SarifSchema210().with$schema(x.get$schema()).withVersion(x.getVersion()).withRuns(x.getRuns()), x);
        g.writeStartObject();
        text(g, "$schema", x.get$schema(), LOG.get$schema());
        text(g, "version", x.getVersion(), LOG.getVersion());
        if (shown(x.getRuns(), LOG.getRuns())) {
            g.writeFieldName("runs");
            g.writeStartArray();
            for (Run r : x.getRuns()) run(g, r);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void run(JsonGenerator g, Run x) throws IOException {
        same(new Run().withTool(x.getTool()).withInvocations(x.getInvocations()).withResults(x.getResults())
                .withAutomationDetails(x.getAutomationDetails()).withColumnKind(x.getColumnKind()).withProperties(x.getProperties()), x);
        g.writeStartObject();
        if (shown(x.getTool(), RUN.getTool())) {
            g.writeFieldName("tool");
            same(new Tool().withDriver(x.getTool().getDriver()), x.getTool());
            g.writeStartObject();
            if (x.getTool().getDriver() != null) {
                g.writeFieldName("driver");
                driver(g, x.getTool().getDriver());
            }
            g.writeEndObject();
        }
        if (shown(x.getInvocations(), RUN.getInvocations())) {
            g.writeFieldName("invocations");
            g.writeStartArray();
            for (Invocation i : x.getInvocations()) invocation(g, i);
            g.writeEndArray();
        }
        if (shown(x.getResults(), RUN.getResults())) {
            g.writeFieldName("results");
            g.writeStartArray();
            for (Result r : x.getResults()) result(g, r);
            g.writeEndArray();
        }
        if (shown(x.getAutomationDetails(), RUN.getAutomationDetails())) {
            RunAutomationDetails a = x.getAutomationDetails();
            same(new RunAutomationDetails().withId(a.getId()), a);
            g.writeFieldName("automationDetails");
            g.writeStartObject();
            text(g, "id", a.getId(), AUTOMATION.getId());
            g.writeEndObject();
        }
        text(g, "columnKind", x.getColumnKind(), RUN.getColumnKind());
        bag(g, x.getProperties(), RUN.getProperties());
        g.writeEndObject();
    }

    private static void driver(JsonGenerator g, ToolComponent x) throws IOException {
        same(new ToolComponent().withName(x.getName()).withVersion(x.getVersion()).withSemanticVersion(x.getSemanticVersion())
                .withInformationUri(x.getInformationUri()).withRules(x.getRules()), x);
        g.writeStartObject();
        text(g, "name", x.getName(), TOOL_COMPONENT.getName());
        text(g, "version", x.getVersion(), TOOL_COMPONENT.getVersion());
        text(g, "semanticVersion", x.getSemanticVersion(), TOOL_COMPONENT.getSemanticVersion());
        text(g, "informationUri", x.getInformationUri(), TOOL_COMPONENT.getInformationUri());
        if (shown(x.getRules(), TOOL_COMPONENT.getRules())) {
            g.writeFieldName("rules");
            g.writeStartArray();
            for (ReportingDescriptor d : x.getRules()) descriptor(g, d);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void descriptor(JsonGenerator g, ReportingDescriptor x) throws IOException {
        same(new ReportingDescriptor().withId(x.getId()).withName(x.getName()).withShortDescription(x.getShortDescription())
                .withFullDescription(x.getFullDescription()).withDefaultConfiguration(x.getDefaultConfiguration())
                .withHelp(x.getHelp()).withProperties(x.getProperties()), x);
        g.writeStartObject();
        text(g, "id", x.getId(), DESCRIPTOR.getId());
        text(g, "name", x.getName(), DESCRIPTOR.getName());
        multiformat(g, "shortDescription", x.getShortDescription(), DESCRIPTOR.getShortDescription());
        multiformat(g, "fullDescription", x.getFullDescription(), DESCRIPTOR.getFullDescription());
        if (shown(x.getDefaultConfiguration(), DESCRIPTOR.getDefaultConfiguration())) {
            ReportingConfiguration c = x.getDefaultConfiguration();
            same(new ReportingConfiguration().withLevel(c.getLevel()), c);
            g.writeFieldName("defaultConfiguration");
            g.writeStartObject();
            if (c.getLevel() != null) { // NON_NULL (ConfigLevelMixin)
                g.writeFieldName("level");
                g.writeString(c.getLevel().toString());
            }
            g.writeEndObject();
        }
        multiformat(g, "help", x.getHelp(), DESCRIPTOR.getHelp());
        bag(g, x.getProperties(), DESCRIPTOR.getProperties());
        g.writeEndObject();
    }

    private static void multiformat(JsonGenerator g, String name, MultiformatMessageString x, MultiformatMessageString dflt) throws IOException {
        if (!shown(x, dflt)) return;
        same(new MultiformatMessageString().withText(x.getText()).withMarkdown(x.getMarkdown()), x);
        g.writeFieldName(name);
        g.writeStartObject();
        text(g, "text", x.getText(), MULTIFORMAT.getText());
        text(g, "markdown", x.getMarkdown(), MULTIFORMAT.getMarkdown());
        g.writeEndObject();
    }

    private static void message(JsonGenerator g, Message x, Message dflt) throws IOException {
        if (!shown(x, dflt)) return;
        same(new Message().withText(x.getText()), x);
        g.writeFieldName("message");
        g.writeStartObject();
        text(g, "text", x.getText(), MESSAGE.getText());
        g.writeEndObject();
    }

    private static void bag(JsonGenerator g, PropertyBag x, PropertyBag dflt) throws IOException {
        if (!shown(x, dflt)) return;
        PropertyBag copy = new PropertyBag().withTags(x.getTags());
        x.getAdditionalProperties().forEach(copy::setAdditionalProperty);
        same(copy, x);
        g.writeFieldName("properties");
        g.writeStartObject();
        if (shown(x.getTags(), BAG.getTags())) {
            g.writeFieldName("tags");
            g.writeStartArray();
            for (String t : x.getTags()) value(g, t);
            g.writeEndArray();
        }
        entries(g, x.getAdditionalProperties());
        g.writeEndObject();
    }

    /** A map's entries, sorted by key, as fields of the object being written. */
    private static void entries(JsonGenerator g, Map<?, ?> m) throws IOException {
        TreeMap<String, Object> sorted = new TreeMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!(e.getKey() instanceof String k) || e.getValue() == null) throw new Unsupported();
            sorted.put(k, e.getValue());
        }
        for (Map.Entry<String, Object> e : sorted.entrySet()) {
            g.writeFieldName(e.getKey());
            value(g, e.getValue());
        }
    }

    /** A value of a property bag or a map inside one: the plain JSON types only. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v instanceof String s) g.writeString(s);
        else if (v instanceof Integer i) g.writeNumber(i.intValue());
        else if (v instanceof Long l) g.writeNumber(l.longValue());
        else if (v instanceof Boolean b) g.writeBoolean(b);
        else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            entries(g, m);
            g.writeEndObject();
        } else if (v instanceof List<?> || v instanceof LinkedHashSet<?>) {
            g.writeStartArray();
            for (Object o : (Collection<?>) v) {
                if (o == null) throw new Unsupported();
                value(g, o);
            }
            g.writeEndArray();
        } else throw new Unsupported();
    }

    private static void result(JsonGenerator g, Result x) throws IOException {
        Result copy = new Result().withRuleId(x.getRuleId()).withRuleIndex(x.getRuleIndex()).withLevel(x.getLevel())
                .withMessage(x.getMessage()).withLocations(x.getLocations()).withPartialFingerprints(x.getPartialFingerprints())
                .withCodeFlows(x.getCodeFlows()).withRelatedLocations(x.getRelatedLocations()).withSuppressions(x.getSuppressions())
                .withBaselineState(x.getBaselineState()).withProperties(x.getProperties());
        same(copy, x);
        g.writeStartObject();
        text(g, "ruleId", x.getRuleId(), RESULT.getRuleId());
        number(g, "ruleIndex", x.getRuleIndex(), RESULT.getRuleIndex());
        if (x.getLevel() != null) { // NON_NULL (ResultLevelMixin): "warning", the schema's default, is written too
            g.writeFieldName("level");
            g.writeString(x.getLevel().toString());
        }
        message(g, x.getMessage(), RESULT.getMessage());
        if (shown(x.getLocations(), RESULT.getLocations())) {
            g.writeFieldName("locations");
            locations(g, x.getLocations());
        }
        if (shown(x.getPartialFingerprints(), RESULT.getPartialFingerprints())) {
            PartialFingerprints p = x.getPartialFingerprints();
            PartialFingerprints pc = new PartialFingerprints();
            p.getAdditionalProperties().forEach(pc::setAdditionalProperty);
            same(pc, p);
            g.writeFieldName("partialFingerprints");
            g.writeStartObject();
            entries(g, p.getAdditionalProperties());
            g.writeEndObject();
        }
        if (shown(x.getCodeFlows(), RESULT.getCodeFlows())) {
            g.writeFieldName("codeFlows");
            g.writeStartArray();
            for (CodeFlow c : x.getCodeFlows()) {
                same(new CodeFlow().withThreadFlows(c.getThreadFlows()), c);
                g.writeStartObject();
                if (shown(c.getThreadFlows(), CODE_FLOW.getThreadFlows())) {
                    g.writeFieldName("threadFlows");
                    g.writeStartArray();
                    for (ThreadFlow t : c.getThreadFlows()) {
                        same(new ThreadFlow().withLocations(t.getLocations()), t);
                        g.writeStartObject();
                        if (shown(t.getLocations(), THREAD_FLOW.getLocations())) {
                            g.writeFieldName("locations");
                            g.writeStartArray();
                            for (ThreadFlowLocation s : t.getLocations()) {
                                same(new ThreadFlowLocation().withLocation(s.getLocation()), s);
                                g.writeStartObject();
                                if (s.getLocation() != null) {
                                    g.writeFieldName("location");
                                    location(g, s.getLocation());
                                }
                                g.writeEndObject();
                            }
                            g.writeEndArray();
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        if (shown(x.getRelatedLocations(), RESULT.getRelatedLocations())) {
            g.writeFieldName("relatedLocations");
            locations(g, x.getRelatedLocations());
        }
        if (shown(x.getSuppressions(), RESULT.getSuppressions())) {
            g.writeFieldName("suppressions");
            g.writeStartArray();
            for (Suppression s : x.getSuppressions()) {
                same(new Suppression().withKind(s.getKind()).withJustification(s.getJustification()), s);
                g.writeStartObject();
                text(g, "kind", s.getKind(), SUPPRESSION.getKind());
                text(g, "justification", s.getJustification(), SUPPRESSION.getJustification());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        text(g, "baselineState", x.getBaselineState(), RESULT.getBaselineState());
        bag(g, x.getProperties(), RESULT.getProperties());
        g.writeEndObject();
    }

    private static void locations(JsonGenerator g, Collection<Location> ls) throws IOException {
        g.writeStartArray();
        for (Location l : ls) location(g, l);
        g.writeEndArray();
    }

    private static void location(JsonGenerator g, Location x) throws IOException {
        same(new Location().withId(x.getId()).withPhysicalLocation(x.getPhysicalLocation()).withMessage(x.getMessage()), x);
        g.writeStartObject();
        number(g, "id", x.getId(), LOCATION.getId());
        if (shown(x.getPhysicalLocation(), LOCATION.getPhysicalLocation())) {
            PhysicalLocation p = x.getPhysicalLocation();
            same(new PhysicalLocation().withArtifactLocation(p.getArtifactLocation()).withRegion(p.getRegion()), p);
            g.writeFieldName("physicalLocation");
            g.writeStartObject();
            if (shown(p.getArtifactLocation(), PHYSICAL.getArtifactLocation())) {
                ArtifactLocation a = p.getArtifactLocation();
                same(new ArtifactLocation().withUri(a.getUri()).withUriBaseId(a.getUriBaseId()), a);
                g.writeFieldName("artifactLocation");
                g.writeStartObject();
                text(g, "uri", a.getUri(), ARTIFACT.getUri());
                text(g, "uriBaseId", a.getUriBaseId(), ARTIFACT.getUriBaseId());
                g.writeEndObject();
            }
            if (shown(p.getRegion(), PHYSICAL.getRegion())) {
                Region r = p.getRegion();
                same(new Region().withStartLine(r.getStartLine()).withStartColumn(r.getStartColumn())
                        .withEndLine(r.getEndLine()).withEndColumn(r.getEndColumn()), r);
                g.writeFieldName("region");
                g.writeStartObject();
                number(g, "startLine", r.getStartLine(), REGION.getStartLine());
                number(g, "startColumn", r.getStartColumn(), REGION.getStartColumn());
                number(g, "endLine", r.getEndLine(), REGION.getEndLine());
                number(g, "endColumn", r.getEndColumn(), REGION.getEndColumn());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        message(g, x.getMessage(), LOCATION.getMessage());
        g.writeEndObject();
    }

    private static void invocation(JsonGenerator g, Invocation x) throws IOException {
        same(new Invocation().withToolExecutionNotifications(x.getToolExecutionNotifications())
                .withExecutionSuccessful(x.getExecutionSuccessful()), x);
        g.writeStartObject();
        if (shown(x.getToolExecutionNotifications(), INVOCATION.getToolExecutionNotifications())) {
            g.writeFieldName("toolExecutionNotifications");
            g.writeStartArray();
            for (Notification n : x.getToolExecutionNotifications()) notification(g, n);
            g.writeEndArray();
        }
        if (shown(x.getExecutionSuccessful(), INVOCATION.getExecutionSuccessful())) {
            g.writeFieldName("executionSuccessful");
            g.writeBoolean(x.getExecutionSuccessful());
        }
        g.writeEndObject();
    }

    private static void notification(JsonGenerator g, Notification x) throws IOException {
        same(new Notification().withLocations(x.getLocations()).withMessage(x.getMessage()).withLevel(x.getLevel())
                .withDescriptor(x.getDescriptor()), x);
        g.writeStartObject();
        if (shown(x.getLocations(), NOTIFICATION.getLocations())) {
            g.writeFieldName("locations");
            locations(g, x.getLocations());
        }
        message(g, x.getMessage(), NOTIFICATION.getMessage());
        if (x.getLevel() != null) { // NON_NULL (NotificationLevelMixin)
            g.writeFieldName("level");
            g.writeString(x.getLevel().toString());
        }
        if (shown(x.getDescriptor(), NOTIFICATION.getDescriptor())) {
            ReportingDescriptorReference d = x.getDescriptor();
            same(new ReportingDescriptorReference().withId(d.getId()), d);
            g.writeFieldName("descriptor");
            g.writeStartObject();
            text(g, "id", d.getId(), DESCRIPTOR_REF.getId());
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
