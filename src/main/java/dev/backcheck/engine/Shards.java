package dev.backcheck.engine;

import dev.backcheck.workspace.Manifest;

import java.util.*;

/**
 * Splits a tree into shards for a CI matrix (--shard K/N). The unit of work is a package root: a folder with a
 * package.json (the tree's root is one too), owning the files below it that no deeper package root owns. A
 * monorepo's services are independent scans, so units are dealt to shards whole: largest first (by source bytes,
 * then by path), each to the shard with the least work so far (the lowest index on a tie). The same tree always
 * gives the same plan.
 *
 * <p>A shard analyses its own units and the workspace packages they depend on (by package.json dependency on a
 * unit's package name, transitively), so a flow from a service into a shared library is still followed. Findings
 * in a package no unit depends on come from its owner; findings in a shared package from the shards that analyse
 * it for a dependent they own (several may: {@code backcheck merge} keeps one). Notifications and findings without
 * a file come from the owner (those of the root unit from the shard that owns it, or shard 1). What a shard cannot see: imports across units through relative paths or tsconfig
 * aliases with no package.json dependency; such trees are better scanned whole.
 */
public final class Shards {
    private final SortedMap<String, String> unitByRoot; // unit root ("" or "apps/api/") → itself, for prefix lookup
    private final Set<String> owned;
    private final Set<String> analysed;
    /** Units whose findings this shard reports. */
    private final Set<String> reported;
    private final boolean ownsRoot;

    private Shards(SortedMap<String, String> units, Set<String> owned, Set<String> analysed, Set<String> reported) {
        this.unitByRoot = units;
        this.owned = owned;
        this.analysed = analysed;
        this.reported = reported;
        this.ownsRoot = owned.contains("");
    }

    /**
     * The plan for shard {@code s}: {@code sourceSizes} by path (the files that would be parsed), the tree's
     * build manifests (package.json, pom.xml, build.gradle: each folder with one is a unit).
     */
    public static Shards plan(ScanOptions.Shard s, Map<String, Long> sourceSizes, List<? extends Manifest> manifests) {
        SortedMap<String, String> units = new TreeMap<>();
        units.put("", "");
        for (Manifest m : manifests) units.put(m.dir(), m.dir());
        Map<String, Set<String>> deps = Manifest.workspaceDependencies(manifests);
        Map<String, Long> weight = new TreeMap<>();
        for (Map.Entry<String, Long> e : sourceSizes.entrySet()) weight.merge(unitOf(units, e.getKey()), Math.max(1, e.getValue()), Long::sum);
        // units with sources, largest first
        List<String> order = new ArrayList<>(weight.keySet());
        order.sort(Comparator.comparingLong((String u) -> -weight.get(u)).thenComparing(u -> u));
        long[] load = new long[s.count()];
        Set<String> owned = new TreeSet<>();
        for (String u : order) {
            int best = 0;
            for (int i = 1; i < load.length; i++) if (load[i] < load[best]) best = i;
            load[best] += weight.get(u);
            if (best == s.index() - 1) owned.add(u);
        }
        // the root unit's project-wide notifications go to the shard that owns it, or shard 1 when it has no sources
        if (!weight.containsKey("") && s.index() == 1) owned.add("");
        Set<String> analysed = new TreeSet<>();
        for (String u : owned) analysed.addAll(closure(u, deps));
        // a package other units depend on (a shared library) is judged with its users: its findings come from the
        // shards that analyse it for a dependent they own, so a flow from a service into it is seen whole; one no
        // unit depends on is reported by its owner
        Set<String> hasDependents = new TreeSet<>();
        for (String u : units.keySet()) {
            Set<String> c = closure(u, deps);
            c.remove(u);
            hasDependents.addAll(c);
        }
        Set<String> reported = new TreeSet<>();
        for (String u : owned) if (!hasDependents.contains(u)) reported.add(u);
        for (String u : owned) {
            for (String d : closure(u, deps)) if (!d.equals(u)) reported.add(d);
        }
        return new Shards(units, Collections.unmodifiableSet(owned), Collections.unmodifiableSet(analysed),
                Collections.unmodifiableSet(reported));
    }

    /**
     * The plan of one unit analysed on its own (see {@link UnitReuse}): the unit, the packages it depends on and those
     * the root package.json depends on (hoisted) are analysed; it reports what a shard owning it would.
     */
    static Shards forUnit(String unit, List<? extends Manifest> manifests) {
        SortedMap<String, String> units = new TreeMap<>();
        units.put("", "");
        for (Manifest m : manifests) units.put(m.dir(), m.dir());
        Map<String, Set<String>> deps = Manifest.workspaceDependencies(manifests);
        Set<String> analysed = hoisted(unit, deps);
        boolean hasDependents = false;
        for (String u : units.keySet()) {
            if (!u.equals(unit) && hoisted(u, deps).contains(unit)) {
                hasDependents = true;
                break;
            }
        }
        Set<String> reported = new TreeSet<>(analysed);
        if (hasDependents) reported.remove(unit);
        return new Shards(units, Set.of(unit), Collections.unmodifiableSet(analysed), Collections.unmodifiableSet(reported));
    }

    /**
     * The unit, the packages it depends on, and the workspace packages the root package.json depends on (a package
     * manager hoists those: every workspace can import them), transitively.
     */
    private static Set<String> hoisted(String unit, Map<String, Set<String>> deps) {
        Set<String> out = closure(unit, deps);
        if (!unit.isEmpty()) {
            for (String d : closure("", deps)) if (!d.isEmpty()) out.addAll(closure(d, deps));
        }
        return out;
    }

    /** The unit roots of a tree with these manifests ("" for the root, else folders with a trailing '/'), sorted. */
    static SortedSet<String> unitRoots(List<? extends Manifest> manifests) {
        SortedSet<String> out = new TreeSet<>(List.of(""));
        for (Manifest m : manifests) out.add(m.dir());
        return out;
    }

    /** The unit a path belongs to. */
    String unit(String path) {
        return unitOf(unitByRoot, path);
    }

    /** The units this plan analyses. */
    Set<String> analysed() {
        return analysed;
    }

    /** The unit and the workspace packages it depends on ({@link Manifest#workspaceDependencies}), transitively. */
    private static Set<String> closure(String unit, Map<String, Set<String>> deps) {
        Set<String> out = new TreeSet<>(List.of(unit));
        Deque<String> todo = new ArrayDeque<>(out);
        while (!todo.isEmpty()) for (String u : deps.getOrDefault(todo.pop(), Set.of())) if (out.add(u)) todo.push(u);
        return out;
    }

    private static String unitOf(SortedMap<String, String> units, String path) {
        // the deepest unit root that is a prefix of the path
        String best = "";
        for (String root : units.headMap(path + "\u0000").keySet()) {
            if (!root.isEmpty() && path.startsWith(root) && root.length() > best.length()) best = root;
        }
        return best;
    }

    /** True when the shard reads and analyses this file. */
    public boolean analyses(String path) {
        return analysed.contains(unitOf(unitByRoot, path));
    }

    /**
     * True when the shard keeps this text: a file of a unit it analyses, or a document of a unit that encloses one (the
     * repository's README, docs and env files above a service: what documents the service's environment in a whole run,
     * see EnvValidation).
     */
    public boolean keepsText(String path) {
        if (analyses(path)) return true;
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
        boolean doc = name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith("dockerfile") || name.equals(".env")
                || name.startsWith(".env.") || name.endsWith(".env") || name.contains(".env.");
        if (!doc) return false;
        String u = unitOf(unitByRoot, path);
        for (String a : analysed) if (u.isEmpty() || a.startsWith(u)) return true;
        return false;
    }

    /** True when the shard reports the findings located in this file. */
    public boolean reports(String path) {
        return reported.contains(unitOf(unitByRoot, path));
    }

    /** True when the file belongs to one of the shard's own units. */
    public boolean owns(String path) {
        return path == null ? ownsRoot : owned.contains(unitOf(unitByRoot, path));
    }

    /** The shard's own units ("" for the root). */
    public Set<String> owned() {
        return owned;
    }
}
