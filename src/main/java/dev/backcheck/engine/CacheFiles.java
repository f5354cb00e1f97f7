package dev.backcheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The file handling the caches share: writing an entry so that readers never see half of it, and least-recently-used
 * eviction of one kind of entry: the entries (files up to two levels below {@code dir} whose
 * name {@code kind} accepts, symlinks never followed) are removed oldest first, by modification time then path,
 * while together they take more than their share of the cache bound, down to nine tenths of it. A removal another scan
 * got to first, or a file system that refuses, only leaves more behind.
 */
final class CacheFiles {
    private CacheFiles() {
    }

    /**
     * Writes {@code parts} one after the other to a temporary file beside {@code entry} and moves it into place: a
     * concurrent reader sees the old entry or the whole new one, never a part.
     */
    static void writeAtomically(Path entry, byte[]... parts) throws IOException {
        Files.createDirectories(entry.getParent());
        Path tmp = Files.createTempFile(entry.getParent(), "w", ".tmp");
        try {
            try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
                for (byte[] part : parts) out.write(part);
            }
            Files.move(tmp, entry, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code share}: the bytes this kind may take; {@code keepNewest}: never remove the newest entry (the one just written). */
    static void evict(Path dir, Predicate<String> kind, long share, boolean keepNewest) {
        record E(Path p, long size, long time) { }
        List<E> all = new ArrayList<>();
        long total = 0;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!kind.test(p.getFileName().toString()) || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                long size = Files.size(p);
                all.add(new E(p, size, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis()));
                total += size;
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return;
        }
        long bound = Math.max(1, share);
        if (total <= bound) return;
        all.sort(Comparator.comparingLong(E::time).thenComparing(e -> e.p().toString()));
        for (E e : keepNewest ? all.subList(0, all.size() - 1) : all) {
            if (total <= bound * 9 / 10) break;
            try {
                if (Files.deleteIfExists(e.p())) total -= e.size();
            } catch (IOException | SecurityException ignored) {
                // another scan may have removed it
            }
        }
    }
}
