package dev.backcheck.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonFactory;
import dev.backcheck.config.JsonTrees;

import java.util.*;

/**
 * A package.json: name, dependencies (runtime and dev) with versions and the line each is
 * declared on, and {@code engines.node}.
 */
public record PackageJson(String path, String name, Map<String, Dep> dependencies, String nodeEngine) implements Manifest {

    @Override
    public String ecosystem() {
        return "npm";
    }

    @Override
    public String runtime() {
        return "node";
    }

    @Override
    public String runtimeVersion() {
        return nodeEngine;
    }

    /** The package.json manifests among {@code manifests}. */
    public static java.util.List<PackageJson> of(java.util.Collection<? extends Manifest> manifests) {
        java.util.List<PackageJson> out = new java.util.ArrayList<>();
        for (Manifest m : manifests) if (m instanceof PackageJson p) out.add(p);
        return out;
    }

    /** The parser factory package.json texts are read with (trees read by {@link JsonTrees}: no mapper is made). */
    private static final JsonFactory JSON = new JsonFactory();

    static {
        JSON.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxStringLength(1_000_000).maxNumberLength(100).build());
        JSON.enable(JsonParser.Feature.ALLOW_COMMENTS);
    }

    /** Parses package.json text; throws IllegalArgumentException with a readable message on bad input. */
    public static PackageJson parse(String path, String text) {
        JsonNode root;
        try {
            root = JsonTrees.read(JSON, text);
        } catch (Exception e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("malformed package.json: " + m);
        }
        if (root == null || !root.isObject()) throw new IllegalArgumentException("package.json is not a JSON object");
        Map<String, Dep> deps = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (String section : List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies")) {
            JsonNode d = root.get(section);
            if (d == null || !d.isObject()) continue;
            boolean dev = section.equals("devDependencies");
            Iterator<Map.Entry<String, JsonNode>> it = d.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String v = e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString();
                deps.putIfAbsent(e.getKey(), new Dep(e.getKey(), v, dev, lineOf(lines, e.getKey())));
            }
        }
        JsonNode eng = root.path("engines").path("node");
        return new PackageJson(path, root.path("name").asText(null), Collections.unmodifiableMap(deps),
                eng.isTextual() ? eng.asText() : null);
    }

    /**
     * The files a package.json names as code to run, as written: {@code main}, {@code bin} (a path or a map of them)
     * and the words of its {@code scripts} ({@code "start": "node ./bin/www"} gives "node" and "./bin/www"). Empty for
     * text that is not a JSON object.
     */
    public static List<String> entryWords(String text) {
        JsonNode root;
        try {
            root = JsonTrees.read(JSON, text);
        } catch (Exception e) {
            return List.of();
        }
        if (root == null || !root.isObject()) return List.of();
        List<String> out = new ArrayList<>();
        if (root.path("main").isTextual()) out.add(root.path("main").asText());
        JsonNode bin = root.get("bin");
        if (bin != null && bin.isTextual()) out.add(bin.asText());
        if (bin != null && bin.isObject()) bin.elements().forEachRemaining(v -> { if (v.isTextual()) out.add(v.asText()); });
        for (String command : scripts(text).values()) {
            for (String w : commandWords(command)) if (w.length() < 300) out.add(w);
        }
        return out;
    }

    /**
     * The words of a script command, with the paths written after a {@code cd DIR} taken from that folder
     * ({@code "cd server && tsx server.ts"} gives "tsx" and "server/server.ts", not the package's own server.ts; the
     * folder itself is no word). A {@code cd} to a folder outside the package or not written out ({@code cd ..},
     * {@code cd $DIR}, {@code cd /srv}) makes the paths after it unknown: they are left out.
     */
    public static List<String> commandWords(String command) {
        List<String> out = new ArrayList<>();
        String[] ws = command.split(SCRIPT_WORDS);
        String cwd = "";
        boolean lost = false;
        for (int i = 0; i < ws.length; i++) {
            String w = ws[i];
            if (w.isEmpty()) continue;
            if (w.equals("cd") && i + 1 < ws.length) {
                String d = ws[++i].replace('\\', '/').replaceFirst("^\\./", "").replaceFirst("/+$", "");
                if (d.isEmpty() || d.equals(".")) continue;
                String joined = Globs.normalize(cwd.isEmpty() ? d : cwd + "/" + d);
                if (d.startsWith("/") || d.startsWith("~") || d.startsWith("$") || d.startsWith("%") || joined == null || joined.startsWith("..")) lost = true;
                else cwd = joined;
                continue;
            }
            boolean pathLike = !w.startsWith("-") && (w.indexOf('.') >= 0 || w.indexOf('/') >= 0);
            if (pathLike && lost) continue;
            if (pathLike && !cwd.isEmpty() && !w.startsWith("/")) {
                String joined = Globs.normalize(cwd + "/" + w.replaceFirst("^\\./", ""));
                if (joined != null) w = joined;
            }
            out.add(w);
        }
        return out;
    }

    /**
     * The code files each of a package.json's {@code scripts} runs, by script name, as written
     * ({@code "create:superuser": "tsx ./drizzle/create-super-admin.ts"} gives create:superuser → ./drizzle/create-super-admin.ts).
     */
    /** What separates the words of a script command: spaces, ; & | ( ) and = (NODE_ENV=production node x.js). */
    private static final String SCRIPT_WORDS = "[\\s;&|()=]+";

    public static Map<String, List<String>> scriptFiles(String text) {
        Map<String, List<String>> out = new TreeMap<>();
        scripts(text).forEach((name, command) -> {
            for (String w : commandWords(command)) {
                if (w.length() < 300 && w.matches("[^-'\"][^'\"]*\\.[cm]?[jt]s")) out.computeIfAbsent(name, k -> new ArrayList<>()).add(w);
            }
        });
        return out;
    }

    /** A package.json's {@code scripts}, name to command as written (an unreadable file or no scripts: empty). */
    public static Map<String, String> scripts(String text) {
        JsonNode root;
        try {
            root = JsonTrees.read(JSON, text);
        } catch (Exception e) {
            return Map.of();
        }
        Map<String, String> out = new TreeMap<>();
        JsonNode scripts = root == null ? null : root.get("scripts");
        if (scripts == null || !scripts.isObject()) return out;
        scripts.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) out.put(e.getKey(), e.getValue().asText());
        });
        return out;
    }

    private static int lineOf(String[] lines, String key) {
        String q = "\"" + key + "\"";
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(q)) return i + 1;
        return 1;
    }

}
