package dev.backcheck.concepts;

import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloudflare Workers KV namespaces: the bindings a package's wrangler file declares ({@code [[kv_namespaces]] binding =
 * "SESSION_KV"} in wrangler.toml, {@code "kv_namespaces": [{ "binding": "SESSION_KV" }]} in wrangler.json(c)). A Worker
 * reaches one as {@code env.SESSION_KV} ({@code c.env.SESSION_KV} in Hono). Its {@code get(key)} and {@code delete(key)}
 * name one entry by a key of any text: the key is looked up, never run or parsed.
 */
public final class KvNamespaces {
    /** A [[kv_namespaces]] table of wrangler.toml, up to the next table header, and the binding it names. */
    private static final Pattern TOML_TABLE = Pattern.compile("(?m)^\\s*\\[\\[\\s*(?:env\\.[\\w-]+\\.)?kv_namespaces\\s*]]\\s*$([^\\[]*)");
    private static final Pattern TOML_BINDING = Pattern.compile("(?m)^\\s*binding\\s*=\\s*[\"']([A-Za-z_$][\\w$]*)[\"']");
    /** The kv_namespaces list of wrangler.json(c); its items' "binding" names. */
    private static final Pattern JSON_LIST = Pattern.compile("\"kv_namespaces\"\\s*:\\s*\\[([^\\]]*)]");
    private static final Pattern JSON_BINDING = Pattern.compile("\"binding\"\\s*:\\s*\"([A-Za-z_$][\\w$]*)\"");
    /** The methods that read or remove one entry by its key. */
    public static final Set<String> KEY_METHODS = Set.of("get", "getWithMetadata", "delete");

    private final Set<String> bindings = new TreeSet<>();

    private KvNamespaces(Project project) {
        for (WranglerConfig.File f : WranglerConfig.of(project).files()) {
            boolean toml = f.toml();
            Matcher t = (toml ? TOML_TABLE : JSON_LIST).matcher(f.text());
            while (t.find()) {
                Matcher b = (toml ? TOML_BINDING : JSON_BINDING).matcher(t.group(1));
                while (b.find()) bindings.add(b.group(1));
            }
        }
    }

    public static KvNamespaces of(Project project) {
        return project.derived(KvNamespaces.class, KvNamespaces::new);
    }

    /** {@code recv} is a KV namespace binding reached through the Worker's env: c.env.SESSION_KV, env.SESSION_KV, this.env.X. */
    public boolean namespace(Val recv) {
        if (bindings.isEmpty() || recv == null) return false;
        String last = Vals.lastName(recv);
        if (last == null || !bindings.contains(last)) return false;
        List<String> path = recv instanceof Val.Member mb ? null
                : recv instanceof Val.Param p ? p.path() : recv instanceof Val.Local l ? l.path() : recv instanceof Val.This th ? th.path()
                : recv instanceof Val.Global g ? g.path() : null;
        if (path == null) return recv instanceof Val.Member mb && "env".equals(Vals.lastName(mb.object()));
        return path.size() >= 2 && path.get(path.size() - 2).equals("env")
                || path.size() == 1 && (recv instanceof Val.Param p && p.name().equals("env") || recv instanceof Val.Local l && l.name().equals("env"));
    }
}
