package dev.backcheck.engine;

import dev.backcheck.Version;
import dev.backcheck.lang.facts.FileFacts;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The facts cache (--cache DIR, or BACKCHECK_CACHE): one entry per source file, keyed by SHA-256 of the backcheck
 * version, the cache format, the front end (language) that reads it, the file's path in the tree and its exact bytes, so an entry can only ever stand for the
 * same text at the same place, extracted by the same code. An entry is {@code BCF3}, the CRC32C of its payload (4 bytes,
 * big-endian), and the payload: the file's {@link FileFacts} in {@link FactsCodec}'s compact form. The checksum only
 * catches damage (a torn or flipped entry): the key, not the checksum, is what ties an entry to its text, and anyone who
 * can write an entry could write a matching SHA-256 as easily (facts-7 checksummed with SHA-256, which the launcher's
 * C1-only JIT runs without its intrinsic: 1.0-1.3 s CPU for the 121 MB of a 1M-line tree's entries; CRC32C: 20 ms).
 *
 * <p>The cache is not trusted: an entry whose checksum does not match, that does not decode, that names a class
 * outside the facts (the codec can only name the fact records), or that is for another
 * path is ignored and the file is parsed again. Writers write a temporary file in the entry's folder and move it into
 * place atomically, so concurrent scans sharing a cache never read half an entry. After a scan, when the cache holds
 * more than its bound (default 512 MiB, BACKCHECK_CACHE_MAX_MB), the least recently used entries (to the hour: a read
 * entry's time is renewed once it is an hour old) are removed.
 * The cache never follows a symbolic link and writes nowhere but inside its folder.
 */
final class FactsCache {
    private static final byte[] MAGIC = "BCF3".getBytes(StandardCharsets.US_ASCII);
    // facts-2: Fn.loops; facts-3: Fn.catches and loops; facts-4: Fn.compares and names too; facts-5: Fn.Loop.over;
    // facts-6: FactsCodec instead of Java serialization; facts-7: closure:N on Fn.mutations, switch-case guards,
    // "exists" checks, Java facts of the Spring/injection work; facts-8: varint codec, CRC32C checksum
    private static final String FORMAT = "facts-8";

    /** A digest of the code that makes facts (see {@link CodeDigest#EXTRACTION}). */
    static final String EXTRACTOR = CodeDigest.EXTRACTION;
    static final long DEFAULT_MAX_BYTES = 512L * 1024 * 1024;
    /** An entry read is marked recent again (its modification time) only when its mark is older than this: recency for
     *  eviction to the hour, not one utimes per entry per scan. */
    static final long TOUCH_AFTER_MS = 60L * 60 * 1000;

    private final Path dir;
    private final long maxBytes;
    final AtomicLong hits = new AtomicLong(), misses = new AtomicLong(), written = new AtomicLong(), rejected = new AtomicLong();

    private FactsCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The cache in {@code dir} (created when missing), or null with a reason in {@code problem} when it cannot be used. */
    static FactsCache open(Path dir, long maxBytes, List<String> problem) {
        try {
            Path d = dir.toAbsolutePath().normalize().resolve("facts-v1");
            Files.createDirectories(d);
            if (Files.isSymbolicLink(d) || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) {
                problem.add(d + " is not a directory");
                return null;
            }
            return new FactsCache(d.toRealPath(), maxBytes);
        } catch (IOException | SecurityException e) {
            problem.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    /** The entry key of a TS/JS file. */
    static String key(String path, byte[] content) {
        return key("ts", path, content);
    }

    /** The entry key of a file read by the front end of {@code language}. */
    static String key(String language, String path, byte[] content) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((Version.VERSION + "\u0000" + FORMAT + "\u0000" + EXTRACTOR + "\u0000" + language + "\u0000" + path + "\u0000").getBytes(StandardCharsets.UTF_8));
            md.update(content);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".bin");
    }

    /** The cached facts of {@code path} with this key, or null (a miss, or an entry that cannot be trusted). */
    FileFacts get(String key, String path) {
        Path e = entry(key);
        byte[] bytes;
        long modified;
        try {
            // one lstat for "a regular file, not a link", its size and its recency (was: a stat, a read, then a
            // stat and a utimes to touch every entry read)
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(e, java.nio.file.attribute.BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                misses.incrementAndGet();
                return null;
            }
            modified = a.lastModifiedTime().toMillis();
            bytes = Files.readAllBytes(e);
        } catch (IOException | SecurityException ex) {
            misses.incrementAndGet();
            return null;
        }
        FileFacts f = decode(bytes);
        if (f == null || !path.equals(f.path())) {
            rejected.incrementAndGet();
            misses.incrementAndGet();
            try {
                Files.deleteIfExists(e);
            } catch (IOException | SecurityException ignored) {
                // another writer may replace it
            }
            return null;
        }
        hits.incrementAndGet();
        long now = System.currentTimeMillis();
        if (now - modified > TOUCH_AFTER_MS || modified > now) {
            try {
                Files.setLastModifiedTime(e, FileTime.fromMillis(now));
            } catch (IOException | SecurityException ignored) {
                // recency is a hint for eviction only
            }
        }
        return f;
    }

    /** Stores the facts; failures are silent (the cache is an optimisation). */
    void put(String key, FileFacts facts) {
        try {
            byte[] payload = encode(facts);
            CacheFiles.writeAtomically(entry(key), MAGIC, checksum(payload, 0, payload.length), payload);
            written.incrementAndGet();
        } catch (IOException | RuntimeException ignored) {
            // a full disk or a read-only cache only costs speed
        }
    }

    static byte[] encode(FileFacts f) throws IOException {
        return FactsCodec.encode(f);
    }

    /** The CRC32C of {@code b[from, to)}, 4 bytes big-endian. */
    static byte[] checksum(byte[] b, int from, int to) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(b, from, to - from);
        int v = (int) crc.getValue();
        return new byte[] {(byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v};
    }

    private static final int SUM = 4;

    /** The facts in an entry, or null when its checksum or its shape is not what this cache writes. */
    static FileFacts decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + SUM || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
        try {
            int from = MAGIC.length + SUM;
            byte[] sum = checksum(bytes, from, bytes.length);
            if (!Arrays.equals(sum, 0, SUM, bytes, MAGIC.length, from)) return null;
            return FactsCodec.decode(bytes, from, bytes.length);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** Removes the least recently used entries until the cache is within its bound. */
    void evict() {
        record E(Path p, long size, long time) { }
        List<E> all = new ArrayList<>();
        long total = 0;
        try (Stream<Path> s = Files.walk(dir, 2)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (!p.getFileName().toString().endsWith(".bin") || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) continue;
                long size = Files.size(p);
                all.add(new E(p, size, Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis()));
                total += size;
            }
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return;
        }
        if (total <= maxBytes) return;
        all.sort(Comparator.comparingLong(E::time).thenComparing(e -> e.p().toString()));
        for (E e : all) {
            if (total <= maxBytes * 9 / 10) break;
            try {
                if (Files.deleteIfExists(e.p())) total -= e.size();
            } catch (IOException | SecurityException ignored) {
                // another scan may have removed it
            }
        }
    }

    String summary() {
        return "hits " + hits.get() + ", misses " + misses.get() + ", written " + written.get()
                + (rejected.get() > 0 ? ", rejected " + rejected.get() : "");
    }
}
