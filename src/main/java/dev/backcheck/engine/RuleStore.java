package dev.backcheck.engine;

import static dev.backcheck.engine.UnitReuse.count;
import static dev.backcheck.engine.UnitReuse.str;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Notification;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.model.Project;
import dev.backcheck.model.Reads;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Per-rule stored findings under {@code --cache} (issue 14, one changed file): a first-pass rule's raw findings and
 * notifications (before dedupe, suppressions and fingerprints), stored with the files its run read ({@link Reads}),
 * each by path and content hash. On a later scan with the same global key (build, options, config, rule selection,
 * every text and manifest, the git index, the set of source paths and of parsed sources) a rule whose every read file
 * is unchanged is not run: its stored output is used in its place, and the scan goes on as usual (dedupe, suppressions,
 * the post rules, sort, fingerprints), so the output is the one a run would give.
 *
 * <p>The read set stored is the tracker's paths closed over every module resolution of the scan ({@link
 * Project#resolvedFrom}): a memoised resolution answer another ask computed may have read any file the import graph
 * reaches from a file the rule read. Nothing is stored for a rule that read the whole tree (most rules today: they
 * ask for every file, the applications, or a concept with lazy memos), that failed, or whose closure meets a Java
 * file. Entries are {@code BCS1}, the SHA-256 of the payload, then the
 * payload, which repeats the rule and the key: a damaged or foreign entry is deleted and the rule runs.
 */
final class RuleStore {
    private static final byte[] MAGIC = "BCS1".getBytes(StandardCharsets.US_ASCII);
    private static final String FORMAT = "rules-1";

    /** A stored run: the rule's findings and notifications, and the derived values it asked (simple names). */
    record Hit(List<Finding> findings, List<Notification> notes, Set<String> asked) { }

    private final Path dir;
    private final String global;
    private final Map<String, String> hashes;
    private final Map<String, FileFacts> facts;
    private final Project project;
    final java.util.concurrent.atomic.AtomicInteger reused = new java.util.concurrent.atomic.AtomicInteger(),
            stored = new java.util.concurrent.atomic.AtomicInteger(), whole = new java.util.concurrent.atomic.AtomicInteger();

    private RuleStore(Path dir, String global, Map<String, String> hashes, Map<String, FileFacts> facts, Project project) {
        this.dir = dir;
        this.global = global;
        this.hashes = hashes;
        this.facts = facts;
        this.project = project;
    }

    /** The store for this scan, or null when it cannot be used (never throws). */
    static RuleStore open(Path cacheDir, ScanOptions opts, dev.backcheck.config.Config config, Set<String> disabled,
                          Map<String, dev.backcheck.findings.Level> levels, Map<String, Map<String, Object>> ruleOptions,
                          dev.backcheck.workspace.Workspace ws, Map<String, String> texts, Map<String, String> sourceHashes,
                          Map<String, FileFacts> facts, Project project) {
        try {
            java.security.MessageDigest md = UnitReuse.sha();
            UnitReuse.update(md, FORMAT);
            UnitReuse.update(md, UnitReuse.globalKey(opts, config, disabled, levels, ruleOptions, ws, new TreeMap<>(), texts));
            // the source paths read and the ones parsed (a file added, removed or no longer parsed changes every answer
            // that asked for it by path, or for every file)
            for (String p : new TreeSet<>(sourceHashes.keySet())) UnitReuse.update(md, p);
            UnitReuse.update(md, "parsed");
            for (String p : facts.keySet()) UnitReuse.update(md, p);
            UnitReuse.update(md, "claims " + opts.claims() + " " + opts.claimFiles());
            Path d = cacheDir.toAbsolutePath().normalize().resolve("rules-v1");
            return new RuleStore(d, HexFormat.of().formatHex(md.digest()), sourceHashes, facts, project);
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    private String key(String ruleId) {
        java.security.MessageDigest md = UnitReuse.sha();
        UnitReuse.update(md, global);
        UnitReuse.update(md, ruleId);
        return HexFormat.of().formatHex(md.digest());
    }

    /** The entry name of {@code ruleId}'s check of the file {@code path} ({@link dev.backcheck.rules.FileRule}). */
    private static String fileEntry(String ruleId, String path) {
        return ruleId + '\0' + path;
    }

    final java.util.concurrent.atomic.AtomicInteger filesReused = new java.util.concurrent.atomic.AtomicInteger(),
            filesRun = new java.util.concurrent.atomic.AtomicInteger();

    /** The stored findings of {@code ruleId}'s check of {@code path} when every file it read is unchanged, else null. */
    List<Finding> getFile(String ruleId, String path) {
        String name = fileEntry(ruleId, path);
        Hit h = get0(name);
        if (h == null) return null;
        filesReused.incrementAndGet();
        return h.findings();
    }

    /** Stores {@code ruleId}'s check of {@code path} when what it read is narrow (as {@link #put}). */
    void putFile(String ruleId, String path, Reads reads, List<Finding> findings) {
        filesRun.incrementAndGet();
        put0(fileEntry(ruleId, path), reads, findings, List.of());
    }

    private Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".rule");
    }

    /** The stored run of {@code ruleId} when every file it read is unchanged, else null. Never throws. */
    Hit get(String ruleId) {
        Hit h = get0(ruleId);
        if (h != null) reused.incrementAndGet();
        return h;
    }

    private Hit get0(String ruleId) {
        String key = key(ruleId);
        Path e = entry(key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) return null;
            bytes = Files.readAllBytes(e);
        } catch (IOException | SecurityException ex) {
            return null;
        }
        Decoded d = decode(bytes, ruleId, key);
        if (d == null) {
            try {
                Files.deleteIfExists(e);
            } catch (IOException | SecurityException ignored) {
                // another writer may replace it
            }
            return null;
        }
        for (Map.Entry<String, String> r : d.reads().entrySet()) {
            if (!r.getValue().equals(hashes.get(r.getKey()))) return null;
        }
        return d.hit();
    }

    /** Stores the run of {@code ruleId} when what it read is narrow and known (see the class comment). Never throws. */
    void put(String ruleId, Reads reads, List<Finding> findings, List<Notification> notes) {
        if (reads.all()) {
            whole.incrementAndGet();
            return;
        }
        if (put0(ruleId, reads, findings, notes)) stored.incrementAndGet();
        else whole.incrementAndGet();
    }

    /** Writes the entry {@code ruleId} when its read set is narrow and known; false when it is not (nothing written). */
    private boolean put0(String ruleId, Reads reads, List<Finding> findings, List<Notification> notes) {
        try {
            if (reads.all()) return false;
            SortedSet<String> closure = closure(reads.paths());
            if (closure == null) return false;
            SortedMap<String, String> withHashes = new TreeMap<>();
            for (String p : closure) {
                String h = hashes.get(p);
                if (h == null) {
                    if (facts.containsKey(p)) return false; // a parsed source whose content hash is unknown: nothing stored
                    continue; // a path that is no source (its absence is in the global key)
                }
                withHashes.put(p, h);
            }
            String key = key(ruleId);
            CacheFiles.writeAtomically(entry(key), encode(ruleId, key, withHashes, new Hit(findings, notes, reads.asked())));
            return true;
        } catch (IOException | RuntimeException | StackOverflowError ignored) {
            return true; // narrow, not written: a full disk or a read-only cache only costs speed
        }
    }

    /**
     * {@code paths} closed over the scan's module resolutions; null when it cannot be trusted (a Java file, whose
     * resolution reads packages). The project's memoised answers (qname, function, root module) resolve through
     * modules only, never by class name over the tree ({@code classNamed}, which reads the whole tree where it is asked).
     */
    SortedSet<String> closure(Collection<String> paths) {
        TreeSet<String> out = new TreeSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>(paths);
        while (!todo.isEmpty()) {
            String p = todo.poll();
            if (!out.add(p)) continue;
            FileFacts f = facts.get(p);
            if (f != null && "java".equals(f.language())) return null;
            todo.addAll(project.resolvedFrom(p));
        }
        return out;
    }

    void evict() {
        CacheFiles.evict(dir, n -> n.endsWith(".rule"), Scanner.cacheBound() / 10, false);
    }

    String summary(int rules) {
        return "rules: " + reused.get() + " of " + rules + " reused, " + stored.get() + " stored, " + whole.get() + " read the whole tree"
                + (filesReused.get() + filesRun.get() == 0 ? "" : "; per-file checks: " + filesReused.get() + " reused, " + filesRun.get() + " run");
    }

    // ------------------------------------------------------------------ entries

    private record Decoded(SortedMap<String, String> reads, Hit hit) { }

    static byte[] encode(String ruleId, String key, SortedMap<String, String> reads, Hit hit) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeUTF(FORMAT);
            str(out, ruleId);
            str(out, key);
            out.writeInt(reads.size());
            for (Map.Entry<String, String> e : reads.entrySet()) {
                str(out, e.getKey());
                str(out, e.getValue());
            }
            out.writeInt(hit.asked().size());
            for (String a : hit.asked()) str(out, a);
            byte[] entry = UnitReuse.encode(ruleId, key, new UnitReuse.Entry(hit.findings(), hit.notes()));
            out.writeInt(entry.length);
            out.write(entry);
        }
        byte[] p = payload.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(p.length + 40);
        all.write(MAGIC);
        all.write(UnitReuse.sha().digest(p));
        all.write(p);
        return all.toByteArray();
    }

    static Decoded decode(byte[] bytes, String ruleId, String key) {
        if (bytes.length < MAGIC.length + 32 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
        byte[] p = Arrays.copyOfRange(bytes, MAGIC.length + 32, bytes.length);
        if (!Arrays.equals(UnitReuse.sha().digest(p), 0, 32, bytes, MAGIC.length, MAGIC.length + 32)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(p))) {
            if (!FORMAT.equals(in.readUTF())) return null;
            if (!ruleId.equals(str(in, p.length)) || !key.equals(str(in, p.length))) return null;
            int n = count(in, p.length);
            SortedMap<String, String> reads = new TreeMap<>();
            for (int i = 0; i < n; i++) {
                String path = str(in, p.length), hash = str(in, p.length);
                if (path == null || hash == null) return null;
                reads.put(path, hash);
            }
            int m = count(in, p.length);
            Set<String> asked = new TreeSet<>();
            for (int i = 0; i < m; i++) asked.add(str(in, p.length));
            int len = count(in, p.length);
            byte[] entry = in.readNBytes(len);
            if (entry.length != len || in.available() != 0) return null;
            UnitReuse.Entry e = UnitReuse.decode(entry, ruleId, key);
            if (e == null) return null;
            return new Decoded(reads, new Hit(e.findings(), e.notes(), asked));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
