package dev.backcheck.rules.injection;

import dev.backcheck.model.Project;
import dev.backcheck.workspace.PackageJson;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a package the project installs, for sinks whose danger depends on it (lodash before its
 * prototype-pollution fixes, js-yaml 3's unsafe {@code load}): the lockfile's (package-lock.json,
 * npm-shrinkwrap.json, pnpm-lock.yaml, yarn.lock), else the newest release the package.json range admits
 * (what {@code npm install} picks). Unknown when the project declares neither.
 */
public final class Installed {
    private static final int MAX = Integer.MAX_VALUE;

    private Installed() { }

    /**
     * major, minor, patch; null when unknown. npm lockfiles name the top-level copy ({@code node_modules/pkg},
     * or a four-space-indented entry in lockfile version 1); yarn and pnpm lockfiles may list several copies,
     * and the newest counts (a dependency's own older copy is not what the application imports).
     */
    public static int[] version(Project project, String pkg) {
        String q = Pattern.quote(pkg);
        String v3 = "(\\d{1,6})\\.(\\d{1,6})\\.(\\d{1,6})";
        Pattern npm = Pattern.compile("\"node_modules/" + q + "\"\\s*:\\s*\\{[^}]*?\"version\"\\s*:\\s*\"" + v3);
        Pattern npm1 = Pattern.compile("(?m)^ {4}\"" + q + "\"\\s*:\\s*\\{\\s*\"version\"\\s*:\\s*\"" + v3);
        Pattern yarn = Pattern.compile("(?m)^\\s*\"?" + q + "@[^\\n]*\\n\\s+version:? \"?" + v3);
        Pattern pnpm = Pattern.compile("(?m)^\\s*['\"/]?" + q + "[@/]" + v3);
        int[] best = null;
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            boolean isNpm = name.equals("package-lock.json") || name.equals("npm-shrinkwrap.json");
            if (!isNpm && !name.equals("pnpm-lock.yaml") && !name.equals("yarn.lock")) continue;
            for (Pattern p : isNpm ? List.of(npm, npm1) : List.of(yarn, pnpm)) {
                Matcher m = p.matcher(e.getValue());
                int n = 0;
                while (m.find() && n++ < 32) {
                    int[] v = {num(m.group(1)), num(m.group(2)), num(m.group(3))};
                    if (best == null || compare(v, best) > 0) best = v;
                    if (isNpm) break;
                }
                if (best != null && isNpm) break;
            }
        }
        if (best != null) return best;
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(pkg);
            if (d != null && d.version() != null) return newest(d.version());
        }
        return null;
    }

    /** The newest version a package.json range admits: ^1.2.3 → 1.∞.∞, ~1.2.3 → 1.2.∞, 1.2.3 → itself; null for tags, URLs, >=. */
    static int[] newest(String range) {
        String r = range.trim();
        if (r.contains("||") || r.startsWith(">") || r.contains(" - ")) return null;
        Matcher m = Pattern.compile("^([~^=]?)v?(\\d{1,6})(?:\\.(\\d{1,6}|[xX*]))?(?:\\.(\\d{1,6}|[xX*]))?(?:[-+][\\w.]*)?$").matcher(r);
        if (!m.matches()) return null;
        int major = num(m.group(2));
        Integer minor = m.group(3) == null || !m.group(3).matches("\\d+") ? null : num(m.group(3));
        Integer patch = m.group(4) == null || !m.group(4).matches("\\d+") ? null : num(m.group(4));
        String op = m.group(1);
        if (minor == null) return new int[]{major, MAX, MAX};
        if (op.equals("^")) return major > 0 ? new int[]{major, MAX, MAX} : new int[]{0, minor, MAX};
        if (op.equals("~") || patch == null) return new int[]{major, minor, MAX};
        return new int[]{major, minor, patch};
    }

    /**
     * True when the installed {@code pkg} falls in {@code spec}: "*" (every version), "<4.17.11",
     * ">=5.0.0 <5.1.1". An unknown version is not vulnerable (nothing is reported on a guess).
     */
    static boolean within(Project project, String pkg, String spec) {
        if (spec.trim().equals("*")) return true;
        int[] v = version(project, pkg);
        if (v == null) return false;
        for (String part : spec.trim().split("\\s+")) {
            boolean ok;
            if (part.startsWith(">=")) ok = compare(v, parse(part.substring(2))) >= 0;
            else if (part.startsWith("<")) ok = compare(v, parse(part.substring(1))) < 0;
            else return false;
            if (!ok) return false;
        }
        return true;
    }

    static int[] parse(String v) {
        String[] p = v.split("\\.");
        int[] out = new int[3];
        for (int i = 0; i < 3 && i < p.length; i++) out[i] = num(p[i]);
        return out;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
        return 0;
    }

    /** The package of a module specifier: lodash/merge → lodash, @scope/pkg/x → @scope/pkg. */
    static String packageOf(String module) {
        if (module == null) return null;
        if (module.startsWith("node:")) return module.substring(5);
        String[] p = module.split("/");
        if (module.startsWith("@") && p.length >= 2) return p[0] + "/" + p[1];
        return p[0];
    }

    private static int num(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return MAX;
        }
    }
}
