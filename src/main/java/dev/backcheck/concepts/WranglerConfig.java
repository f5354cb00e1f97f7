package dev.backcheck.concepts;

import dev.backcheck.model.Project;
import dev.backcheck.workspace.Manifest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cloudflare Workers configuration files of the tree: a wrangler.toml, wrangler.json or wrangler.jsonc beside an npm
 * package's package.json, read once. KvNamespaces reads their KV bindings, ImportIndex the entry they deploy.
 */
public final class WranglerConfig {
    private static final List<String> NAMES = List.of("wrangler.toml", "wrangler.json", "wrangler.jsonc");
    /** {@code main = "src/index.ts"} (TOML, at the top or under an [env.x] table) or {@code "main": "src/index.ts"} (JSON). */
    private static final Pattern MAIN = Pattern.compile("(?m)^\\s*(?:main\\s*=|\"main\"\\s*:)\\s*[\"']([^\"'\\s]+)[\"']");

    /**
     * One wrangler file: the package folder it stands in ({@link Manifest#dir()}: "" or ending in '/'), its name and text.
     */
    public record File(String dir, String name, String text) {
        public boolean toml() {
            return name.endsWith(".toml");
        }

        /** The entry files it names, as written (main = "server.ts"), relative to {@link #dir()}. */
        public List<String> mains() {
            List<String> out = new ArrayList<>();
            Matcher m = MAIN.matcher(text);
            while (m.find()) out.add(m.group(1));
            return out;
        }
    }

    private final List<File> files;

    private WranglerConfig(Project project) {
        List<File> out = new ArrayList<>();
        for (Manifest m : project.manifests()) {
            if (!"npm".equals(m.ecosystem())) continue;
            for (String name : NAMES) {
                String text = SourceLines.text(project, m.dir() + name, 256 * 1024);
                if (text != null) out.add(new File(m.dir(), name, text));
            }
        }
        files = Collections.unmodifiableList(out);
    }

    public static WranglerConfig of(Project project) {
        return project.derived(WranglerConfig.class, WranglerConfig::new);
    }

    /** Every wrangler file beside a package.json, in manifest order. */
    public List<File> files() {
        return files;
    }
}
