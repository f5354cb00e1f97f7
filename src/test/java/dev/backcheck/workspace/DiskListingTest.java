package dev.backcheck.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** DiskListing's relative paths are what Path.relativize gives, '/'-separated and sorted, for every file it takes. */
class DiskListingTest {
    @Test
    void pathsAreTheRelativizedOnes(@TempDir Path root) throws Exception {
        for (String p : List.of("Dockerfile", "a/b/c.toml", "a/b c/d é.yml", "a/node_modules/x.json", "z/.hidden/q.sh", "deep/1/2/3/4/5.conf")) {
            Path f = root.resolve(p);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "x");
        }
        List<String> expected = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
                    .filter(r -> !r.startsWith("a/node_modules/")).sorted().forEach(expected::add);
        }
        for (Path r : List.of(root, root.resolve("."), root.resolve("a/..")))
            assertEquals(expected, DiskListing.list(r, Integer.MAX_VALUE, Set.of("node_modules"), 1000, 100, x -> true).paths());
        assertEquals(List.of("a/b/c.toml"), DiskListing.list(root, 3, Set.of(), 1000, 100, x -> x.endsWith(".toml")).paths());
    }
    /**
     * The shared listing answers each region as that region's own walk does: the same paths and completeness, with the
     * size bound, the filter and the count bound (the count bound cuts the walk order, before sorting), on random trees
     * holding every region's skipped folder names at several depths.
     */
    @Test
    void sharedListingAnswersEachRegionAsItsOwnWalk(@TempDir Path tmp) throws Exception {
        java.util.Random rnd = new java.util.Random(31);
        String[] dirs = {"src", "node_modules", ".git", "dist", "build", "coverage", ".next", ".nuxt", ".cache", "vendor", "nginx", "a", "b"};
        String[] names = {"vercel.json", "nginx.conf", "Caddyfile", "x.ts", "y.js", "Dockerfile", "z.yml", "big.json", "w.conf"};
        for (int t = 0; t < 12; t++) {
            Path root = tmp.resolve("t" + t);
            Files.createDirectories(root);
            for (int f = 0; f < 150; f++) {
                StringBuilder rel = new StringBuilder();
                int depth = rnd.nextInt(8);
                for (int d = 0; d < depth; d++) rel.append(dirs[rnd.nextInt(dirs.length)]).append('/');
                rel.append(f % 7 == 0 ? "f" + f + "." + names[rnd.nextInt(names.length)] : names[rnd.nextInt(names.length)]);
                Path file = root.resolve(rel.toString());
                Files.createDirectories(file.getParent());
                if (!Files.isDirectory(file)) Files.writeString(file, "x".repeat(rnd.nextInt(40)));
            }
            DiskListing.Shared shared = new DiskListing.Shared(root);
            for (DiskListing.Region r : DiskListing.Region.values()) {
                for (long bytes : new long[] {Long.MAX_VALUE, 20}) {
                    for (int max : new int[] {Integer.MAX_VALUE, 100, 3, 0}) {
                        for (java.util.function.Predicate<String> wanted : List.<java.util.function.Predicate<String>>of(x -> true,
                                x -> DiskListing.name(x).endsWith(".json"), x -> x.contains("nginx"))) {
                            DiskListing.Result own = DiskListing.list(root, r.maxDepth, r.skipDirs, bytes, max, wanted);
                            assertEquals(own, shared.list(r, bytes, max, wanted), r + " " + bytes + " " + max + " in " + root);
                        }
                    }
                }
            }
        }
        assertEquals(new DiskListing.Result(List.of(), false), new DiskListing.Shared(null).list(DiskListing.Region.CONFIGS, 10, 10, x -> true));
    }
}
