package dev.backcheck.frameworks.spring;

import dev.backcheck.concepts.SpringConfig;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.Manifest;

import java.util.*;

/**
 * The Maven modules of a multi-module tree and which of them end up in one deployable: module A and module B
 * run together when one depends on the other, directly or through other modules of the tree (an app module that
 * depends on a tools module packages the tools module's controllers; a tools module that depends on a common module
 * gets the common module's Spring Security dependency; a module inherits the dependencies of the poms in the folders
 * above it, its parents). Independent modules (a workshop's separate apps) do not.
 * Only Maven builds name their modules' artifacts; with a Gradle build, or a path outside any module, every module
 * is taken as related.
 */
final class BuildModules {
    /** Module folder (as {@link SpringConfig#moduleOf}) to the module folders it depends on, transitively. */
    private final Map<String, Set<String>> reach = new HashMap<>();
    private final Map<String, Manifest> byModule = new HashMap<>();

    private BuildModules(Project project) {
        Map<String, String> moduleOfArtifact = new HashMap<>();
        for (Manifest m : project.manifests()) {
            if (!m.ecosystem().equals("maven") || project.isTestPath(m.path())) continue;
            byModule.put(m.dir(), m);
            if (m.name() != null) moduleOfArtifact.put(m.name(), m.dir());
        }
        Map<String, Set<String>> direct = new HashMap<>();
        for (Map.Entry<String, Manifest> e : byModule.entrySet()) {
            Set<String> out = new TreeSet<>();
            for (String dep : e.getValue().dependencies().keySet()) {
                String mod = moduleOfArtifact.get(dep);
                if (mod != null && !mod.equals(e.getKey())) out.add(mod);
            }
            direct.put(e.getKey(), out);
        }
        for (String m : direct.keySet()) {
            Set<String> seen = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(direct.get(m));
            while (!todo.isEmpty()) {
                String x = todo.poll();
                if (seen.add(x)) todo.addAll(direct.getOrDefault(x, Set.of()));
            }
            reach.put(m, seen);
        }
    }

    static BuildModules of(Project project) {
        return project.derived(BuildModules.class, BuildModules::new);
    }

    /** True when code of the two module folders runs in one application (or the builds cannot tell). */
    boolean related(String a, String b) {
        if (a == null || b == null || a.equals(b)) return true;
        if (byModule.size() < 2 || !byModule.containsKey(a) || !byModule.containsKey(b)) return true;
        return reach.getOrDefault(a, Set.of()).contains(b) || reach.getOrDefault(b, Set.of()).contains(a);
    }

    /** True when module {@code m} or a module related to it declares one of {@code deps}. */
    boolean declares(String m, Collection<String> deps) {
        if (m == null || byModule.size() < 2 || !byModule.containsKey(m)) return false;
        for (Map.Entry<String, Manifest> e : byModule.entrySet()) {
            // a related module, or a pom in a folder above (the parent a module inherits its dependencies from)
            if (!related(m, e.getKey()) && !m.startsWith(e.getKey())) continue;
            for (String d : deps) if (e.getValue().has(d)) return true;
        }
        return false;
    }

    /** True when the tree has several Maven modules that the scoping applies to. */
    boolean multi() {
        return byModule.size() >= 2;
    }

    boolean known(String m) {
        return m != null && byModule.containsKey(m);
    }
}
