package dev.backcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.rules.AbsenceRollup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.concurrent.Callable;

/**
 * Joins SARIF logs (the shards of a CI matrix) into one upload: one run per tool and category (the part of
 * {@code automationDetails.id} before its last '/'), as GitHub code scanning requires; rules are joined by id and
 * every result's {@code ruleIndex} points into the joined list; results that several logs carry (a shared
 * library's finding seen by two shards) are kept once; results are ordered as a single scan orders them.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Merge SARIF logs (e.g. the shards of 'scan --shard K/N') into one: one run per tool and category, duplicate results removed.")
final class MergeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SARIF", arity = "1..*", description = "SARIF files to merge.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the merged log here (default: standard output).")
    Path output;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Integer call() throws IOException {
        Map<String, Merged> runs = new LinkedHashMap<>();
        String schema = null, version = null;
        for (Path in : inputs) {
            if (!Files.isRegularFile(in)) throw new Main.UsageError("SARIF file not found: " + in);
            JsonNode log;
            try {
                log = JSON.readTree(in.toFile());
            } catch (IOException e) {
                throw new Main.UsageError("not a SARIF log: " + in + " (" + e.getMessage().lines().findFirst().orElse("") + ")");
            }
            if (log == null || !log.path("runs").isArray()) throw new Main.UsageError("not a SARIF log (no runs): " + in);
            if (schema == null && log.hasNonNull("$schema")) schema = log.get("$schema").asText();
            if (version == null && log.hasNonNull("version")) version = log.get("version").asText();
            for (JsonNode run : log.path("runs")) {
                String tool = run.at("/tool/driver/name").asText("");
                String category = category(run.at("/automationDetails/id").asText(null));
                runs.computeIfAbsent(tool + "\u0000" + category, k -> new Merged(category)).add((ObjectNode) run);
            }
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("$schema", schema == null ? "https://json.schemastore.org/sarif-2.1.0.json" : schema);
        out.put("version", version == null ? "2.1.0" : version);
        ArrayNode arr = out.putArray("runs");
        for (Merged m : runs.values()) arr.add(m.build());
        String text = JSON.writeValueAsString(out) + "\n";
        if (output == null) System.out.print(text);
        else {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(output, text, StandardCharsets.UTF_8);
        }
        return Main.OK;
    }

    /** GitHub's category: the id up to its last '/', or the whole id when it has none; "" without an id. */
    static String category(String id) {
        if (id == null || id.isEmpty()) return "";
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The runs of one tool and category being joined. */
    private static final class Merged {
        final String category;
        ObjectNode first;
        final Map<String, ObjectNode> rules = new TreeMap<>();
        final Map<String, ObjectNode> results = new LinkedHashMap<>();
        final Map<String, ObjectNode> notifications = new LinkedHashMap<>();
        final List<String> ids = new ArrayList<>();
        boolean successful = true;

        Merged(String category) {
            this.category = category;
        }

        void add(ObjectNode run) {
            if (first == null) first = run.deepCopy();
            String id = run.at("/automationDetails/id").asText(null);
            if (id != null) ids.add(id);
            List<String> localRules = new ArrayList<>();
            for (JsonNode r : run.at("/tool/driver/rules")) {
                String rid = r.path("id").asText();
                localRules.add(rid);
                rules.putIfAbsent(rid, (ObjectNode) r.deepCopy());
            }
            for (JsonNode r : run.path("results")) {
                ObjectNode res = (ObjectNode) r.deepCopy();
                if (!res.hasNonNull("ruleId") && res.has("ruleIndex")) {
                    int i = res.get("ruleIndex").asInt(-1);
                    if (i >= 0 && i < localRules.size()) res.put("ruleId", localRules.get(i));
                }
                results.putIfAbsent(key(res), res);
            }
            for (JsonNode inv : run.path("invocations")) {
                if (inv.has("executionSuccessful") && !inv.get("executionSuccessful").asBoolean()) successful = false;
                for (JsonNode n : inv.path("toolExecutionNotifications")) notifications.putIfAbsent(n.toString(), (ObjectNode) n.deepCopy());
            }
        }

        /** A result's identity: rule, place, line hash and message (the same finding from two shards is the same text). */
        static String key(JsonNode r) {
            JsonNode pl = r.at("/locations/0/physicalLocation");
            return r.path("ruleId").asText() + "\u0000" + pl.at("/artifactLocation/uri").asText() + "\u0000"
                    + pl.at("/region/startLine").asInt() + ":" + pl.at("/region/startColumn").asInt() + "\u0000"
                    + r.at("/partialFingerprints/primaryLocationLineHash").asText() + "\u0000" + r.at("/message/text").asText();
        }

        /**
         * The shards' per-application absence findings (carried whole, see {@code AbsenceRollup.carry}) rolled up
         * over all of them, as one scan of the whole tree rolls them up; every other result as it is.
         */
        static List<ObjectNode> rollUp(List<ObjectNode> in) {
            List<ObjectNode> out = new ArrayList<>();
            List<Finding> carried = new ArrayList<>();
            Map<String, String> hashes = new HashMap<>();
            for (ObjectNode r : in) {
                JsonNode props = r.path("properties");
                Finding f = null;
                if (props.has(AbsenceRollup.CARRIED)) {
                    Map<String, String> p = new TreeMap<>();
                    props.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
                    Level level = switch (r.path("level").asText("warning")) {
                        case "error" -> Level.ERROR;
                        case "note" -> Level.NOTE;
                        default -> Level.WARNING;
                    };
                    String fp = r.at("/partialFingerprints").path(dev.backcheck.engine.Fingerprints.KEY).asText(null);
                    f = AbsenceRollup.carried(r.path("ruleId").asText(), level, p, fp);
                }
                if (f == null) {
                    out.add(r);
                    continue;
                }
                carried.add(f);
                hashes.put(at(f), r.at("/partialFingerprints/primaryLocationLineHash").asText(null));
            }
            for (Finding f : AbsenceRollup.apply(carried)) {
                ObjectNode node = dev.backcheck.report.sarif.SarifReport.resultNode(f, hashes.get(at(f)));
                node.put("ruleId", f.ruleId());
                out.add(node);
            }
            return out;
        }

        private static String at(Finding f) {
            return f.ruleId() + "\u0000" + f.location().path() + ":" + f.location().line() + ":" + f.location().column() + "\u0000" + f.fingerprint();
        }

        ObjectNode build() {
            ObjectNode run = first;
            List<String> ruleIds = new ArrayList<>(rules.keySet());
            Map<String, Integer> index = new HashMap<>();
            ArrayNode rs = JSON.createArrayNode();
            for (String id : ruleIds) {
                index.put(id, rs.size());
                rs.add(rules.get(id));
            }
            ((ObjectNode) run.with("tool").with("driver")).set("rules", rs);
            List<ObjectNode> sorted = rollUp(new ArrayList<>(results.values()));
            sorted.sort(Comparator.comparing((ObjectNode r) -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                    .thenComparingInt(r -> r.at("/locations/0/physicalLocation/region/startLine").asInt())
                    .thenComparingInt(r -> r.at("/locations/0/physicalLocation/region/startColumn").asInt())
                    .thenComparing(r -> r.path("ruleId").asText())
                    .thenComparing(r -> r.at("/message/text").asText()));
            ArrayNode results = run.putArray("results");
            for (ObjectNode r : sorted) {
                Integer i = index.get(r.path("ruleId").asText());
                if (i != null) r.put("ruleIndex", i);
                results.add(r);
            }
            if (run.has("invocations") && run.get("invocations").size() > 0) {
                ObjectNode inv = (ObjectNode) run.get("invocations").get(0);
                inv.put("executionSuccessful", successful);
                ArrayNode ns = inv.putArray("toolExecutionNotifications");
                notifications.values().forEach(ns::add);
                ArrayNode invs = run.putArray("invocations");
                invs.add(inv);
            }
            if (!ids.isEmpty()) {
                run.putObject("automationDetails").put("id", category.isEmpty() ? ids.get(0) : category + "/");
                ObjectNode props = run.with("properties");
                ArrayNode merged = props.putArray("mergedFrom");
                ids.stream().sorted().forEach(merged::add);
                props.remove("filesAnalyzed");
                props.remove("linesAnalyzed");
            }
            return run;
        }
    }
}
