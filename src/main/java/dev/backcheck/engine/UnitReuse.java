package dev.backcheck.engine;

import dev.backcheck.Version;
import dev.backcheck.config.Config;
import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.findings.Notification;
import dev.backcheck.frameworks.Frameworks;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.model.Project;
import dev.backcheck.rules.RuleMeta;
import dev.backcheck.workspace.Manifest;
import dev.backcheck.workspace.SourceFile;
import dev.backcheck.workspace.Workspace;

import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.*;

/**
 * Per-unit reuse of findings under {@code --cache} (issue 14, one changed file). A monorepo's units are its package
 * roots ({@link Shards}); a unit's analysis is that of a shard owning only it: its sources and those of the workspace
 * packages it depends on, with every text and manifest of the tree (READMEs, .env examples and manifests are read
 * project-wide), reporting what such a shard reports. Each unit's findings (and its rule notifications) are stored
 * under a key over every input of that analysis: the build, the options, the config, the unit structure, every text
 * and manifest, and the path and content hash of every file of the unit and of the packages it depends on. A scan then runs the rules
 * only on the units whose key changed and reuses the stored findings of the others; the framework model still runs
 * on the whole tree (the reports list its applications).
 *
 * <p>The output must be the whole-tree scan's, byte for byte. So per-unit reuse is used only when: no implementation
 * report's claims are checked (none in the tree, no --claims); no file imports a file of another unit that its unit does not depend on in package.json (relative path,
 * tsconfig alias or package name; the facts give the imports); the units' analyses together read at most twice the
 * tree; and the decomposition was checked: when the stored entries cannot serve (the first scan with a cache, or a
 * change in a package most units depend on), the whole-tree rules run as usual and are compared with the union of
 * the units' findings; only when both are equal are the entries stored, otherwise the tree is marked as not
 * decomposable (for this build, options and unit structure) and scans keep to the whole-tree path. Entries are
 * {@code BCU1}, the SHA-256 of the payload, then the payload, which repeats the unit and the key: a damaged or foreign
 * entry is deleted and the unit runs again.
 */
final class UnitReuse {
    private static final byte[] MAGIC = "BCU1".getBytes(StandardCharsets.US_ASCII);
    private static final String FORMAT = "units-1";
    /** The units' analyses may read at most this many times the tree's lines (else sharing makes reuse costlier). */
    static final double MAX_SHARING = 2.0;

    /** What a unit's analysis produced: its findings (fingerprinted) and its rule notifications. */
    record Entry(List<Finding> findings, List<Notification> notes) { }

    /**
     * The per-unit decision of one scan. {@code findings} non-null: the result of the rules (stored units' findings
     * with the changed units' own), to use instead of the whole-tree rules; else the whole-tree rules run and
     * {@link #afterWholeRun} is called with their result.
     */
    static final class Outcome {
        private String summary;
        private List<Finding> findings;
        private List<Notification> notes = List.of();
        private List<RuleMeta> ran = List.of();
        // pending when the whole-tree rules run: the entries to check and store
        private Path dir;
        private String globalKey;
        /** Rules whose findings do not add up over units (learned by a check): they run on the whole tree. */
        private Set<String> treeRules = Set.of();
        private Entry treeRun;
        private final SortedMap<String, Entry> stored = new TreeMap<>();
        private final SortedMap<String, Entry> fresh = new TreeMap<>();
        private final Map<String, String> keys = new TreeMap<>();

        private Outcome(String summary) {
            this.summary = summary;
        }

        String summary() {
            return summary;
        }

        List<Finding> findings() {
            return findings;
        }

        List<Notification> notes() {
            return notes;
        }

        List<RuleMeta> ran() {
            return ran;
        }

        /**
         * After the whole-tree rules: when their findings and notifications equal the union of the units', the units'
         * entries are stored; when they differ, the tree is marked as not decomposable.
         */
        void afterWholeRun(List<Finding> whole, List<Notification> ruleNotes, List<String> internal) {
            if (dir == null) return;
            if (!internal.isEmpty()) {
                summary = "whole tree (internal errors: nothing stored)";
                return;
            }
            SortedMap<String, Entry> all = new TreeMap<>(stored);
            all.putAll(fresh);
            if (treeRun != null) all.put("\u0000tree", treeRun);
            Entry union = union(all);
            List<Notification> wholeNotes = sortedNotes(ruleNotes);
            if (union.findings().equals(whole) && sortedNotes(union.notes()).equals(wholeNotes)) {
                for (Map.Entry<String, Entry> e : fresh.entrySet()) put(dir, e.getKey(), keys.get(e.getKey()), e.getValue());
                evict(dir, Scanner.cacheBound());
                summary = "whole tree, checked against the units' union (equal): " + fresh.size() + " unit entries stored, "
                        + stored.size() + " reused";
            } else {
                int differ = 0;
                Set<String> rules = new TreeSet<>(treeRules);
                boolean progress = sortedNotes(union.notes()).equals(wholeNotes);
                Set<Finding> w = new HashSet<>(whole), u = new HashSet<>(union.findings());
                boolean debug = System.getenv("BACKCHECK_DEBUG") != null;
                for (Finding f : whole) if (!u.contains(f)) {
                    differ++;
                    progress |= rules.add(f.ruleId());
                    if (debug) System.err.println("units: only in the whole tree: " + f);
                }
                for (Finding f : union.findings()) if (!w.contains(f)) {
                    differ++;
                    progress |= rules.add(f.ruleId());
                    if (debug) System.err.println("units: only in the units: " + f);
                }
                if (debug && !sortedNotes(union.notes()).equals(wholeNotes)) System.err.println("units: notifications differ: "
                        + wholeNotes + " vs " + sortedNotes(union.notes()));
                try {
                    Files.createDirectories(dir);
                    // the rules that differ run on the whole tree from now on; when that does not help, no per-unit reuse
                    Files.writeString(dir.resolve("no-" + globalKey), progress && !rules.isEmpty() ? String.join("\n", rules) + "\n" : "*\n");
                } catch (IOException | RuntimeException ignored) {
                    // the check runs again next time
                }
                summary = "whole tree (the units' union differs from it: " + differ + " findings of " + rules
                        + (progress ? "; those rules will run on the whole tree)" : "; per-unit reuse off for this tree)");
            }
        }
    }

    private UnitReuse() { }

    /**
     * True when {@link #prepare} is sure to answer "the whole tree" because the sources fall in fewer than two units (the
     * same test as its own, made before the model): the rules then run on this project, so the concepts that read no
     * application may be computed early on it (see {@code Scanner.prefetchCallIndex}) as on a scan without the cache.
     */
    static boolean wholeTreeOnly(List<Manifest> manifests, Map<String, FileFacts> facts) {
        try {
            Shards any = Shards.forUnit("", manifests);
            String first = null;
            for (FileFacts f : facts.values()) {
                String u = any.unit(f.path());
                if (first == null) first = u;
                else if (!first.equals(u)) return false;
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
    }

    /**
     * Decides how the rules run: off (the whole tree), served from the units (changed units analysed, the others'
     * entries reused), or the whole tree with a check of the units' entries (the cache being filled). Never throws.
     */
    static Outcome prepare(Scanner scanner, ScanOptions opts, Config config, Set<String> disabled, Map<String, Level> levels,
                           Map<String, Map<String, Object>> ruleOptions, Workspace ws, Map<String, FileFacts> facts,
                           Map<String, String> withDirectives, Map<String, String> texts, List<Manifest> manifests,
                           Map<String, String> sourceHashes, Project project, Path cacheDir, ScanStats.Clock clock) {
        try {
            return decide(scanner, opts, config, disabled, levels, ruleOptions, ws, facts, withDirectives, texts, manifests,
                    sourceHashes, project, cacheDir, clock);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome("whole tree (per-unit planning failed: " + e.getClass().getSimpleName() + ")");
        }
    }

    private static Outcome decide(Scanner scanner, ScanOptions opts, Config config, Set<String> disabled, Map<String, Level> levels,
                                  Map<String, Map<String, Object>> ruleOptions, Workspace ws, Map<String, FileFacts> facts,
                                  Map<String, String> withDirectives, Map<String, String> texts, List<Manifest> manifests,
                                  Map<String, String> sourceHashes, Project project, Path cacheDir, ScanStats.Clock clock) {
        // implementation reports' claims are judged against the whole tree's findings
        if (!opts.claimFiles().isEmpty() || opts.claims() && !dev.backcheck.claims.ClaimJudge.of(project).reports().isEmpty()) {
            return new Outcome("whole tree (implementation reports' claims are checked)");
        }
        SortedSet<String> roots = Shards.unitRoots(manifests);
        Map<String, Shards> plans = new TreeMap<>();
        for (String u : roots) plans.put(u, Shards.forUnit(u, manifests));
        Shards any = plans.get("");
        // units with files, and the lines each unit's analysis reads
        Map<String, Long> linesOf = new TreeMap<>();
        long total = 0;
        for (FileFacts f : facts.values()) {
            linesOf.merge(any.unit(f.path()), (long) Math.max(1, f.lines()), Long::sum);
            total += Math.max(1, f.lines());
        }
        SortedSet<String> units = new TreeSet<>();
        for (SourceFile f : ws.files()) units.add(any.unit(f.path()));
        units.retainAll(roots);
        if (linesOf.size() < 2) return new Outcome("whole tree (fewer than two units with sources)");
        long read = 0;
        for (String u : units) read += analysedLines(plans.get(u), linesOf);
        if (read > MAX_SHARING * Math.max(1, total)) {
            return new Outcome(String.format(Locale.ROOT, "whole tree (%d units whose analyses read %.1f× the tree: they share most of it)",
                    units.size(), read / (double) Math.max(1, total)));
        }
        // independence: every import lands in the importing file's own unit or in a package its unit depends on
        for (FileFacts f : facts.values()) {
            Shards p = plans.get(any.unit(f.path()));
            if (p == null) return new Outcome("whole tree (a file outside the units: " + f.path() + ")");
            List<String> specs = new ArrayList<>();
            for (Import i : f.imports().values()) if (i.module() != null) specs.add(i.module());
            specs.addAll(f.reexportAll());
            for (FileFacts.Str s : f.strings()) if (s.value() != null && (s.value().startsWith("./") || s.value().startsWith("../"))) specs.add(s.value());
            for (String spec : specs) {
                String target = project.resolveModule(f.path(), spec);
                if (target != null && !p.analysed().contains(any.unit(target))) {
                    return new Outcome("whole tree (" + f.path() + " imports " + target + " of a unit its package does not depend on)");
                }
            }
        }
        String global = globalKey(opts, config, disabled, levels, ruleOptions, ws, plans, texts);
        Path dir = cacheDir.toAbsolutePath().normalize().resolve("units-v1");
        Set<String> treeRules = new TreeSet<>();
        Path marker = dir.resolve("no-" + global);
        if (Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            try {
                for (String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) if (!line.isBlank()) treeRules.add(line.strip());
            } catch (IOException | RuntimeException e) {
                treeRules.add("*");
            }
            if (treeRules.isEmpty() || treeRules.contains("*")) {
                return new Outcome("whole tree (the units' findings did not add up to the whole tree's when checked)");
            }
        }
        Set<String> unitDisabled = new TreeSet<>(disabled);
        unitDisabled.addAll(treeRules);
        clock.phase("per-unit: plan, imports check", units.size(), -1);
        // each unit's key over the files its analysis reads
        Map<String, List<String>> filesOf = new TreeMap<>();
        for (SourceFile f : ws.files()) filesOf.computeIfAbsent(any.unit(f.path()), k -> new ArrayList<>()).add(f.path());
        Outcome out = new Outcome(null);
        out.dir = dir;
        out.globalKey = global;
        out.treeRules = treeRules;
        long missLines = 0;
        List<String> misses = new ArrayList<>();
        for (String u : units) {
            String key = unitKey(global + treeRules, u, plans.get(u), filesOf, sourceHashes, texts, facts);
            if (key == null) return new Outcome("whole tree (a source file's content hash is unknown)");
            out.keys.put(u, key);
            Entry e = get(dir, u, key);
            if (e != null) out.stored.put(u, e);
            else {
                misses.add(u);
                missLines += analysedLines(plans.get(u), linesOf);
            }
        }
        // the changed units, each analysed as a shard owning only it
        List<RuleMeta> ran = new ArrayList<>();
        for (String u : misses) {
            Entry e = analyse(scanner, opts, config, unitDisabled, levels, ruleOptions, ws, facts, withDirectives, texts, manifests,
                    plans.get(u), ran);
            if (e == null) return new Outcome("whole tree (unit " + (u.isEmpty() ? "<root>" : u) + " failed on its own)");
            out.fresh.put(u, e);
        }
        clock.phase("per-unit: keys, analyse changed units", misses.size(), missLines);
        // the rules that do not add up over units, on the whole tree
        if (!treeRules.isEmpty()) {
            Set<String> others = new TreeSet<>(disabled);
            for (String id : scanner.ruleIds()) if (!treeRules.contains(id)) others.add(id);
            List<Notification> notes = new ArrayList<>();
            List<String> internal = new ArrayList<>();
            List<Finding> found = scanner.rulePhase(project, opts, others, levels, ruleOptions, facts, withDirectives, texts, ws.root(),
                    notes, internal, new ArrayList<>(), new ArrayList<>(), null, null);
            if (!internal.isEmpty()) return new Outcome("whole tree (a whole-tree rule failed)");
            for (Notification n : notes) if (n.path() == null || n.path().isEmpty()) return new Outcome("whole tree (a notification without a file)");
            out.treeRun = new Entry(found, notes);
            clock.phase("per-unit: whole-tree rules (" + treeRules.size() + ")", treeRules.size(), -1);
        }
        boolean check = out.stored.isEmpty() || missLines > total;
        if (check) {
            out.summary = "whole tree (checking " + misses.size() + " units)";
            return out;
        }
        SortedMap<String, Entry> all = new TreeMap<>(out.stored);
        all.putAll(out.fresh);
        if (out.treeRun != null) all.put("\u0000tree", out.treeRun);
        Entry union = union(all);
        for (Map.Entry<String, Entry> e : out.fresh.entrySet()) put(dir, e.getKey(), out.keys.get(e.getKey()), e.getValue());
        if (!out.fresh.isEmpty()) evict(dir, Scanner.cacheBound());
        out.findings = union.findings();
        out.notes = union.notes();
        out.ran = scanner.selectedRules(opts, disabled);
        if (out.ran == null) return new Outcome("whole tree (a rule cannot be loaded)");
        out.dir = null;
        out.summary = "per unit: " + out.stored.size() + " of " + units.size() + " units reused, " + misses.size() + " analysed ("
                + String.join(", ", misses.stream().map(m -> m.isEmpty() ? "<root>" : m).toList()) + ")"
                + (treeRules.isEmpty() ? "" : "; on the whole tree: " + String.join(", ", treeRules));
        return out;
    }

    private static long analysedLines(Shards plan, Map<String, Long> linesOf) {
        long n = 0;
        for (String a : plan.analysed()) n += linesOf.getOrDefault(a, 0L);
        return n;
    }

    /** The union of the units' findings, in the scan's order (duplicates from packages several units use once). */
    static Entry union(SortedMap<String, Entry> entries) {
        LinkedHashSet<Finding> fs = new LinkedHashSet<>();
        List<Notification> ns = new ArrayList<>();
        for (Entry e : entries.values()) {
            fs.addAll(e.findings());
            ns.addAll(e.notes());
        }
        List<Finding> sorted = new ArrayList<>(fs);
        sorted.sort(Finding.ORDER);
        return new Entry(sorted, ns);
    }

    private static List<Notification> sortedNotes(List<Notification> in) {
        List<Notification> out = new ArrayList<>(in);
        out.sort(Notification.ORDER.thenComparing(Notification::toString));
        return out;
    }

    /** One unit's analysis: the rules over its files and its dependencies', what a shard owning only it reports; null on failure. */
    private static Entry analyse(Scanner scanner, ScanOptions opts, Config config, Set<String> disabled, Map<String, Level> levels,
                                 Map<String, Map<String, Object>> ruleOptions, Workspace ws, Map<String, FileFacts> facts,
                                 Map<String, String> withDirectives, Map<String, String> texts, List<Manifest> manifests,
                                 Shards plan, List<RuleMeta> ran) {
        Map<String, FileFacts> f = new TreeMap<>();
        facts.forEach((p, ff) -> {
            if (plan.analyses(p)) f.put(p, ff);
        });
        // every text and manifest of the tree (READMEs, .env examples, other packages' dependencies are read project-wide;
        // they are part of every unit's key), the sources of the unit and of the packages it depends on
        Map<String, String> t = new TreeMap<>(texts);
        Map<String, String> d = new TreeMap<>();
        withDirectives.forEach((p, x) -> {
            if (plan.analyses(p)) d.put(p, x);
        });
        Project project = new Project(ws.root(), f, manifests, t);
        project.setOtherLanguageFiles(ws.otherLanguageFiles().keySet());
        project.setJobs(opts.jobs());
        project.setClaims(false, Map.of());
        project.setConfig(config.project());
        project.setTestPaths(config.testPaths());
        List<Throwable> failures = new ArrayList<>();
        project.addApplications(Frameworks.build(project, failures));
        if (!failures.isEmpty()) return null;
        List<Notification> notes = new ArrayList<>();
        List<String> internal = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        List<Finding> found = scanner.rulePhase(project, opts, disabled, levels, ruleOptions, f, d, t, ws.root(), notes, internal,
                causes, ran, null, null);
        if (!internal.isEmpty()) return null;
        List<Finding> kept = new ArrayList<>();
        for (Finding x : found) {
            String p = x.location().path();
            if (p == null || p.isEmpty()) return null;
            if (plan.reports(p) && (!x.ruleId().equals(Suppressions.UNUSED_RULE) || plan.owns(p))) kept.add(x);
        }
        List<Notification> keptNotes = new ArrayList<>();
        for (Notification n : notes) {
            if (n.path() == null || n.path().isEmpty()) return null;
            if (plan.owns(n.path())) keptNotes.add(n);
        }
        return new Entry(List.copyOf(kept), List.copyOf(keptNotes));
    }

    static String globalKey(ScanOptions opts, Config config, Set<String> disabled, Map<String, Level> levels,
                                    Map<String, Map<String, Object>> ruleOptions, Workspace ws, Map<String, Shards> plans,
                                    Map<String, String> texts) {
        MessageDigest md = sha();
        update(md, Version.VERSION);
        update(md, FORMAT);
        update(md, ResultCache.build());
        // the options without the root's absolute path: findings name files relative to it, so a checkout elsewhere (a
        // CI runner, a copy) reuses the entries; what lies above the root (the git index) is keyed below
        update(md, opts.withCache(null).withJobs(0).toString().replace(opts.root().toString(), "<root>"));
        // the config file by content (its parsed form holds objects without a stable text), and its file lists
        update(md, String.valueOf(config.source()));
        update(md, String.valueOf(config.exclude()) + config.include() + config.tests());
        update(md, String.valueOf(disabled));
        update(md, String.valueOf(levels));
        update(md, String.valueOf(ruleOptions));
        update(md, String.valueOf(ws.scripts()));
        texts.forEach((p, x) -> {
            update(md, p);
            update(md, HexFormat.of().formatHex(sha().digest(x.getBytes(StandardCharsets.UTF_8))));
        });
        plans.forEach((u, p) -> {
            update(md, u);
            update(md, String.valueOf(new TreeSet<>(p.analysed())));
        });
        // the git index and ignore files above the root (secrets/dotenv-committed asks which files are committed)
        MessageDigest file = sha();
        byte[] buf = new byte[1 << 16];
        List<Path> extra = new ArrayList<>(dev.backcheck.concepts.GitState.inputs(ws.root()));
        Path cfg = opts.config() != null ? opts.config() : dev.backcheck.config.ConfigLoader.discover(opts.root());
        if (cfg != null) extra.add(cfg);
        for (Path p : extra) {
            update(md, p.toAbsolutePath().normalize().toString());
            if (!Files.isRegularFile(p) || !ResultCache.hashFile(p, file, buf, md)) update(md, "<missing>");
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The key of unit {@code u}: every file its analysis reads, by path and content; null when a hash is unknown. */
    private static String unitKey(String global, String u, Shards plan, Map<String, List<String>> filesOf,
                                  Map<String, String> sourceHashes, Map<String, String> texts, Map<String, FileFacts> facts) {
        MessageDigest md = sha();
        update(md, global);
        update(md, u);
        for (String a : new TreeSet<>(plan.analysed())) {
            update(md, "unit " + a);
            List<String> paths = new ArrayList<>(filesOf.getOrDefault(a, List.of()));
            Collections.sort(paths);
            for (String p : paths) {
                update(md, p);
                String h = sourceHashes.get(p);
                if (h != null) update(md, "s" + h);
                else if (texts.containsKey(p)) update(md, "t" + HexFormat.of().formatHex(sha().digest(texts.get(p).getBytes(StandardCharsets.UTF_8))));
                else if (facts.containsKey(p)) return null;
                else update(md, "-");
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
        md.update((byte) ':');
        md.update(b);
    }

    // ------------------------------------------------------------------ entries

    private static Path entry(Path dir, String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key.substring(2) + ".unit");
    }

    /** The stored entry of unit {@code unit} under {@code key}, or null (a miss; a damaged or foreign entry is deleted). */
    static Entry get(Path dir, String unit, String key) {
        Path e = entry(dir, key);
        byte[] bytes;
        try {
            if (!Files.isRegularFile(e, LinkOption.NOFOLLOW_LINKS)) return null;
            bytes = Files.readAllBytes(e);
        } catch (IOException | SecurityException ex) {
            return null;
        }
        Entry r = decode(bytes, unit, key);
        try {
            if (r == null) Files.deleteIfExists(e);
            else Files.setLastModifiedTime(e, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | SecurityException ignored) {
            // another writer may replace it; recency is a hint for eviction only
        }
        return r;
    }

    static void put(Path dir, String unit, String key, Entry r) {
        try {
            byte[] bytes = encode(unit, key, r);
            CacheFiles.writeAtomically(entry(dir, key), bytes);
        } catch (IOException | RuntimeException ignored) {
            // a full disk or a read-only cache only costs speed
        }
    }

    /**
     * Removes the least recently used unit entries and marks while they take more than a tenth of the cache bound (the
     * facts and the results have their own shares).
     */
    static void evict(Path dir, long maxBytes) {
        CacheFiles.evict(dir, n -> n.endsWith(".unit") || n.startsWith("no-"), maxBytes / 10, false);
    }

    static byte[] encode(String unit, String key, Entry r) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(payload)) {
            out.writeUTF(FORMAT);
            str(out, unit);
            str(out, key);
            out.writeInt(r.findings().size());
            for (Finding f : r.findings()) finding(out, f);
            out.writeInt(r.notes().size());
            for (Notification n : r.notes()) {
                str(out, n.level().name());
                str(out, n.id());
                str(out, n.path());
                out.writeInt(n.line());
                out.writeInt(n.column());
                str(out, n.message());
            }
        }
        byte[] p = payload.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(p.length + 40);
        all.write(MAGIC);
        all.write(sha().digest(p));
        all.write(p);
        return all.toByteArray();
    }

    /** The entry, or null when the bytes are damaged or belong to another unit or key (never trusted). */
    static Entry decode(byte[] bytes, String unit, String key) {
        if (bytes.length < MAGIC.length + 32 || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) return null;
        byte[] p = Arrays.copyOfRange(bytes, MAGIC.length + 32, bytes.length);
        if (!Arrays.equals(sha().digest(p), 0, 32, bytes, MAGIC.length, MAGIC.length + 32)) return null;
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(p))) {
            if (!FORMAT.equals(in.readUTF())) return null;
            if (!unit.equals(str(in, p.length)) || !key.equals(str(in, p.length))) return null;
            int n = count(in, p.length);
            List<Finding> fs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) fs.add(finding(in, p.length));
            int m = count(in, p.length);
            List<Notification> ns = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                Level level = Level.valueOf(str(in, p.length));
                String id = str(in, p.length), path = str(in, p.length);
                int line = in.readInt(), column = in.readInt();
                ns.add(new Notification(level, id, path, line, column, str(in, p.length)));
            }
            if (in.available() != 0) return null;
            return new Entry(List.copyOf(fs), List.copyOf(ns));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static void finding(DataOutputStream out, Finding f) throws IOException {
        str(out, f.ruleId());
        str(out, f.level().name());
        str(out, f.message());
        location(out, f.location());
        locations(out, f.related());
        str(out, f.fix());
        out.writeInt(f.properties().size());
        for (Map.Entry<String, String> e : f.properties().entrySet()) {
            str(out, e.getKey());
            str(out, e.getValue());
        }
        out.writeBoolean(f.suppression() != null);
        if (f.suppression() != null) {
            str(out, f.suppression().kind());
            str(out, f.suppression().justification());
        }
        str(out, f.fingerprint());
        str(out, f.baselineState());
        locations(out, f.flow());
    }

    private static Finding finding(DataInputStream in, int max) throws IOException {
        String rule = str(in, max);
        Level level = Level.valueOf(str(in, max));
        String message = str(in, max);
        Location loc = location(in, max);
        List<Location> related = locations(in, max);
        String fix = str(in, max);
        int n = count(in, max);
        Map<String, String> props = new TreeMap<>();
        for (int i = 0; i < n; i++) props.put(str(in, max), str(in, max));
        Finding.Suppression sup = in.readBoolean() ? new Finding.Suppression(str(in, max), str(in, max)) : null;
        String fp = str(in, max), state = str(in, max);
        List<Location> flow = locations(in, max);
        return new Finding(rule, level, message, loc, related, fix, props, sup, fp, state, flow);
    }

    private static void location(DataOutputStream out, Location l) throws IOException {
        str(out, l.path());
        out.writeInt(l.line());
        out.writeInt(l.column());
        out.writeInt(l.endLine());
        out.writeInt(l.endColumn());
        str(out, l.message());
    }

    private static Location location(DataInputStream in, int max) throws IOException {
        String path = str(in, max);
        int line = in.readInt(), column = in.readInt(), endLine = in.readInt(), endColumn = in.readInt();
        return new Location(path, line, column, endLine, endColumn, str(in, max));
    }

    private static void locations(DataOutputStream out, List<Location> ls) throws IOException {
        out.writeInt(ls.size());
        for (Location l : ls) location(out, l);
    }

    private static List<Location> locations(DataInputStream in, int max) throws IOException {
        int n = count(in, max);
        List<Location> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(location(in, max));
        return out;
    }

    static int count(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > max) throw new IOException("bad count");
        return n;
    }

    /** A nullable string: -1 for null, else its UTF-8 length and bytes. */
    static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String str(DataInputStream in, int max) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > max) throw new IOException("bad length");
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
