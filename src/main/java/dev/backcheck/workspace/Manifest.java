package dev.backcheck.workspace;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A build manifest: package.json ({@link PackageJson}), pom.xml ({@link PomXml}), build.gradle / build.gradle.kts
 * ({@link GradleBuild}). Dependencies by name: the npm package name, or {@code groupId:artifactId} for Maven and
 * Gradle. The engine, project and stack read manifests through this interface only.
 */
public interface Manifest {
    /** One declared dependency: its name, the version as written (null when the build manages it), dev/test only, line. */
    record Dep(String name, String version, boolean dev, int line) { }

    /** The manifest file, relative to the scan root. */
    String path();

    /** The package or artifact name ({@code groupId:artifactId} for Maven), or null. */
    String name();

    /** "npm", "maven" or "gradle". */
    String ecosystem();

    /** Declared dependencies by name, sorted. */
    Map<String, Dep> dependencies();

    /** The runtime the manifest pins ("node" for engines.node, "java" for the Java release), or null. */
    default String runtime() {
        return null;
    }

    /** The version of {@link #runtime()} as written, or null. */
    default String runtimeVersion() {
        return null;
    }

    /**
     * Versions of platforms the manifest pins for everything it builds, by platform: {@code spring-boot} (from a
     * Maven parent, BOM or plugin, or the Gradle plugin). Empty for npm.
     */
    default Map<String, String> versions() {
        return Map.of();
    }

    default boolean has(String dep) {
        return dependencies().containsKey(dep);
    }

    /** The folder the manifest describes, with a trailing '/' ("" for the root). */
    default String dir() {
        int slash = path().lastIndexOf('/');
        return slash < 0 ? "" : path().substring(0, slash + 1);
    }

    /**
     * The workspace packages each package depends on by name, by folder ({@link #dir()}, trailing '/'): a dependency
     * whose name is the name of a manifest of the tree (the first with that name) is that manifest's folder.
     */
    static java.util.Map<String, java.util.Set<String>> workspaceDependencies(java.util.Collection<? extends Manifest> manifests) {
        java.util.Map<String, String> dirOfName = new java.util.HashMap<>();
        for (Manifest m : manifests) if (m.name() != null && !m.name().isBlank()) dirOfName.putIfAbsent(m.name(), m.dir());
        java.util.Map<String, java.util.Set<String>> out = new java.util.HashMap<>();
        for (Manifest m : manifests) {
            for (String dep : m.dependencies().keySet()) {
                String u = dirOfName.get(dep);
                if (u != null) out.computeIfAbsent(m.dir(), k -> new java.util.TreeSet<>()).add(u);
            }
        }
        return out;
    }

    /** File names that are manifests. */
    List<String> NAMES = List.of("package.json", "pom.xml", "build.gradle", "build.gradle.kts");

    static boolean isManifest(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return NAMES.contains(name);
    }

    /**
     * Parses a manifest file; throws IllegalArgumentException with a readable message on bad input.
     * Returns null when {@code path} names no manifest.
     */
    static Manifest parse(String path, String text) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (name) {
            case "package.json" -> PackageJson.parse(path, text);
            case "pom.xml" -> PomXml.parse(path, text);
            case "build.gradle", "build.gradle.kts" -> GradleBuild.parse(path, text);
            default -> null;
        };
    }
}
