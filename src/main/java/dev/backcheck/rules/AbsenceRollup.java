package dev.backcheck.rules;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Location;

import java.io.IOException;
import java.util.*;

/**
 * Rolls up application-level absence findings ("no rate limiter on this app", "no tracing", ...) over the
 * applications of one scan. An absence rule reports once per application, marking the finding with
 * {@link #perApplication}; the rules' findings stay per application for everything that reads them during the
 * scan (post rules such as the claim judge, through {@code PriorFindings}). At emission, after inline
 * suppressions and fingerprints, the scan calls {@link #apply}: when {@value #THRESHOLD} or more applications
 * lack the same thing (same rule, level, fix and framework), one finding remains, at the first application in
 * path order (where the fix belongs for that one); its message says how many other applications lack it too and
 * names them, and each of them is a related location (SARIF {@code relatedLocations}) whose message is that
 * application's own title. Below the threshold the findings stay separate: with two applications two findings
 * are as short as one and each points where its fix belongs.
 *
 * <p>What stays per application:
 * <ul>
 *   <li>an inline suppression (or a finding the config pins) applies to its application before the roll-up: a
 *   suppressed application stays a separate, suppressed finding and is not named by the rolled-up one;</li>
 *   <li>a finding with related locations or a flow of its own (an unmounted limiter, a signal handler that does
 *   not close the server) carries evidence for that application and is not rolled up, unless the rule marked its
 *   related locations as mere examples ({@link #perApplicationWithExamples});</li>
 *   <li>the rolled-up finding keeps the fingerprint of its first application and lists the others' fingerprints
 *   in the property {@value #FINGERPRINTS}, so a baseline compares every application ({@link #members}),
 *   {@code --diff-base} keeps it when any named application's file changed ({@link #paths}), and the
 *   implementation report counts every application ({@link #expand}).</li>
 * </ul>
 * Deterministic: members are ordered by {@link Finding#ORDER}, groups by their first member.
 *
 * <p>The same roll-up serves a second kind, routes of one listing ({@link #listedRoute}): a rule that finds many
 * routes with the same fault against one reference (the routes an OpenAPI document leaves out) marks each route's
 * finding with the listing's name; every group of two or more such findings (same rule, level, fix, framework and
 * listing) becomes one finding at the first route in path order, whose message adds how many more routes and in
 * which files, and whose related locations name each other route by its label. The rule decides when its routes are
 * many enough to be listed (it marks them only then); fingerprints, baselines, {@code --diff-base} and {@link #expand}
 * work as for absences.
 */
public final class AbsenceRollup {
    /** Property marking a per-application absence finding (value: {@value #APPLICATION}). */
    public static final String MARK = "absence";
    public static final String APPLICATION = "application";
    /** Value of {@link #MARK} when the finding's related locations only illustrate it (a route as example): rolled up all the same. */
    public static final String EXAMPLES = "application, related locations are examples";
    /** Property of a rolled-up finding: how many other applications it names. */
    public static final String OTHERS = "alsoMissingIn";
    /** Property of a rolled-up finding: the other applications' fingerprints, space-separated, in related-location order. */
    public static final String FINGERPRINTS = "alsoMissingFingerprints";
    /** Roll up from this many applications lacking the same thing. */
    public static final int THRESHOLD = 3;
    /** Applications named in the message before "and N more". */
    static final int NAMED = 5;
    private static final String SEPARATOR = " The same is missing in ";
    /** Value of {@link #MARK} for one route of a listing (see {@link #listedRoute}). */
    public static final String LISTED = "listed route";
    /** Property of a listed route's finding: the listing it belongs to (a document's path). */
    public static final String LISTING = "listing";
    /** Property of a listed route's finding: the route's label (method and path), its related location's message once rolled up. */
    public static final String LABEL = "route";
    private static final String LIST_SEPARATOR = " The same holds for ";
    /** Files named in a listing's message before "and N more files". */
    static final int FILES_NAMED = 5;

    private AbsenceRollup() { }

    /** Marks a finding as the absence of something in one application (call before {@code add()}). */
    public static RuleContext.Builder perApplication(RuleContext.Builder b) {
        return b.property(MARK, APPLICATION);
    }

    /**
     * Marks a finding as the absence of something in one application whose related locations are examples, not
     * evidence (one of the routes concerned): rolled up too; the other applications' examples are then dropped
     * (their titles in the related locations still say what they serve).
     */
    public static RuleContext.Builder perApplicationWithExamples(RuleContext.Builder b) {
        return b.property(MARK, EXAMPLES);
    }

    /**
     * Marks a finding as one route of a listing (the routes one document leaves out): rolled up with the other routes
     * of the same listing into one finding; {@code label} names the route (GET /users/:id) in that finding.
     */
    public static RuleContext.Builder listedRoute(RuleContext.Builder b, String listing, String label) {
        return b.property(MARK, LISTED).property(LISTING, listing).property(LABEL, label);
    }

    /** Rolls up the marked findings of each group of {@value #THRESHOLD} or more (two or more routes of a listing); the result is in {@link Finding#ORDER}. */
    public static List<Finding> apply(List<Finding> findings) {
        Map<String, List<Finding>> groups = new TreeMap<>();
        for (Finding f : findings) {
            if (rollable(f)) groups.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }
        Set<Finding> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Finding, Finding> replaced = new IdentityHashMap<>();
        for (List<Finding> g : groups.values()) {
            if (g.size() < (LISTED.equals(g.get(0).properties().get(MARK)) ? 2 : THRESHOLD)) continue;
            g.sort(Finding.ORDER);
            Finding first = g.get(0);
            replaced.put(first, rolled(first, g.subList(1, g.size())));
            absorbed.addAll(g.subList(1, g.size()));
        }
        if (replaced.isEmpty()) return findings;
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (absorbed.contains(f)) continue;
            out.add(replaced.getOrDefault(f, f));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    private static boolean rollable(Finding f) {
        String mark = f.properties().get(MARK);
        return (APPLICATION.equals(mark) && f.related().isEmpty() || EXAMPLES.equals(mark) || LISTED.equals(mark)) && !f.suppressed() && f.flow().isEmpty()
                && f.baselineState() == null;
    }

    private static String key(Finding f) {
        return f.ruleId() + "\u0000" + f.level() + "\u0000" + Objects.toString(f.fix(), "") + "\u0000"
                + Objects.toString(f.properties().get("framework"), "") + "\u0000" + Objects.toString(f.properties().get(MARK), "")
                + "\u0000" + Objects.toString(f.properties().get(LISTING), "");
    }

    private static Finding rolled(Finding first, List<Finding> others) {
        if (LISTED.equals(first.properties().get(MARK))) return listing(first, others);
        List<String> labels = labels(first, others);
        StringJoiner named = new StringJoiner(", ");
        for (int i = 0; i < labels.size() && i < NAMED; i++) named.add(labels.get(i));
        int more = labels.size() - Math.min(NAMED, labels.size());
        String message = first.message() + SEPARATOR + others.size() + " other application" + (others.size() == 1 ? "" : "s") + ": "
                + named + (more > 0 ? " and " + more + " more" : "") + " (related locations).";
        return rolledUp(first, others, message, o -> title(o.message()));
    }

    /**
     * The routes of one listing as one finding at the first: its message, then how many more routes and the files
     * that hold the most of them; each other route a related location with its label.
     */
    private static Finding listing(Finding first, List<Finding> others) {
        Map<String, Integer> perFile = new LinkedHashMap<>();
        perFile.merge(first.location().path(), 1, Integer::sum);
        for (Finding o : others) perFile.merge(o.location().path(), 1, Integer::sum);
        List<Map.Entry<String, Integer>> files = new ArrayList<>(perFile.entrySet());
        files.sort(Map.Entry.<String, Integer>comparingByValue().reversed()); // stable: path order among equal counts
        StringJoiner named = new StringJoiner(", ");
        for (int i = 0; i < files.size() && i < FILES_NAMED; i++) named.add(files.get(i).getKey() + " (" + files.get(i).getValue() + ")");
        int more = files.size() - Math.min(FILES_NAMED, files.size());
        String message = first.message() + LIST_SEPARATOR + others.size() + " more route" + (others.size() == 1 ? "" : "s") + ", "
                + (others.size() + 1) + " in all, in " + files.size() + " file" + (files.size() == 1 ? "" : "s") + ": " + named
                + (more > 0 ? " and " + more + " more file" + (more == 1 ? "" : "s") : "") + " (related locations).";
        return rolledUp(first, others, message, o -> {
            String label = o.properties().get(LABEL);
            return label == null ? title(o.message()) : label;
        });
    }

    /** {@code first} with {@code message}, each other finding a related location labelled by {@code label}, their fingerprints kept. */
    private static Finding rolledUp(Finding first, List<Finding> others, String message, java.util.function.Function<Finding, String> label) {
        List<Location> related = new ArrayList<>(first.related());
        StringJoiner fps = new StringJoiner(" ");
        for (Finding o : others) {
            related.add(o.location().withMessage(label.apply(o)));
            fps.add(Objects.toString(o.fingerprint(), "-"));
        }
        Map<String, String> props = new TreeMap<>(first.properties());
        props.put(OTHERS, String.valueOf(others.size()));
        props.put(FINGERPRINTS, fps.toString());
        return new Finding(first.ruleId(), first.level(), message, first.location(), related, first.fix(), props,
                first.suppression(), first.fingerprint(), first.baselineState(), first.flow());
    }

    /**
     * How the message names each other application: its module or package folder (the part of the path before
     * {@code /src/}, else the file's folder); the file's path when that folder is the first application's, or is
     * shared by two of them, or is the root or its {@code src}.
     */
    static List<String> labels(Finding first, List<Finding> others) {
        List<String> folders = new ArrayList<>();
        for (Finding o : others) folders.add(folder(o.location().path()));
        Map<String, Integer> count = new HashMap<>();
        for (String s : folders) count.merge(s, 1, Integer::sum);
        String own = folder(first.location().path());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            String s = folders.get(i);
            out.add(s.isEmpty() || s.equals(own) || count.get(s) > 1 ? others.get(i).location().path() : s);
        }
        return out;
    }

    static String folder(String path) {
        if (path == null) return "";
        int src = path.indexOf("/src/");
        if (src > 0) return path.substring(0, src);
        int slash = path.lastIndexOf('/');
        String dir = slash < 0 ? "" : path.substring(0, slash);
        return dir.equals("src") ? "" : dir;
    }

    /** The first sentence of a message: its title. */
    static String title(String message) {
        int i = message.indexOf(". ");
        int j = message.indexOf(": ");
        int end = i < 0 ? message.length() : i + 1;
        if (j > 0 && j < end) end = j;
        return message.substring(0, end);
    }

    /**
     * Property of a per-application absence finding in a sharded scan's output: the finding's own fields (message,
     * fix, locations) as JSON, so that {@code backcheck merge} can roll up over all shards exactly as one scan of
     * the whole tree does ({@link #carry}, {@link #carried}); merge removes it.
     */
    public static final String CARRIED = "absenceFinding";
    /** The mapper of the carried JSON, made on first use (sharded scans and merge only: every scan loads this class). */
    private static final class Carried {
        static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    }

    /**
     * For a sharded scan: nothing rolled up (a shard sees only its own applications); each finding that could roll
     * up carries its fields in {@value #CARRIED} for {@code backcheck merge}.
     */
    public static List<Finding> carry(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            if (!rollable(f)) {
                out.add(f);
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("message", f.message());
            m.put("fix", f.fix());
            m.put("location", loc(f.location()));
            List<Object> rel = new ArrayList<>();
            for (Location l : f.related()) rel.add(loc(l));
            m.put("related", rel);
            Map<String, String> props = new TreeMap<>(f.properties());
            try {
                props.put(CARRIED, Carried.JSON.writeValueAsString(m));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            out.add(new Finding(f.ruleId(), f.level(), f.message(), f.location(), f.related(), f.fix(), props, f.suppression(),
                    f.fingerprint(), f.baselineState(), f.flow()));
        }
        return out;
    }

    private static List<Object> loc(Location l) {
        return Arrays.asList(l.path(), l.line(), l.column(), l.endLine(), l.endColumn(), l.message());
    }

    private static Location loc(com.fasterxml.jackson.databind.JsonNode a) {
        return new Location(a.path(0).isNull() ? null : a.path(0).asText(), a.path(1).asInt(), a.path(2).asInt(), a.path(3).asInt(),
                a.path(4).asInt(), a.path(5).isNull() || a.path(5).isMissingNode() ? null : a.path(5).asText());
    }

    /**
     * The finding a sharded scan carried in {@value #CARRIED} (see {@link #carry}), with its rule, level, other
     * properties and fingerprint as the SARIF result gives them; null when the value cannot be read.
     */
    public static Finding carried(String ruleId, dev.backcheck.findings.Level level, Map<String, String> properties, String fingerprint) {
        String json = properties.get(CARRIED);
        if (json == null) return null;
        try {
            com.fasterxml.jackson.databind.JsonNode m = Carried.JSON.readTree(json);
            List<Location> related = new ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode r : m.path("related")) related.add(loc(r));
            Map<String, String> props = new TreeMap<>(properties);
            props.remove(CARRIED);
            return new Finding(ruleId, level, m.path("message").asText(), loc(m.path("location")), related,
                    m.path("fix").isNull() ? null : m.path("fix").asText(), props, null, fingerprint, null, List.of());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True when the finding stands for several applications. */
    public static boolean rolledUp(Finding f) {
        return f.properties().containsKey(FINGERPRINTS);
    }

    /** One application a rolled-up finding names: where, its title, its fingerprint. */
    public record Member(Location location, String message, String fingerprint) { }

    /** The other applications a rolled-up finding names (not its own), in order; empty for any other finding. */
    public static List<Member> members(Finding f) {
        String fps = f.properties().get(FINGERPRINTS);
        if (fps == null) return List.of();
        String[] ids = fps.isBlank() ? new String[0] : fps.trim().split(" ");
        List<Location> rel = f.related();
        List<Member> out = new ArrayList<>();
        int from = rel.size() - ids.length;
        for (int i = 0; i < ids.length && from + i >= 0; i++) {
            Location l = rel.get(from + i);
            out.add(new Member(l.withMessage(null), l.message(), ids[i].equals("-") ? null : ids[i]));
        }
        return out;
    }

    /** Paths of the applications a finding stands for: its own, then the others a rolled-up finding names. */
    public static List<String> paths(Finding f) {
        List<String> out = new ArrayList<>();
        out.add(f.location().path());
        for (Member m : members(f)) out.add(m.location().path());
        return out;
    }

    /**
     * The findings with every rolled-up one turned back into one finding per application (its own first; the
     * others with their title as message, the shared fix and level): for readers that count or list applications.
     */
    public static List<Finding> expand(List<Finding> findings) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            if (!rolledUp(f)) {
                out.add(f);
                continue;
            }
            List<Member> ms = members(f);
            Map<String, String> props = new TreeMap<>(f.properties());
            props.remove(OTHERS);
            props.remove(FINGERPRINTS);
            int cut = f.message().lastIndexOf(LISTED.equals(f.properties().get(MARK)) ? LIST_SEPARATOR : SEPARATOR);
            String own = cut < 0 ? f.message() : f.message().substring(0, cut);
            out.add(new Finding(f.ruleId(), f.level(), own, f.location(), f.related().subList(0, f.related().size() - ms.size()),
                    f.fix(), props, f.suppression(), f.fingerprint(), f.baselineState(), f.flow()));
            for (Member m : ms) {
                out.add(new Finding(f.ruleId(), f.level(), m.message() == null ? own : m.message(), m.location(), List.of(), f.fix(), props,
                        f.suppression(), m.fingerprint(), f.baselineState(), List.of()));
            }
        }
        return out;
    }
}
