package dev.backcheck.rules;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.backcheck.findings.Level;

import java.util.List;
import java.util.Map;

/** A rule's metadata and help, read from {@code rules/<family>/<name>.yaml}. */
@JsonIgnoreProperties(ignoreUnknown = false)
public record RuleMeta(
        @JsonProperty(value = "id", required = true) String id,
        @JsonProperty(value = "title", required = true) String title,
        @JsonProperty(value = "level", required = true) String level,
        @JsonProperty(value = "checklist", required = true) String checklist,
        @JsonProperty("security-severity") String securitySeverity,
        @JsonProperty(value = "precision", required = true) String precision,
        @JsonProperty("cwe") List<Integer> cwe,
        @JsonProperty("owasp") List<String> owasp,
        @JsonProperty("tags") List<String> tags,
        @JsonProperty("frameworks") List<String> frameworks,
        @JsonProperty(value = "description", required = true) String description,
        @JsonProperty(value = "help", required = true) String help,
        @JsonProperty("options") Map<String, Option> options,
        @JsonProperty("fix") Map<String, Object> fix,
        @JsonProperty("languages") List<String> languages) {

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Option(@JsonProperty("default") Object defaultValue, @JsonProperty("description") String description) { }

    public RuleMeta {
        cwe = cwe == null ? List.of() : List.copyOf(cwe);
        owasp = owasp == null ? List.of() : List.copyOf(owasp);
        tags = tags == null ? List.of() : List.copyOf(tags);
        frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
        options = options == null ? Map.of() : options;
        fix = fix == null ? Map.of() : fix;
        languages = languages == null || languages.isEmpty() ? DEFAULT_LANGUAGES : List.copyOf(languages);
    }

    /** The languages of a rule that declares none: those every rule handled before the Java front end, TS/JS. */
    public static final List<String> DEFAULT_LANGUAGES = List.of("ts");

    /** Metadata without declared languages (TS/JS). */
    public RuleMeta(String id, String title, String level, String checklist, String securitySeverity, String precision,
                    List<Integer> cwe, List<String> owasp, List<String> tags, List<String> frameworks, String description,
                    String help, Map<String, Option> options, Map<String, Object> fix) {
        this(id, title, level, checklist, securitySeverity, precision, cwe, owasp, tags, frameworks, description, help,
                options, fix, null);
    }

    /**
     * True when the rule's findings may point into a source file of {@code language} ("ts", "java"): the scan drops
     * a finding a rule reports in a source file of a language it does not declare, so a TS rule never misfires on
     * Java code it was not written for.
     */
    public boolean handles(String language) {
        return language == null || languages.contains(language);
    }

    /** Metadata without declared fix text. */
    public RuleMeta(String id, String title, String level, String checklist, String securitySeverity, String precision,
                    List<Integer> cwe, List<String> owasp, List<String> tags, List<String> frameworks, String description,
                    String help, Map<String, Option> options) {
        this(id, title, level, checklist, securitySeverity, precision, cwe, owasp, tags, frameworks, description, help,
                options, null);
    }

    /**
     * The fix text declared under {@code fix:} in the rule's YAML, looked up by keys in order (for
     * example framework, then request part); at each level a missing key falls back to {@code default}.
     * Null when the rule declares none.
     */
    public String fixText(String... keys) {
        Object cur = fix;
        for (String k : keys) {
            if (!(cur instanceof Map<?, ?> m)) break;
            Object next = m.get(k);
            cur = next != null ? next : m.get("default");
        }
        while (cur instanceof Map<?, ?> m) cur = m.get("default");
        return cur == null ? null : String.valueOf(cur).strip();
    }

    /**
     * The fix for a framework ({@link #fixText} keyed by framework: express, fastify, nestjs, hono,
     * default), with {@code {name}} placeholders replaced from {@code values}; null when the rule declares none.
     */
    public String fixFor(String framework, Map<String, String> values) {
        String t = fixText(framework);
        if (t == null && "graphql".equals(framework)) {
            // a standalone GraphQL server (Apollo startStandaloneServer, Yoga createServer) has no middleware chain
            t = "serve the GraphQL server from an Express or Fastify app (Apollo expressMiddleware, Yoga as a handler, Mercurius"
                    + " as a Fastify plugin) and add the control there; `backcheck explain " + id + "` shows it per framework";
        }
        if (t == null) return null;
        for (Map.Entry<String, String> e : values.entrySet()) t = t.replace("{" + e.getKey() + "}", e.getValue());
        return t;
    }

    public Level defaultLevel() {
        return Level.parse(level);
    }

    public boolean isSecurity() {
        return securitySeverity != null && !securitySeverity.isBlank();
    }

    /** Tags as shown in SARIF: the declared ones, then 'security' and external/cwe/cwe-N for security rules. */
    public List<String> sarifTags() {
        java.util.LinkedHashSet<String> t = new java.util.LinkedHashSet<>(tags);
        if (isSecurity()) t.add("security");
        for (Integer c : cwe) t.add("external/cwe/cwe-" + c);
        return List.copyOf(t);
    }

    public String family() {
        return id.substring(0, id.indexOf('/'));
    }

    public String shortName() {
        return id.substring(id.indexOf('/') + 1);
    }

    /** {@code injection/sql-raw-query} → {@code dev.backcheck.rules.injection.SqlRawQueryRule}. */
    public String implementationClass() {
        StringBuilder sb = new StringBuilder();
        for (String part : shortName().split("-")) {
            if (part.isEmpty()) continue;
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return "dev.backcheck.rules." + family().replace('-', '_') + "." + sb + "Rule";
    }
}
