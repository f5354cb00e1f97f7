package dev.backcheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.report.sarif.SarifReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Assertions on a SARIF log: schema-valid, its notifications and its results. */
public final class SarifAssert {
    private final String text;
    private final JsonNode run;

    private SarifAssert(String text) throws Exception {
        this.text = text;
        this.run = new ObjectMapper().readTree(text).path("runs").get(0);
    }

    /** Parses and validates against the SARIF 2.1.0 schema (fails the test when invalid). */
    public static SarifAssert of(String sarif) throws Exception {
        Set<?> errors = SarifSchema.validate(sarif);
        assertTrue(errors.isEmpty(), () -> "SARIF does not validate: " + errors);
        return new SarifAssert(sarif);
    }

    public String text() {
        return text;
    }

    public JsonNode run() {
        return run;
    }

    public boolean executionSuccessful() {
        return run.at("/invocations/0/executionSuccessful").asBoolean();
    }

    public List<JsonNode> notifications() {
        List<JsonNode> out = new ArrayList<>();
        run.at("/invocations/0/toolExecutionNotifications").forEach(out::add);
        return out;
    }

    /** A notification with {@code id} on {@code path} whose message contains {@code reason}. */
    public JsonNode assertNotified(String path, String id, String reason) {
        String uri = SarifReport.uri(path);
        for (JsonNode n : notifications()) {
            if (n.at("/descriptor/id").asText().equals(id)
                    && n.at("/locations/0/physicalLocation/artifactLocation/uri").asText().equals(uri)
                    && n.at("/message/text").asText().contains(reason)) {
                return n;
            }
        }
        fail("no notification " + id + " on " + path + " mentioning '" + reason + "'; notifications: " + notifications());
        return null;
    }

    public void assertNotNotified(String path) {
        String uri = SarifReport.uri(path);
        for (JsonNode n : notifications()) {
            assertNotEquals(uri, n.at("/locations/0/physicalLocation/artifactLocation/uri").asText(), "unexpected notification " + n);
        }
    }

    public List<JsonNode> results(String ruleId) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : run.path("results")) if (r.path("ruleId").asText().equals(ruleId)) out.add(r);
        return out;
    }

    /** A result of {@code ruleId} at {@code path}:{@code line}. */
    public JsonNode assertResult(String ruleId, String path, int line) {
        String uri = SarifReport.uri(path);
        for (JsonNode r : results(ruleId)) {
            JsonNode pl = r.at("/locations/0/physicalLocation");
            if (pl.at("/artifactLocation/uri").asText().equals(uri) && pl.at("/region/startLine").asInt() == line) return r;
        }
        fail("no " + ruleId + " result at " + path + ":" + line + "; results: " + run.path("results"));
        return null;
    }

    /** No result and no notification mentions {@code fragment} in its location. */
    public void assertNoLocationContains(String fragment) {
        for (JsonNode r : run.path("results")) {
            assertFalse(r.toString().contains(fragment), "result refers to " + fragment + ": " + r);
        }
    }
}
