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
}
