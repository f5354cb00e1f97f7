package dev.backcheck.frameworks.fastify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applications started by fastify-cli: a package.json script {@code fastify start [options] app.js}
 * creates the instance itself and registers the file's exported plugin on it (with {@code --prefix}),
 * so the project never calls {@code fastify()} (the layout {@code fastify generate} writes).
 */
final class FastifyCli {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern START = Pattern.compile("(?:^|[\\s;&|(])(?:npx\\s+)?fastify\\s+start\\b([^;&|)]*)");
    /** fastify-cli start options that take a value (from its args.js). */
    private static final Set<String> WITH_VALUE = Set.of("-l", "--log-level", "-p", "--port", "-a", "--address", "-s", "--socket",
            "-r", "--require", "-i", "--import", "-e", "--plugin-timeout", "-T", "--close-grace-delay", "-x", "--prefix",
            "--body-limit", "--ignore-watch", "-L", "--logging-module", "--debug-port", "--debug-host", "-c", "--config",
            "--trust-proxy", "--method", "--lang");

    /** An entry file named by a start script, the prefix it is registered with, and where the script is. */
    record Entry(String file, String prefix, String manifest, int line) { }

    private FastifyCli() { }

    static List<Entry> entries(Project project) {
        SortedSet<String> seen = new TreeSet<>();
        List<Entry> out = new ArrayList<>();
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            String text = project.texts().get(m.path());
            if (text == null) continue;
            JsonNode scripts;
            try {
                scripts = JSON.readTree(text).path("scripts");
            } catch (Exception e) {
                continue;
            }
            if (!scripts.isObject()) continue;
            String base = m.path().contains("/") ? m.path().substring(0, m.path().lastIndexOf('/')) : "";
            Iterator<Map.Entry<String, JsonNode>> it = scripts.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> s = it.next();
                if (!s.getValue().isTextual()) continue;
                Matcher mm = START.matcher(s.getValue().asText());
                while (mm.find()) {
                    String file = null;
                    String prefix = "";
                    String[] toks = mm.group(1).trim().split("\\s+");
                    for (int i = 0; i < toks.length; i++) {
                        String t = toks[i];
                        if (t.isEmpty()) continue;
                        if (t.startsWith("-")) {
                            String name = t.contains("=") ? t.substring(0, t.indexOf('=')) : t;
                            String val = t.contains("=") ? t.substring(t.indexOf('=') + 1) : null;
                            if (WITH_VALUE.contains(name) && val == null && i + 1 < toks.length) val = toks[++i];
                            if ((name.equals("-x") || name.equals("--prefix")) && val != null) prefix = unquote(val);
                            continue;
                        }
                        if (file == null) file = unquote(t);
                    }
                    if (file == null) continue;
                    String src = source(project, base, file);
                    if (src == null) {
                        project.notModelled("fastify-cli start " + file + " (no such source file)", m.path(), lineOf(text, s.getKey()), 1, true);
                    } else if (seen.add(src)) out.add(new Entry(src, prefix, m.path(), lineOf(text, s.getKey())));
                }
            }
        }
        return out;
    }

    private static String unquote(String s) {
        return s.replaceAll("^['\"]|['\"]$", "");
    }

    private static int lineOf(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains("\"" + key + "\"")) return i + 1;
        return 1;
    }

    /** The scanned source of a start script's file: itself, or the TypeScript it is built from (dist/app.js → src/app.ts). */
    private static String source(Project project, String base, String file) {
        String rel = file.startsWith("./") ? file.substring(2) : file;
        String p = base.isEmpty() ? rel : base + "/" + rel;
        List<String> stems = new ArrayList<>();
        String stem = p.replaceAll("\\.[cm]?[jt]s$", "");
        stems.add(stem);
        String relStem = rel.replaceAll("\\.[cm]?[jt]s$", "");
        int slash = relStem.indexOf('/');
        if (slash > 0 && Set.of("dist", "build", "out", "lib", "target").contains(relStem.substring(0, slash))) {
            String rest = relStem.substring(slash + 1);
            stems.add((base.isEmpty() ? "" : base + "/") + "src/" + rest);
            stems.add((base.isEmpty() ? "" : base + "/") + rest);
        }
        if (project.file(p) != null) return p;
        for (String s : stems) {
            for (String ext : List.of(".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", "/index.ts", "/index.js")) {
                if (project.file(s + ext) != null) return s + ext;
            }
        }
        return null;
    }
}
