package dev.backcheck.engine;

import dev.backcheck.Version;
import dev.backcheck.config.ConfigLoader;
import dev.backcheck.workspace.SourceFile;
import dev.backcheck.workspace.Workspace;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;
import java.util.stream.Stream;

/**
 * The result cache (under {@code --cache DIR}, next to the facts cache): the rendered outputs and exit code of a whole
 * scan, reused when every input is unchanged. The key is SHA-256 over the backcheck version, this format, the scan
 * options (root, excludes, limits, rules, claims, shard...), the output options the caller names (formats, files,
 * fail-on level...), and the path, size and SHA-256 of every file the workspace walk finds (sources, manifests,
 * texts, the config file) plus any config or claims file outside the tree. A change to any of them is another key.
 *
 * <p>Entries are {@code BCR1}, the SHA-256 of the payload, then the payload; an entry whose checksum or shape is
 * wrong is deleted and the scan runs. Writers write a temporary file in the entry's folder and rename it atomically.
 * The entries share the facts cache's size bound (least recently used removed first). Nothing is stored for a scan
 * with internal errors or a per-file timeout (those depend on the machine, not on the inputs).
 */
public final class ResultCache {
    private static final byte[] MAGIC = "BCR1".getBytes(StandardCharsets.US_ASCII);
    private static final String FORMAT = "result-1";
    private static final int MAX_OUTPUTS = 64;

    /** One rendered output: its format, its file (null: standard output) and its text. */
    public record Output(String format, String file, String content) { }

    /** A stored result: the outputs in order and the exit code. */
    public record Entry(List<Output> outputs, int exitCode) { }

    private final Path dir;
    private final long maxBytes;

    private ResultCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    /** The result cache inside {@code cacheDir}, or null when it cannot be used (the scan then runs as usual). */
    public static ResultCache open(Path cacheDir) {
        try {
            Path d = cacheDir.toAbsolutePath().normalize().resolve("results-v1");
            Files.createDirectories(d);
            if (Files.isSymbolicLink(d) || !Files.isDirectory(d, LinkOption.NOFOLLOW_LINKS)) return null;
            return new ResultCache(d.toRealPath(), Scanner.cacheBound());
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    /**
     * The key of a scan of {@code opts} rendered as {@code rendering} describes, or null when the inputs cannot be
     * read completely (then nothing is reused or stored).
     */
    public static String key(ScanOptions opts, List<String> rendering) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, Version.VERSION);
            update(md, FORMAT);
            update(md, build());
            ScanOptions o = opts.withCache(null).withJobs(0); // the output does not depend on the threads
            update(md, o.toString());
            update(md, String.valueOf(rendering));
            Path root = opts.root().toAbsolutePath().normalize();
            update(md, root.toString());
            Workspace ws = Workspace.scan(root, opts.excludes(), opts.maxFileSize());
            List<SourceFile> files = new ArrayList<>(ws.files());
            Collections.sort(files);
            MessageDigest file = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (SourceFile f : files) {
                update(md, f.path());
                if (!hashFile(f.file(), file, buf, md)) return null;
            }
            update(md, String.valueOf(ws.scripts()));
            // files of other languages some stage reads on demand (the claim judge's Python routes)
            for (SourceFile f : ws.otherLanguageFiles().values()) {
                update(md, "other:" + f.path());
                if (!hashFile(f.file(), file, buf, md)) return null;
            }
            // a config or claims file named on the command line may be outside the tree; the git index (which
            // files are committed: secrets/dotenv-committed) and ignore files above the root are too
            List<Path> extra = new ArrayList<>(opts.claimFiles());
            extra.addAll(dev.backcheck.concepts.GitState.inputs(root));
            if (opts.config() != null) extra.add(opts.config());
            else {
                Path c = ConfigLoader.discover(opts.root());
                if (c != null) extra.add(c);
            }
            for (Path p : extra) {
                update(md, p.toAbsolutePath().normalize().toString());
                if (!Files.isRegularFile(p) || !hashFile(p, file, buf, md)) update(md, "<missing>");
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The build of backcheck that runs: a digest of its own classes and resources and of the shaded libraries' versions
     * ({@link CodeDigest#BUILD}); a rebuild of the same sources is the same build, one from changed sources is another.
     */
    static String build() {
        return CodeDigest.BUILD;
    }

    static boolean hashFile(Path p, MessageDigest file, byte[] buf, MessageDigest into) {
        file.reset();
        long n = 0;
        try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                file.update(buf, 0, r);
                n += r;
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        update(into, Long.toString(n));
        into.update(file.digest());
        return true;
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".res");
    }

    /** The stored result for {@code key}, or null (a miss, or a damaged entry, which is removed). */
    public Entry get(String key) {
        if (key == null) return null;
        Path e = entry(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) return null;
            bytes = Files.readAllBytes(e);
        } catch (IOException | SecurityException ex) {
            return null;
        }
        Entry r = decode(bytes);
        if (r == null) {
            try {
                Files.deleteIfExists(e);
            } catch (IOException | SecurityException ignored) {
                // another writer may replace it
            }
            return null;
        }
        try {
            Files.setLastModifiedTime(e, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | SecurityException ignored) {
            // recency is a hint for eviction only
        }
        return r;
    }

    /** Stores a result; failures are silent (the cache only saves time). */
    public void put(String key, Entry r) {
        if (key == null) return;
        try {
            byte[] bytes = encode(r);
            CacheFiles.writeAtomically(entry(key), bytes);
            evict();
        } catch (IOException | RuntimeException ignored) {
            // a full disk or a read-only cache only costs speed
        }
    }

    static byte[] encode(Entry r) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeInt(r.exitCode());
            out.writeInt(r.outputs().size());
            for (Output o : r.outputs()) {
                writeString(out, o.format());
                out.writeBoolean(o.file() != null);
                if (o.file() != null) writeString(out, o.file());
                writeString(out, o.content());
            }
        }
        byte[] p = payload.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(p.length + 40);
        all.write(MAGIC);
        all.write(sha256(p));
        all.write(p);
        return all.toByteArray();
    }

    static Entry decode(byte[] bytes) {
        if (bytes.length < MAGIC.length + 32 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
        byte[] p = Arrays.copyOfRange(bytes, MAGIC.length + 32, bytes.length);
        if (!Arrays.equals(sha256(p), 0, 32, bytes, MAGIC.length, MAGIC.length + 32)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(p))) {
            int code = in.readInt();
            int n = in.readInt();
            if (n < 0 || n > MAX_OUTPUTS) return null;
            List<Output> outs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String format = readString(in, p.length);
                String file = in.readBoolean() ? readString(in, p.length) : null;
                outs.add(new Output(format, file, readString(in, p.length)));
            }
            if (in.available() != 0) return null;
            return new Entry(List.copyOf(outs), code);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) throw new IOException("bad length");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes the least recently used results while they take more than a tenth of the cache bound. */
    private void evict() {
        CacheFiles.evict(dir, n -> n.endsWith(".res"), maxBytes / 10, true);
    }
}
