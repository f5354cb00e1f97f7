package dev.backcheck.claims;

import dev.backcheck.findings.Finding;
import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.*;
import dev.backcheck.rules.PriorFindings;
import dev.backcheck.workspace.PackageJson;

import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares each claim of an agent's report with the application model and with what the code
 * rules found in the same scan ({@link PriorFindings}: the user's levels and options applied once,
 * a disabled rule known as such). The claim rules are {@link dev.backcheck.rules.PostRule}s; the
 * first to run judges, and every reader of the verdicts (both claim rules, {@code backcheck report})
 * sees that one judgement. Verdicts: contradicted (certain or not), partial, verified, unverified
 * (no rule can judge it, or the rule it needs is disabled) or unverifiable (figures such as latency,
 * controls enforced by infrastructure outside the code).
 */
public final class ClaimJudge {
    public enum Status { CONTRADICTED, PARTIAL, VERIFIED, UNVERIFIED, UNVERIFIABLE, ABSENCE }

    /**
     * @param certain for a contradiction: the code cannot do what the claim says (the control is absent from an
     *                application the model followed completely, or a constant contradicts the claimed value)
     */
    public record Verdict(Claim claim, String key, Status status, String message, List<Location> related, boolean certain) {
        public Verdict(Claim claim, String key, Status status, String message, List<Location> related) {
            this(claim, key, status, message, related, false);
        }

        public Verdict sure(boolean c) {
            return new Verdict(claim, key, status, message, related, c);
        }
    }

    /** The code rules whose findings the judge reads. */
    public static final Set<String> READS = Set.of("ratelimit/after-routes", "headers/helmet-after-routes", "cors/permissive-origin",
            "validation/unvalidated-input", "injection/sql-raw-query", "authn/unauthenticated-mutation",
            "secrets/hardcoded", "secrets/dotenv-committed", "crypto/weak-cipher", "crypto/tls-verification-off",
            "data/transaction-missing", "data/unbounded-list", "jwt/hardcoded-secret", "session/insecure-config");

    /** Keys whose contradiction is a security error (others are warnings). */
    public static final Set<String> SECURITY_KEYS = Set.of("input-validation", "parameterized-queries", "injection", "jwt",
            "authn-authz", "rate-limiting", "cors", "security-headers", "config-secrets", "crypto-tls");


    private final Project project;
    private final Vocabulary vocab = Vocabulary.get();
    private PriorFindings prior;
    private List<Verdict> verdicts;

    private ClaimJudge(Project project) {
        this.project = project;
    }

    public static ClaimJudge of(Project p) {
        return p.derived(ClaimJudge.class, ClaimJudge::new);
    }

    /**
     * Every claim of every report in the project, judged against the model and {@code prior}, in
     * file/line order. Judged once per project: later calls return the first judgement.
     */
    public synchronized List<Verdict> judge(PriorFindings prior) {
        if (verdicts != null) return verdicts;
        this.prior = prior;
        List<Verdict> out = new ArrayList<>();
        for (Document d : documents()) {
            scope = d.scope();
            reportPath = d.path();
            subject = subjectOf(d.text());
            listed = d.listed();
            reportText = d.text();
            int start = out.size();
            for (Claim c : d.claims()) {
                if (d.foreign() != null && c.done()) {
                    String where = d.foreign().startsWith(FOREIGN_CODE) ? "the report documents " + d.foreign().substring(FOREIGN_CODE.length())
                            : "the report sits in " + d.foreign() + ", a service";
                    for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED,
                            where + " in a language the model does not read", List.of()));
                    continue;
                }
                if (d.edge() != null && c.done()) {
                    for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED,
                            "the report documents the Supabase edge functions in " + d.edge() + ", which the model does not read", List.of()));
                    continue;
                }
                if (d.frontend() != null && c.done()) {
                    for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED,
                            "the report sits in the frontend package " + d.frontend() + "; it is not judged against a backend", List.of()));
                    continue;
                }
                Matcher py = PYTHON_SECTION.matcher(c.context());
                if (c.done() && py.find()) {
                    for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED,
                            "the section documents a " + py.group(1) + " service, which the model does not read", List.of()));
                    continue;
                }
                if (d.contracts() != null && c.done()) {
                    for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED,
                            "the report sits in the smart-contract package " + d.contracts() + "; it is not judged against a backend", List.of()));
                    continue;
                }
                // PLAN.md says what is to be built: a contradiction there is real but not certain (the plan may not be done yet)
                if (d.plan() || d.design() != null) judge(c).stream().map(v -> v.sure(false)).map(this::onSubject).forEach(out::add);
                else judge(c).stream().map(this::onSubject).forEach(out::add);
            }
            if (d.design() != null) planned(out.subList(start, out.size()), d.design());
            scope = "";
            reportPath = "";
            subject = null;
        }
        verdicts = List.copyOf(out);
        return verdicts;
    }

    /**
     * A report and what is read from it and the model before any finding: its claims, where it sits (a foreign service,
     * Supabase edge functions, a frontend or contracts package, the scope of its app), whether it is a plan or a design
     * document, the endpoints it lists. Null fields: none.
     */
    private record Document(String path, String text, List<Claim> claims, String foreign, String edge, String frontend, String contracts,
                            String scope, List<String> listed, boolean plan, String design) { }

    private List<Document> documents;
    private final java.util.concurrent.atomic.AtomicBoolean preparing = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Every report parsed ({@link #reports}, {@link ClaimParser#parse}), in file order. It reads the model and the texts,
     * never a finding: the scan asks for it during the first rule pass ({@link #prepare}), on a rule thread beside the
     * other rules, so the post pass after them only judges. Computed once per project; a failure is not kept (the next
     * caller computes again and meets it).
     */
    private synchronized List<Document> documents() {
        if (documents != null) return documents;
        List<Document> out = new ArrayList<>();
        ClaimParser parser = new ClaimParser();
        for (Map.Entry<String, String> e : reports().entrySet()) {
            boolean whole = project.claimFiles().containsKey(e.getKey());
            String frontend = frontendPackage(e.getKey());
            String contracts = frontend == null ? contractsPackage(e.getKey()) : null;
            boolean plan = PLAN_FILE.matcher(e.getKey().substring(e.getKey().lastIndexOf('/') + 1)).find();
            String foreign = whole ? null : foreignService(e.getKey());
            if (foreign == null && !whole) foreign = foreignCode(e.getValue());
            out.add(new Document(e.getKey(), e.getValue(), parser.parse(e.getKey(), e.getValue(), whole),
                    foreign, edgeFunctions(e.getKey()), frontend, contracts, scopeOf(e.getKey()),
                    listedEndpoints(e.getValue()), plan, whole ? null : ClaimParser.designDocument(e.getValue())));
        }
        documents = List.copyOf(out);
        return documents;
    }

    /**
     * Parses the reports ahead of {@link #judge} (see {@link #documents}); the scan calls it during the first rule pass
     * when a claim rule will run. A failure is dropped here: the judge meets it again.
     */
    public void prepare() {
        // one parse: a second claim rule's prepare does not wait for the first on another rule thread
        if (!preparing.compareAndSet(false, true)) return;
        try {
            documents();
        } catch (RuntimeException | StackOverflowError e) {
            // judged later, where the failure is reported as before
        }
    }

    /**
     * What a report is about when it names source files: those files and their folders (a forum report listing
     * modules/forum/repositories/ForumCategoryRepository.ts and services/forumCategoryService.ts is about the forum code;
     * a mobile-app summary naming app/screens/ReportScreen.js is about the app's screens). An application's entry file it
     * names (app.ts, to say where the routes are mounted) widens nothing. Null when it names none: the whole app.
     */
    private record Subject(Set<String> files, Set<String> dirs) { }

    private Subject subject;

    /** A heading naming a Python web framework ("### ML Service (Flask)"): a service beside the backend the model reads. */
    private static final Pattern PYTHON_SECTION = Pattern.compile("\\b(Flask|FastAPI|Django)\\b");

    /** Keys judged by what code rules found somewhere in the code (a query, a handler), not by a control of the app. */
    private static final Set<String> FOUND_IN_CODE = Set.of("parameterized-queries", "injection", "input-validation", "data-access");
    /**
     * Keys a feature report speaks of for its own code: what is found in code, and rate limiting (a feature's own quota,
     * a WhatsApp sender's Redis counters, is not the API's limiter). Headers, CORS, JWT and the like are the app's.
     */
    private static final Set<String> SCOPED_KEYS = Set.of("parameterized-queries", "injection", "input-validation", "data-access", "rate-limiting");

    private static final Pattern SOURCE_NAME = Pattern.compile("(?<![\\w.@/-])([\\w@./-]*[\\w-]\\.(?:java|kt|[cm]?[jt]sx?))(?![\\w/-])");

    /** The project's non-test files by file name, and the application entry files: read once for every report. */
    private Map<String, List<String>> filesByName;
    private Set<String> entryFiles;
    /** Per scope: its non-test source files per folder, and their total under {@link #ALL_SOURCES} (no path holds a NUL). */
    private final Map<String, Map<String, Integer>> sourcesPerDir = new HashMap<>();
    private static final String ALL_SOURCES = "\0all";

    private Subject subjectOf(String text) {
        if (filesByName == null) {
            filesByName = new HashMap<>();
            for (String path : project.files().keySet()) {
                if (!project.isTestPath(path)) filesByName.computeIfAbsent(path.substring(path.lastIndexOf('/') + 1), k -> new ArrayList<>()).add(path);
            }
            entryFiles = new HashSet<>();
            for (Application a : project.applications()) if (a.location() != null) entryFiles.add(a.location().path());
        }
        Map<String, List<String>> byBase = filesByName;
        Set<String> entries = entryFiles;
        Map<String, Integer> perDir = sourcesPerDir.computeIfAbsent(scope, sc -> {
            Map<String, Integer> m = new HashMap<>();
            for (String path : project.files().keySet()) {
                if (project.isTestPath(path) || !SOURCE_FILE.matcher(path).find() || !sc.isEmpty() && !path.startsWith(sc)) continue;
                m.merge(ALL_SOURCES, 1, Integer::sum);
                m.merge(dirOf(path), 1, Integer::sum);
            }
            return m;
        });
        int all = perDir.getOrDefault(ALL_SOURCES, 0);
        Set<String> files = new TreeSet<>();
        Set<String> dirs = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Matcher m = SOURCE_NAME.matcher(text);
        while (m.find() && seen.size() < 400) {
            String name = m.group(1).replaceFirst("^(?:\\./|/)+", "");
            if (!seen.add(name)) continue;
            String base = name.substring(name.lastIndexOf('/') + 1);
            List<String> hits = byBase.getOrDefault(base, List.of());
            if (name.contains("/")) hits = hits.stream().filter(h -> h.equals(name) || h.endsWith("/" + name)).toList();
            // a bare index.ts or app.js names no one file
            if (hits.isEmpty() || hits.size() > 2) continue;
            for (String h : hits) {
                if (entries.contains(h)) continue;
                files.add(h);
                // a feature's folder (modules/forum/services) stands for the feature; a layer's folder (service/ of a
                // Java app, dozens of files of every feature) does not: there the named file alone
                if (perDir.getOrDefault(dirOf(h), 0) <= LAYER_FOLDER) dirs.add(dirOf(h));
            }
        }
        // one file named in passing ("checked against the schemas in src/schemas/post.schema.ts") makes no feature report
        if (files.size() < 2) return null;
        // a report naming files all over the app (a summary of the whole backend) is about the whole app
        int in = 0;
        for (String d : dirs) in += perDir.getOrDefault(d, 0);
        for (String f : files) if (!dirs.contains(dirOf(f)) && SOURCE_FILE.matcher(f).find()) in++;
        return in * 5 > all * 2 ? null : new Subject(files, dirs);
    }

    /** A file's name without its extension and its layer's suffix, lower case: UserPreferencesController.java, user-preferences.service.ts -> userpreferences. */
    static String featureStem(String path) {
        String base = path.substring(path.lastIndexOf('/') + 1).replaceFirst("\\.[A-Za-z]+$", "");
        String flat = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return LAYER_SUFFIX.matcher(flat).replaceFirst("");
    }

    private static final Pattern LAYER_SUFFIX = Pattern.compile("(?:controller|serviceimpl|service|repositoryimpl|repository|routes?|router|resolver|module|handler|dto|entity|impl)$");

    /** More source files than this in one folder: a layer of the app (controllers/, service/), not one feature's folder. */
    private static final int LAYER_FOLDER = 15;

    private static String dirOf(String path) {
        return path.lastIndexOf('/') < 0 ? "" : path.substring(0, path.lastIndexOf('/'));
    }

    private static final Pattern SOURCE_FILE = Pattern.compile("\\.(?:java|kt|[cm]?[jt]sx?)$");

    /**
     * A contradiction (or partial) of a report that names the code it is about (see {@link #subjectOf}), all of whose
     * evidence lies elsewhere, says nothing of that code: not verified (for the {@link #SCOPED_KEYS}). An endpoint row keeps its verdict (its route is
     * its subject), and so does a certain one about a control of the app (absent from it: its evidence is the entry),
     * unless what decided it is a finding in code (an injectable query in another module).
     */
    private Verdict onSubject(Verdict v) {
        if (subject == null || !SCOPED_KEYS.contains(v.key()) || v.certain() && !FOUND_IN_CODE.contains(v.key()) || v.claim().isEndpoint() || v.related().isEmpty()
                || v.status() != Status.CONTRADICTED && v.status() != Status.PARTIAL) return v;
        for (Location l : v.related()) {
            if (l == null || l.path() == null) return v;
            String p = l.path();
            if (subject.files().contains(p) || subject.dirs().contains(dirOf(p))) return v;
            // the same feature in another layer: UserPreferencesController beside the named UserPreferencesService
            String stem = featureStem(p);
            if (stem.length() >= 5) for (String f : subject.files()) if (stem.equals(featureStem(f))) return v;
            for (Application a : project.applications()) if (a.location() != null && a.location().path().equals(p)) return v;
        }
        String first = v.related().get(0).path();
        List<String> about = new ArrayList<>(subject.dirs());
        for (String f : subject.files()) if (!subject.dirs().contains(dirOf(f))) about.add(f);
        return new Verdict(v.claim(), v.key(), Status.UNVERIFIED, "the report is about the code it names ("
                + String.join(", ", about.stream().limit(3).toList()) + (about.size() > 3 ? ", ..." : "")
                + "); what would contradict it is elsewhere (" + first.substring(first.lastIndexOf('/') + 1) + ")", v.related());
    }

    /**
     * The endpoint verdicts of a design or guide for code to add ({@link ClaimParser#designDocument}): when the code serves
     * fewer than half of the endpoints it lists, the list is the API to build, and the rows no route serves are a plan, not
     * false statements about the code. Replaced in place.
     */
    private static void planned(List<Verdict> doc, String design) {
        long endpoints = doc.stream().filter(v -> v.claim().isEndpoint() && v.claim().done()).map(Verdict::claim).distinct().count();
        long missing = doc.stream().filter(ClaimJudge::missingEndpoint).count();
        if (missing == 0 || missing * 2 <= endpoints) return;
        for (int i = 0; i < doc.size(); i++) {
            Verdict v = doc.get(i);
            if (!missingEndpoint(v)) continue;
            doc.set(i, new Verdict(v.claim(), v.key(), Status.UNVERIFIED, "the document is " + design + " and the code serves few of the "
                    + endpoints + " endpoints it lists: an API to build, not a statement about the routes", List.of()));
        }
    }

    /**
     * The Supabase edge functions folder a report sits beside ({@code backend/supabase/README.md} beside
     * {@code backend/supabase/functions/<name>/index.ts}, each a Deno function served at /functions/v1/<name>), or null. Its
     * endpoints and features are those functions', not the Node app's.
     */
    private String edgeFunctions(String reportPath) {
        int slash = reportPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : reportPath.substring(0, slash + 1);
        if (!dir.equals("supabase/") && !dir.endsWith("/supabase/")) return null;
        String fns = dir + "functions/";
        return project.files().keySet().stream().anyMatch(p -> p.startsWith(fns) && p.matches(".*/functions/[^/]+/index\\.[jt]s")) ? fns : null;
    }

    /**
     * The folder of a service in a language the model does not read that a report sits in ({@code ai-service/} with a
     * requirements.txt beside {@code ai-service/IMPLEMENTATION_SUMMARY.md}), no application of the model under it and
     * none of its manifests (package.json, pom.xml): its claims are about that service's code; else null.
     */
    private String foreignService(String reportPath) {
        dev.backcheck.concepts.OtherLanguages other = dev.backcheck.concepts.OtherLanguages.of(project);
        for (int slash = reportPath.lastIndexOf('/'); slash > 0; slash = reportPath.lastIndexOf('/', slash - 1)) {
            String d = reportPath.substring(0, slash + 1);
            boolean foreign = other.serviceFolder(d);
            // a mock server among the Rust agent's tests (packages/agent/tests/integration/mock-api/package.json) is no app of it
            boolean modelled = project.applications().stream().anyMatch(a -> a.location() != null && a.location().path().startsWith(d)
                    && !project.isTestPath(a.location().path()))
                    || project.manifests().stream().anyMatch(m -> m.path().startsWith(d) && !project.isTestPath(m.path()));
            if (modelled) return null;
            if (foreign) return d.substring(0, d.length() - 1);
        }
        return null;
    }

    /** Marks a {@link Document#foreign} found from the files a report names rather than from the folder it sits in. */
    private static final String FOREIGN_CODE = "\0code:";
    /** A source file of a language the model does not read, named in a report (not a URL's page: api.php after a host). */
    private static final Pattern FOREIGN_SOURCE = Pattern.compile("(?<![\\w.@/:-])((?:[\\w-]+/)*[\\w-]+\\.(py|go|rb|rs|php|cs|ex|exs|scala))(?![\\w/-])");

    /**
     * A report about code in another language: it names two or more of its source files (generative_ai_service.py,
     * app/client/wikipedia_client.go) and none of the languages the model reads. Its claims are that code's (a Python
     * service's limiter, a Go service's endpoints), which the model cannot see. Null otherwise.
     */
    private static String foreignCode(String text) {
        if (SOURCE_NAME.matcher(text).find()) return null;
        Set<String> named = new TreeSet<>();
        Map<String, Integer> langs = new TreeMap<>();
        Matcher m = FOREIGN_SOURCE.matcher(text);
        while (m.find() && named.size() < 50) if (named.add(m.group(1))) langs.merge(m.group(2), 1, Integer::sum);
        if (named.size() < 2) return null;
        String lang = langs.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        String name = switch (lang) {
            case "py" -> "Python";
            case "go" -> "Go";
            case "rb" -> "Ruby";
            case "rs" -> "Rust";
            case "php" -> "PHP";
            case "cs" -> "C#";
            case "ex", "exs" -> "Elixir";
            default -> "Scala";
        };
        return FOREIGN_CODE + name + " code (" + String.join(", ", named.stream().limit(2).toList()) + (named.size() > 2 ? ", ..." : "") + ")";
    }

    /** The file name of a plan, roadmap or proposal: PLAN.md, ROADMAP.md, implementation-plan.md, PROPOSAL.md. */
    private static final Pattern PLAN_FILE = Pattern.compile("(?i)(^|[-_ .])(plan|planning|roadmap|proposal|rfc)([-_ .]|$)");

    /** The verdicts of this scan's claim rules; empty when no claim rule ran (report/claim-* disabled, --no-claims). */
    public synchronized Optional<List<Verdict>> judged() {
        return Optional.ofNullable(verdicts);
    }

    /** A folder of work still to be done: TODO/, todo/, to-do/, backlog/. */
    private static final Pattern PAST_FOLDER = Pattern.compile("(?i)(^|/)(historical|history|archived?|research)/");
    private static final Pattern TODO_FOLDER = Pattern.compile("(?i)(^|/)(todos?|to-do|backlog|prds?|product-requirements)/");

    private SortedMap<String, String> reports;

    /**
     * Markdown files shaped like implementation reports, plus files named with --claims (unmodifiable). Read once per
     * project: with --cache the unit planner asks too, before the claim rules.
     */
    public synchronized SortedMap<String, String> reports() {
        if (reports == null) reports = java.util.Collections.unmodifiableSortedMap(findReports());
        return reports;
    }

    private SortedMap<String, String> findReports() {
        SortedMap<String, String> out = new TreeMap<>();
        if (!project.claimsEnabled()) return out;
        ClaimParser parser = new ClaimParser();
        // the reports inside an archived package (DEPRECATED.md) whose applications were left out for a live one describe
        // code that does not run: judged against the live application they would be about another backend
        dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
        boolean live = project.applications().stream().anyMatch(a -> a.location() != null && !index.deprecated(a.location().path()));
        for (Map.Entry<String, String> e : project.texts().entrySet()) {
            String low = e.getKey().toLowerCase(Locale.ROOT);
            if (live && index.deprecated(e.getKey())) continue;
            // a document filed under a to-do, backlog or PRD folder (docs/TODO/calendar.md, PRDs/money/02-accounts.md) describes work still to be done
            if (TODO_FOLDER.matcher(e.getKey()).find()) continue;
            // a document filed as history or research (docs/historical/.., docs/archive/.., docs/research/..) describes an
            // earlier state, another code base or a study, not the code as it is
            if (PAST_FOLDER.matcher(e.getKey()).find()) continue;
            // a coding agent's instructions (CLAUDE.md, AGENTS.md, a Claude skill, .cursor/rules): what an agent is told to
            // do or how to work with the code, not a report of what was built
            if (AGENT_INSTRUCTIONS.matcher(e.getKey()).find()) continue;
            if ((low.endsWith(".md") || low.endsWith(".markdown")) && parser.isReport(e.getValue())) out.put(e.getKey(), e.getValue());
        }
        out.putAll(project.claimFiles());
        return out;
    }

    // the agent files' names as the tools spell them (CLAUDE.md, AGENTS.md, SKILL.md): a product's own docs/agents.md or
    // docs/skills.md (an AI-agent platform's API, a game's skills) are not instructions
    private static final Pattern AGENT_INSTRUCTIONS = Pattern.compile("(?:^|/)(?:CLAUDE|Claude|claude|AGENTS|GEMINI)(?:\\.local)?\\.md$"
            + "|(?i:(?:^|/)(?:copilot-instructions|\\.?cursorrules|\\.?windsurfrules)\\.md$|(?:^|/)(?:claude|agent)[-_ ]?skills?[^/]*\\.md$)"
            + "|(?:^|/)SKILL\\.md$|(?:^|/)\\.(?:claude|cursor|windsurf|codex|gemini)/|(?:^|/)\\.github/(?:agents|prompts|instructions)/");

    /**
     * The files of the class, service or module a claim names ("DataMigrationService uses transactions", or a heading
     * "DataMigrationService ✅" above "Atomic database transactions"), when a file of that name exists
     * (dataMigrationService.ts, data-migration.service.ts): its findings and evidence are read there only. A file path
     * in a claim is not its subject ("checked against the schemas in src/schemas/post.ts"). Empty when it names none.
     */
    private Set<String> named = Set.of();

    private static final Pattern NAMED_UNIT = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]*?[a-z0-9](?:Service|Controller|Module|Repository|Router"
            + "|Handler|Manager|Middleware|Resolver|Gateway|Provider|Worker|Processor|Job|Client|Helper|Utils?))\\b");

    /** A claim that opens with a source file's name and a dash or colon: "`auth.dto.ts` - request DTOs". */
    private static final Pattern LEADING_FILE = Pattern.compile("[\\s*_]*`?([\\w./-]+\\.(?:java|kt|[cm]?[jt]sx?|py|go|rb|cs))`?\\s*(?:[-–—:]|$)");

    /** The files a claim's own words, else its nearest heading or label naming one, point to (see {@link #named}). */
    Set<String> namedFiles(Claim c) {
        List<String> places = new ArrayList<>();
        places.add(c.text());
        List<String> titles = new ArrayList<>(List.of(c.context().split(" > ")));
        Collections.reverse(titles);
        places.addAll(titles);
        // "`auth.dto.ts` - All request DTOs with validation": a claim that opens with a file name is about that file;
        // "Files Modified: AssetController.java ..." above "Added @Validated to all controllers": about the files listed
        List<String> fileNames = new ArrayList<>();
        Matcher lead = LEADING_FILE.matcher(c.text());
        if (lead.lookingAt()) fileNames.add(lead.group(1).substring(lead.group(1).lastIndexOf('/') + 1));
        else fileNames.addAll(c.files());
        Set<String> byName = new TreeSet<>();
        for (String path : project.files().keySet()) {
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (fileNames.contains(base)) byName.add(path);
        }
        for (int k = 0; k < places.size(); k++) {
            if (k == 1 && !byName.isEmpty()) return byName; // after the claim's own words, before the headings above it
            String place = places.get(k);
            Set<String> out = new TreeSet<>();
            Matcher m = NAMED_UNIT.matcher(place);
            while (m.find()) {
                String want = m.group(1).toLowerCase(Locale.ROOT);
                for (String path : project.files().keySet()) {
                    String base = path.substring(path.lastIndexOf('/') + 1);
                    int dot = base.lastIndexOf('.');
                    String stem = (dot > 0 ? base.substring(0, dot) : base).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                    if (stem.equals(want)) out.add(path);
                }
            }
            if (!out.isEmpty()) return out;
        }
        return byName;
    }

    private List<Verdict> judge(Claim c) {
        named = namedFiles(c);
        List<Verdict> out = new ArrayList<>();
        if (!c.done()) {
            for (String k : c.keys()) out.add(new Verdict(c, k, Status.ABSENCE, "declared as not done", List.of()));
            return out;
        }
        if (c.figure()) {
            out.add(new Verdict(c, c.keys().isEmpty() ? "observability" : c.keys().iterator().next(), Status.UNVERIFIABLE,
                    "a runtime figure no static tool can verify", List.of()));
            return out;
        }
        if (c.frontend()) {
            for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED, "a frontend claim; not judged against the backend", List.of()));
            return out;
        }
        if (c.isEndpoint()) {
            out.addAll(endpoint(c));
            return out;
        }
        Matcher method = METHOD_LISTING.matcher(c.text());
        if (method.lookingAt()) {
            // "`loadUserByUsername(String username)`: For authentication": what one method is for, not a control on the routes
            for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED, "a line that says what the method " + method.group(1)
                    + " is for, not a control on the routes", List.of()));
            return out;
        }
        Matcher tooling = TOOLING_SUBJECT.matcher(Vocabulary.norm(c.text()));
        if (tooling.find()) {
            // "error handling in the generation scripts": a statement about tooling that never serves a request
            for (String k : c.keys()) out.add(new Verdict(c, k, Status.UNVERIFIED, "a statement about " + tooling.group(1).strip()
                    + ", not about the server's code", List.of()));
            return out;
        }
        for (String key : c.keys()) {
            String infra = c.infrastructure();
            // "Azure Key Vault for secrets management", "GitHub Actions secrets": kept in a store outside the code
            if (infra != null && (INFRA_KEYS.contains(key) || key.equals("config-secrets") && infra.equals("a secrets manager")) && c.libraries().stream()
                    .noneMatch(l -> vocab.keyLibraries.getOrDefault(key, List.of()).contains(l))) {
                out.add(new Verdict(c, key, Status.UNVERIFIABLE, "enforced by " + infra + ", outside the code", List.of()));
                continue;
            }
            out.add(judgeKey(c, key));
        }
        return out;
    }

    /** A line that opens with a method's signature as code and says what it is for: {@code `loadUserById(Long id)`: For token refresh}. */
    private static final Pattern METHOD_LISTING = Pattern.compile("\\s*`([\\w.$]+)\\([^`]*\\)`\\s*[:–—-]");

    /** A claim whose subject is tooling: "in the generation scripts", "of the CLI", "for the build pipeline". */
    private static final Pattern TOOLING_SUBJECT = Pattern.compile("(?u)\\b(?:in|of|for|by|within|inside|across)\\s+((?:the\\s+|all\\s+|our\\s+)?"
            + "(?:[\\p{L}-]+\\s+){0,2}?(?:scripts?|cli|command[- ]line tools?|tooling|build( pipeline)?|ci( pipeline)?|pipelines?|generators?"
            + "|code ?gen(?:eration)?|sdks?|seed(?:er|s)?|migration scripts?|scripts de \\p{L}+|skripte?n?))\\b");

    /** Keys a claim about infrastructure outside the code (a gateway, database triggers, a WAF) can be about. */
    private static final Set<String> INFRA_KEYS = Set.of("rate-limiting", "security-headers", "cors", "input-validation",
            "crypto-tls", "authn-authz", "injection", "parameterized-queries", "data-access");

    // ------------------------------------------------------------------ per key

    private Verdict judgeKey(Claim c, String key) {
        Verdict lib = unusedLibrary(c, key);
        if (lib != null) return lib;
        Verdict op = operability(c, key);
        if (op != null) return op;
        return switch (key) {
            case "rate-limiting" -> rateLimiting(c);
            case "security-headers" -> control(c, key, ControlKind.HEADERS, "security headers middleware (helmet)",
                    "headers/helmet-after-routes");
            case "cors" -> cors(c);
            case "input-validation" -> validation(c);
            case "parameterized-queries" -> sqlClaim(c, key);
            case "authn-authz" -> authn(c);
            case "jwt" -> jwt(c);
            case "graceful-shutdown" -> shutdown(c);
            case "error-handling" -> errors(c);
            case "observability" -> observability(c);
            case "logging" -> logging(c);
            case "config-secrets" -> secretsClaim(c);
            case "crypto-tls" -> cryptoClaim(c);
            case "data-access" -> dataAccess(c);
            default -> new Verdict(c, key, Status.UNVERIFIED, "no rule checks " + key + " yet", List.of());
        };
    }

    /** A library the claim names that package.json declares but no file imports. */
    private Verdict unusedLibrary(Claim c, String key) {
        for (String lib : c.libraries()) {
            if (!vocab.keyLibraries.getOrDefault(key, List.of()).contains(lib)) continue;
            Location decl = declaration(lib);
            if (decl == null || imported(lib)) continue;
            // "@nestjs/config with dotenv": ConfigModule reads .env through dotenv itself, no import of it is needed
            if (vocab.loadedBy.getOrDefault(lib, List.of()).stream().anyMatch(this::imported)) continue;
            String where = " is listed in " + decl.path() + " but never imported";
            List<Location> rel = new ArrayList<>();
            rel.add(decl.withMessage(lib + " declared here, never imported"));
            appSite().ifPresent(a -> rel.add(a.withMessage("where it would be mounted")));
            return new Verdict(c, key, Status.CONTRADICTED, lib + where, rel).sure(fullyModelled());
        }
        return null;
    }

    private Verdict rateLimiting(Claim c) {
        if (apps().isEmpty()) return noApp(c, "rate-limiting");
        String said = Vocabulary.norm(c.text());
        if (LOCKOUT.matcher(said).find() && !RATE_WORDS.matcher(said).find()) {
            // "brute-force protection with account lockout": failed sign-ins lock the account; no request limiter is claimed
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "an account-lockout claim: locking an account after failed sign-ins"
                    + " is not a request rate limiter", List.of());
        }
        if (WEBSOCKET_LIMIT.matcher(said).find() || WEBSOCKET_LIMIT.matcher(Vocabulary.norm(c.context())).find() && !HTTP_LIMIT.matcher(said).find()) {
            // "Per-connection rate limiting (100 messages per minute)" in a WebSocket security document: a count of messages
            // on an open socket, kept by the socket's own handler, not a limiter on HTTP requests
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "a limit on WebSocket messages or connections, which the socket's"
                    + " handlers keep; the HTTP rate limiters the model reads do not judge it", List.of());
        }
        List<Location> ev = controls(ControlKind.RATE_LIMIT);
        List<Location> lookalikes = unclassifiedNamed(LIMITER_NAME);
        if (ev.isEmpty() && !lookalikes.isEmpty()) {
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "no known rate limiter is mounted, but routes run a middleware named like one ("
                    + lookalikes.get(0).message() + "); declare it under controls in .backcheck.yml to have it checked", lookalikes.stream().limit(3).toList());
        }
        if (ev.isEmpty() && !untracked(ControlKind.RATE_LIMIT).isEmpty()) {
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "a limiter is created but the model could not follow where it is mounted",
                    untracked(ControlKind.RATE_LIMIT).stream().limit(3).toList());
        }
        Location libUse = ev.isEmpty() ? limiterLibraryUse() : null;
        if (libUse != null) {
            // AuthController calling a RateLimiterService that keeps bucket4j buckets per IP: a limiter the handlers apply
            // themselves, which the model does not see as a control on the route
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "no limiter is mounted as a route control, but " + libUse.message()
                    + " is used in the code (the handlers may apply it themselves)", List.of(libUse));
        }
        if (ev.isEmpty() && NOT_ACTIVE.matcher(said).find()) {
            // "Rate limiting support (ready to activate)": the report itself says nothing is mounted yet
            return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "the report says the limiter is not active yet", List.of());
        }
        if (ev.isEmpty() && SUPPORT_WORDS.matcher(said).find()) {
            // "RedisService: .. Rate limiting support": a helper the code offers, not a limiter mounted on routes
            Location helper = functionNamed(RATE_LIMIT_FN);
            if (helper != null) {
                return new Verdict(c, "rate-limiting", Status.UNVERIFIED, "a claim that a rate-limiting helper exists (" + helper.message()
                        + "), not that routes are limited", List.of(helper));
            }
        }
        if (ev.isEmpty()) {
            List<Location> rel = new ArrayList<>();
            for (Application a : apps()) {
                for (Control u : a.unmounted()) if (u.kind() == ControlKind.RATE_LIMIT) rel.add(u.location().withMessage(u.name() + " limiter created here but never mounted"));
            }
            for (String lib : vocab.keyLibraries.get("rate-limiting")) {
                Location d = declaration(lib);
                if (d != null && rel.stream().noneMatch(l -> l.path().equals(d.path()))) rel.add(d.withMessage(lib + " declared"));
            }
            appSite().ifPresent(a -> rel.add(a.withMessage("no limiter mounted on this app")));
            String what = rel.stream().anyMatch(l -> l.message() != null && l.message().contains("never mounted"))
                    ? "a limiter is created but never mounted" : "no rate limiter is mounted on any route";
            return new Verdict(c, "rate-limiting", Status.CONTRADICTED, what, rel).sure(fullyModelled());
        }
        String low = Vocabulary.norm(c.text());
        // "stricter limits on auth endpoints", "login rate limiting"; not "middleware (auth, rate limiting)", where auth
        // is a control of its own listed beside the limiter
        boolean claimsLogin = LOGIN_LIMIT_CLAIM.matcher(low).find();
        if (claimsLogin) {
            List<Location> rel = new ArrayList<>();
            List<String> named = new ArrayList<>();
            Matcher pm = Pattern.compile("(/[\\w\\-/:{}]+)").matcher(c.text());
            while (pm.find()) named.add(normPath(pm.group(1)));
            for (Application a : apps()) {
                for (Route r : a.routes()) {
                    if (r.method().equals("GET")) continue;
                    boolean concerned = named.isEmpty() ? AuthRoutes.matches(r.path(), List.of("login", "signin", "sign-in", "logon"))
                            : named.stream().anyMatch(n -> n.length() > 1 && normPath(r.path()).endsWith(n));
                    if (!concerned) continue;
                    // a route for a caller who is already signed in (POST /session/login recording a visit) is no
                    // credential-guessing target unless it checks a password itself (change-password)
                    if (r.has(ControlKind.AUTH) && !RouteBehaviour.of(project).of(r).shows(RouteBehaviour.Reason.PASSWORD)) continue;
                    boolean stricter = r.chain().stream().anyMatch(ct -> ct.kind() == ControlKind.RATE_LIMIT && (!ct.scope().equals("global") || pathScoped(ct)))
                            || a.mounts().stream().anyMatch(m -> m.control().kind() == ControlKind.RATE_LIMIT && !m.pathPrefix().isEmpty()
                            && !m.pathPrefix().equals("/") && ModelSupport.applies(m.pathPrefix(), r.path()));
                    if (!stricter) rel.add(r.location().withMessage(r.label() + " has only the global limit"));
                }
            }
            if (!rel.isEmpty()) {
                return new Verdict(c, "rate-limiting", Status.PARTIAL,
                        "a global limiter exists, but the stricter limit on authentication routes the report names does not", rel);
            }
        }
        // "In-memory rate limiting (production: use Redis)": the report says the counters are in memory, as they are
        if (Pattern.compile("redis|distributed|distribuíd|distribuid|verteilt|분산|dağıtık|across instances|shared store|cluster").matcher(low).find()
                && !IN_MEMORY.matcher(low).find() && !limiterHasStore()) {
            return new Verdict(c, "rate-limiting", Status.CONTRADICTED,
                    "the limiter keeps its counters in the default in-memory store; no shared store (such as Redis) is configured",
                    ev.stream().limit(3).map(l -> l.withMessage("limiter without a store option")).toList());
        }
        List<Finding> late = run("ratelimit/after-routes");
        if (late == null) return disabled(c, "rate-limiting", "ratelimit/after-routes", "rate limiter mounted; its order");
        if (!late.isEmpty()) {
            return new Verdict(c, "rate-limiting", Status.PARTIAL, "the limiter is mounted after routes it should protect",
                    List.of(late.get(0).location()));
        }
        String inHandlers = handlerLimited();
        return new Verdict(c, "rate-limiting", Status.VERIFIED, inHandlers != null ? inHandlers : "rate limiter mounted", ev.stream().limit(3).toList());
    }

    /**
     * When every limiter is one the route handlers call themselves (no mount, no limiter middleware): which routes it
     * limits, "rate limiter enforceRateLimit called in the handlers of 3 of 40 routes; the others are not limited". Else null.
     */
    private String handlerLimited() {
        Set<String> names = new TreeSet<>();
        int limited = 0, routes = 0;
        for (Application a : apps()) {
            if (a.anyMount(ControlKind.RATE_LIMIT)) return null;
            for (Route r : a.routes()) {
                routes++;
                List<Control> ls = r.controls(ControlKind.RATE_LIMIT);
                if (ls.isEmpty()) continue;
                if (ls.stream().anyMatch(l -> !l.scope().equals("handler"))) return null;
                limited++;
                ls.forEach(l -> names.add(l.name()));
            }
        }
        if (limited == 0) return null;
        return "rate limiter " + String.join(", ", names) + " called in the handlers of " + limited + " of " + routes + " routes"
                + (limited < routes ? "; the other routes are not limited" : "");
    }

    /** Packages of JVM rate-limiting libraries, used from code (a bucket per caller) rather than mounted. */
    private static final List<String> LIMITER_PACKAGES = List.of("io.github.bucket4j", "com.bucket4j", "io.github.resilience4j.ratelimiter",
            "com.google.common.util.concurrent.RateLimiter", "es.moki.ratelimitj");

    /** The first import of a rate-limiting library in the server's code (tests left out), with the library as message; or null. */
    private Location limiterLibraryUse() {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !scope.isEmpty() && !f.path().startsWith(scope)) continue;
            for (Import i : f.imports().values()) {
                String m = i.module();
                if (m == null || i.location() == null) continue;
                // JVM packages only: a Node limiter package (express-rate-limit) is a control the model mounts or reports unmounted
                for (String pkg : LIMITER_PACKAGES) if (m.equals(pkg) || m.startsWith(pkg + ".")) return i.location().withMessage(pkg);
            }
        }
        return null;
    }

    /** A claim that says the control is not switched on: "ready to activate", "not yet enabled", "can be enabled". */
    private static final Pattern NOT_ACTIVE = Pattern.compile("(?iu)\\bready to (activate|enable|use|be enabled)\\b|\\bnot (yet )?(active|activated|enabled|mounted|wired)\\b"
            + "|\\b(can|could) be (enabled|activated|turned on)\\b|pronto para ativar|listo para activar");
    /** A claim that a capability or helper exists: "Rate limiting support", "validation helpers", "utility functions". */
    private static final Pattern SUPPORT_WORDS = Pattern.compile("(?iu)\\bsupport\\b|\\bhelpers?\\b|\\butilit(y|ies)\\b|\\bsuporte\\b|\\bsoporte\\b");
    /** Counters said to be kept in process memory: "In-memory rate limiting", "memory store". */
    private static final Pattern IN_MEMORY = Pattern.compile("(?iu)\\bin[- ]memory\\b|\\bmemory store\\b|\\bem memória\\b|\\ben memoria\\b|\\bim speicher\\b|메모리");
    private static final Pattern RATE_LIMIT_FN = Pattern.compile("(?i)rate_?limit");
    private static final Pattern VALIDATE_FN = Pattern.compile("^(?:is_?valid|validate|sanitize|sanitise)[A-Z_]?", Pattern.CASE_INSENSITIVE);

    /** The first project function (test files left out) whose name matches, with its name as message, or null. */
    private Location functionNamed(Pattern name) {
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !scope.isEmpty() && !f.path().startsWith(scope)) continue;
            for (Fn fn : Analysis.functions(f)) {
                if (fn.name() != null && fn.location() != null && name.matcher(fn.name()).find()) return fn.location().withMessage(fn.name());
            }
        }
        return null;
    }

    /** A limit on a WebSocket's messages: the claim or its section names WebSockets, a connection or messages per time. */
    private static final Pattern WEBSOCKET_LIMIT = Pattern.compile("(?iu)\\bweb ?sockets?\\b|\\bsocket\\.io\\b|\\bws\\b|\\bper[- ]connection\\b"
            + "|\\bmessages?\\s*(per|/)\\s*(second|minute|hour|sec|min|s)\\b|\\bon disconnect\\b");
    /** A limit on HTTP requests: requests, routes, endpoints, IPs, login. */
    private static final Pattern HTTP_LIMIT = Pattern.compile("(?iu)\\b(requests?|req|routes?|endpoints?|api|ip|login|sign-?in|http)\\b");
    private static final Pattern LOCKOUT = Pattern.compile("(?iu)lock-?out|locks? (the )?accounts?|account lock|locked after|bloqueio de conta"
            + "|bloqueo de cuenta|kontosperre|계정 잠금|hesap kilitleme");
    private static final Pattern RATE_WORDS = Pattern.compile("(?iu)rate[- ]?limit|throttl|requests? per|req/|per (ip|minute|second|hour)|limite de taxa"
            + "|límite de tasa|ratenbegrenzung|속도 제한|hız sınır");

    /** True when some rate-limiter factory call passes a store (Redis, Memcached ...) in its options. */
    private boolean limiterHasStore() {
        for (FileFacts f : project.files().values()) {
            // a hand-written limiter (a function of the file answers 429) that counts in Redis itself: redis.incr/expire,
            // redis.multi().hset(..) on an ioredis or node-redis client
            boolean served = !project.isTestPath(f.path()) && (scope.isEmpty() || f.path().startsWith(scope));
            boolean answers429 = served && Analysis.functions(f).stream().anyMatch(fn -> fn.statuses().contains(429));
            // a quota counted in the store with a time to live (redis.incrby(key, n) then redis.expire(key, 86400)): the
            // counters are shared, whatever the over-quota answer is
            boolean counts = false, expires = false;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String root = project.rootModule(cs.callee(), f);
                    if (answers429 && root != null && sharedStore(root)) return true;
                    if (served && root != null && sharedStore(root) && cs.methodName() != null) {
                        String m = cs.methodName().toLowerCase(Locale.ROOT);
                        counts |= m.equals("incr") || m.equals("incrby");
                        expires |= m.equals("expire") || m.equals("pexpire") || m.equals("setex");
                        if (counts && expires) return true;
                    }
                    if (Classifier.kindOfPackage(root) != ControlKind.RATE_LIMIT) continue;
                    for (Val a : cs.args()) {
                        Val o = project.resolve(a, f).val();
                        if (o instanceof Obj obj && (obj.props().containsKey("store") || obj.props().containsKey("redis")
                                || obj.props().containsKey("storeClient"))) return true;
                    }
                }
            }
        }
        return false;
    }

    /** Client packages of a store shared by the instances: a hand-written limiter counting with them is not in memory. */
    private static final Set<String> SHARED_STORES = Set.of("ioredis", "redis", "@redis/client", "@upstash/redis", "@vercel/kv", "memcached");
    /** The same on the JVM, by package: Spring Data Redis (RedisTemplate), Jedis, Lettuce, Redisson. */
    private static final List<String> SHARED_STORE_PACKAGES = List.of("org.springframework.data.redis", "redis.clients.jedis",
            "io.lettuce", "org.redisson");

    private static boolean sharedStore(String root) {
        if (SHARED_STORES.contains(root)) return true;
        for (String p : SHARED_STORE_PACKAGES) if (root.equals(p) || root.startsWith(p + ".")) return true;
        return false;
    }

    /**
     * A limiter mounted for every route whose own code answers 429 only under a test of the request's path (a Spring
     * filter counting {@code /auth/signin} and {@code /auth/signup} calls, {@code if (isAuthEndpoint(request.getRequestURI()))}):
     * a limit of the routes it names, not the app-wide one. Read in the file the control is declared in; a library
     * limiter (no 429 answer of its own there) is not.
     */
    private boolean pathScoped(Control ct) {
        if (ct.location() == null) return false;
        FileFacts f = project.files().get(ct.location().path());
        if (f == null) return false;
        boolean any = false;
        for (Fn fn : Analysis.functions(f)) {
            for (CallSite cs : fn.calls()) {
                if (cs.args().stream().noneMatch(a -> a instanceof Lit l && l.value() instanceof Number n && n.doubleValue() == 429)) continue;
                any = true;
                boolean onPath = cs.guards().stream().anyMatch(g -> Vals.anyPartDeep(g.left(), x -> x instanceof Val.Req q
                        && (q.part().equals("meta:url") || q.part().equals("meta:path") || q.part().equals("meta:originalUrl")), 64));
                if (!onPath) return false;
            }
        }
        return any;
    }

    private Verdict control(Claim c, String key, ControlKind kind, String what, String lateRule) {
        if (apps().isEmpty()) return noApp(c, key);
        List<Location> ev = controls(kind);
        List<Location> named = kind == ControlKind.HEADERS ? unclassifiedNamed(HEADERS_NAME) : List.of();
        if (ev.isEmpty() && !named.isEmpty()) {
            return new Verdict(c, key, Status.UNVERIFIED, "no known " + what + " is mounted, but the app runs a middleware named like one ("
                    + named.get(0).message() + ")", named.stream().limit(3).toList());
        }
        if (ev.isEmpty() && !untracked(kind).isEmpty()) {
            return new Verdict(c, key, Status.UNVERIFIED, what + " is created but the model could not follow where it is mounted",
                    untracked(kind).stream().limit(3).toList());
        }
        if (ev.isEmpty()) {
            List<Location> rel = new ArrayList<>();
            for (Application a : apps()) {
                for (Control u : a.unmounted()) if (u.kind() == kind) rel.add(u.location().withMessage(u.name() + " created here but never mounted"));
            }
            appSite().ifPresent(a -> rel.add(a.withMessage("mount it here")));
            return new Verdict(c, key, Status.CONTRADICTED, "no " + what + " is mounted", rel).sure(fullyModelled());
        }
        List<Finding> late = run(lateRule);
        if (late == null) return disabled(c, key, lateRule, what + " mounted; its order");
        if (!late.isEmpty()) return new Verdict(c, key, Status.PARTIAL, late.get(0).message(), List.of(late.get(0).location()));
        return new Verdict(c, key, Status.VERIFIED, what + " mounted", ev.stream().limit(3).toList());
    }

    /** Words by which a CORS claim says origins are restricted. */
    private static final Pattern RESTRICTIVE_CORS = Pattern.compile(
            "allow-?list|white-?list|allowed origins?|\\bonly\\b|restrict|specific|strict|trusted|limited to|known origins?|configured origins?"
                    + "|frontend_url|client_url|cors_origins?|allowed_origins?|origens permitidas|permitid|lista blanca|lista branca|\\bsolo\\b|\\bsólo\\b|\\bapenas\\b"
                    + "|\\bnur\\b|erlaubt|허용된|허용 목록|izin verilen|sadece|yalnızca");

    /** A claim scoped to production: "no wildcard CORS in prod", "restricted in production". */
    private static final Pattern PRODUCTION_SCOPE = Pattern.compile("(?iu)\\bprod(?:uction)?\\b|\\bproduktion\\b|\\bprodução\\b|\\bproducción\\b");

    private Verdict cors(Claim c) {
        List<Finding> fs = run("cors/permissive-origin");
        if (fs == null) return disabled(c, "cors", "cors/permissive-origin", null);
        if (!fs.isEmpty() && !RESTRICTIVE_CORS.matcher(Vocabulary.norm(c.text())).find()) {
            // "CORS enabled" claims CORS, not a restriction: true even when every origin is allowed
            return new Verdict(c, "cors", Status.VERIFIED, "CORS is enabled (it allows any origin, which the claim does not deny)",
                    fs.stream().limit(3).map(Finding::location).toList());
        }
        if (!fs.isEmpty() && PRODUCTION_SCOPE.matcher(Vocabulary.norm(c.text())).find()
                && fs.stream().allMatch(f -> f.message().contains("at least one code path"))) {
            // "No wildcard CORS in production" beside origin: isDev ? true : allowList: the claim speaks of one environment
            // and the permissive origin is one branch of a condition, which the model does not place in an environment
            return new Verdict(c, "cors", Status.UNVERIFIED, "the claim speaks of production; the code allows any origin only on one branch"
                    + " of a condition (" + fs.get(0).location().path() + ":" + fs.get(0).location().line() + "), which may be the development one",
                    fs.stream().limit(3).map(Finding::location).toList());
        }
        if (!fs.isEmpty()) {
            // a constant origin ('*', true, no options) is certain; one branch of a condition depends on the environment
            boolean sure = fs.stream().anyMatch(f -> !f.message().contains("at least one code path"));
            return new Verdict(c, "cors", Status.CONTRADICTED, "the code allows any origin: " + fs.get(0).message(),
                    fs.stream().limit(3).map(Finding::location).toList()).sure(sure);
        }
        List<Location> ev = controls(ControlKind.CORS);
        if (ev.isEmpty()) {
            return new Verdict(c, "cors", Status.UNVERIFIED, "no CORS configuration found (browsers then allow same-origin only)", List.of());
        }
        return new Verdict(c, "cors", Status.VERIFIED, "CORS restricted", ev.stream().limit(3).toList());
    }

    private Verdict validation(Claim c) {
        String low = Vocabulary.norm(c.text());
        if (SSRF_WORDS.matcher(low).find()) {
            // "A10 SSRF | URL validation + allow-list": about the URLs the server fetches, not about request input in general
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "an SSRF claim: it is about the URLs the server fetches, which the"
                    + " request-input validation findings do not judge", List.of());
        }
        if (REVALIDATION.matcher(low).find() && !INPUT_WORDS.matcher(low).find()) {
            // "Live socket re-validation: connections re-check their session", "webhook delivery re-validates the stored URL":
            // stored state checked again, not the request's input
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about checking stored state again (re-validation), not"
                    + " about request input", List.of());
        }
        if (TOKEN_SUBJECT.matcher(Vocabulary.norm(c.context() == null ? "" : c.context())).find() && !INPUT_WORDS.matcher(low).find()) {
            // under "Token Expiration": "Both are validated on every request" is about the tokens, not the request's input
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about validating tokens or sessions (under \""
                    + c.context() + "\"), not request input", List.of());
        }
        if (TOKEN_CHECK.matcher(low).find() && !INPUT_WORDS.matcher(low).find()) {
            // "Token expiration validated": the token's own claims, checked where it is verified, not the request's input
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about validating tokens, not request input", List.of());
        }
        if (MARKUP_VALIDATION.matcher(low).find() && !INPUT_WORDS.matcher(low).find()) {
            // "CSS Validation | 100% compliant", "HTML validation": the markup the front end ships, not the request's input
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about validating markup or styles, not request input", List.of());
        }
        if (FILE_CONTENT_CHECK.matcher(low).find()) {
            // "magic number (file signature) validation for all file types": the bytes of uploaded files, checked where they
            // are stored; whether request fields have a schema is another claim
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about checking uploaded files' content (their magic"
                    + " numbers), which the request-input validation findings do not judge", List.of());
        }
        if (UPLOAD_CHECK.matcher(low).find() && !REQUEST_INPUT_WORDS.matcher(low).find()) {
            // "Multer with security validation", "Upload Validation: file type and size checking": the files an upload
            // accepts, which multer's fileFilter and limits decide; request fields are another claim
            List<Location> checks = dev.backcheck.concepts.Uploads.fileChecks(project);
            return checks.isEmpty()
                    ? new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about checking uploaded files; no multer fileFilter or"
                            + " fileSize limit was found, and the request-input validation findings do not judge files", List.of())
                    : new Verdict(c, "input-validation", Status.VERIFIED, "uploads are checked (multer fileFilter or fileSize limit)",
                            checks.stream().limit(3).toList());
        }
        if (MODEL_VALIDATION.matcher(low).find() && !REQUEST_INPUT_WORDS.matcher(low).find()) {
            // "7 Database Models with proper relationships and validation": the data model's own validators, not the request's
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about the data model's own validation, not request input",
                    List.of());
        }
        String one = singleSubject(low);
        if (one != null && !Vocabulary.containsPhrase(c.text(), vocab.allWords) && c.libraries().isEmpty()) {
            // "Input validation on facture ID", "Filename sanitization": one value's check, written in its handler
            return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim about checking one value (" + one + "); checks written inside"
                    + " handlers are not judged per value", List.of());
        }
        List<Finding> fs = run("validation/unvalidated-input");
        if (fs == null) return disabled(c, "input-validation", "validation/unvalidated-input", null);
        List<Location> ev = controls(ControlKind.VALIDATION);
        for (Application a : apps()) {
            for (Route r : a.routes()) {
                if (!r.frameworkValidated().isEmpty() || r.inputs().stream().anyMatch(Route.ParamInput::validated)) ev.add(r.location());
            }
        }
        if (fs.isEmpty()) {
            return ev.isEmpty() ? new Verdict(c, "input-validation", Status.UNVERIFIED, "no route reads request input", List.of())
                    : new Verdict(c, "input-validation", Status.VERIFIED, "input validated", ev.stream().limit(3).toList());
        }
        List<Location> rel = fs.stream().limit(3).map(f -> f.location().withMessage("read without validation")).toList();
        String unchecked = fs.size() + " finding" + (fs.size() == 1 ? "" : "s") + " of request input read without validation";
        if (ev.isEmpty() && SUPPORT_WORDS.matcher(low).find()) {
            // "File name generation and validation helpers": the helpers exist; whether routes call them is another claim
            Location helper = functionNamed(VALIDATE_FN);
            if (helper != null) {
                return new Verdict(c, "input-validation", Status.UNVERIFIED, "a claim that validation helpers exist (" + helper.message()
                        + "), not that routes validate their input", List.of(helper));
            }
        }
        if (ev.isEmpty()) {
            return new Verdict(c, "input-validation", Status.CONTRADICTED, "no route validates its input (" + unchecked + ")", rel);
        }
        // "validation with Zod" without a scope is true when routes validate; "on all inputs" is not
        if (Vocabulary.containsPhrase(c.text(), vocab.allWords)) {
            return new Verdict(c, "input-validation", Status.PARTIAL, "some routes validate, but there are " + unchecked, rel);
        }
        return new Verdict(c, "input-validation", Status.VERIFIED, "routes validate input (the claim names no scope; " + unchecked + ")",
                ev.stream().limit(3).toList());
    }

    /** A claim about uploaded files: "File Upload: Multer with security validation", "file type, size ... checking". */
    private static final Pattern UPLOAD_CHECK = Pattern.compile("(?iu)\\b(?:file )?uploads?\\b.{0,60}\\b(?:validat|check|filter|secur)"
            + "|\\bmulter\\b|\\bfile (?:type|size|extension)s?\\b.{0,30}\\b(?:validat|check|limit|filter)|\\btype validation\\b.{0,5}$"
            + "|\\bfile paths?\\b.{0,40}\\btype validation\\b");
    /** A claim about the models' validation: "Database Models with ... validation", "schema-level validation in the models". */
    private static final Pattern MODEL_VALIDATION = Pattern.compile("(?iu)\\b(?:database |data |mongoose |db )?models?\\b.{0,50}\\bvalidation\\b");
    /** Words that put a claim on the request's own data, whatever else it names. */
    private static final Pattern REQUEST_INPUT_WORDS = Pattern.compile("(?iu)\\b(?:input|inputs|request|requests|body|payload|endpoints?|routes?|params?|query|dtos?)\\b");
    private static final Pattern MARKUP_VALIDATION = Pattern.compile("(?iu)\\b(?:css|html|markup|w3c|wcag|accessibility|a11y|lighthouse)\\s+(?:validation|validator|compliance)");
    /** A check of an uploaded file's bytes: its magic number, file signature, sniffed type. */
    private static final Pattern FILE_CONTENT_CHECK = Pattern.compile("(?iu)\\bmagic[ -]?(?:numbers?|bytes)\\b|\\bfile[ -]?signatures?\\b"
            + "|\\b(?:mime|content|file)[ -]?type (?:sniffing|detection)\\b");
    /** A check of a token's own claims: "Token expiration validated", "JWT signature and issuer verified". */
    private static final Pattern TOKEN_CHECK = Pattern.compile("(?iu)\\b(?:tokens?|jwts?|sessions?)\\b.{0,30}\\b(?:expir\\w*|signatures?|issuer|audience)\\b"
            + "|\\bexpir\\w*\\b.{0,20}\\b(?:validat|verif|check)");
    /** Re-validation: a check made again on stored state (a session, a stored URL). */
    private static final Pattern REVALIDATION = Pattern.compile("(?iu)\\bre-?validat");
    /** Words of request input: a validation claim naming one is about the request's data. */
    private static final Pattern INPUT_WORDS = Pattern.compile("(?iu)\\binputs?\\b|\\bbody\\b|payload|\\bparams?\\b|paramet|quer(y|ies)|schema|\\bdtos?\\b"
            + "|\\bfields?\\b|\\bforms?\\b|\\bzod\\b|\\bjoi\\b|\\byup\\b|class-validator|express-validator|pipe|user data|request data");
    /** Headings about tokens or sessions: the validation claims under them are about those. */
    private static final Pattern TOKEN_SUBJECT = Pattern.compile("(?iu)\\btokens?\\b|expir|\\bsessions?\\b|\\boauth\\b|\\bjwt\\b|certificat");
    private static final Pattern SSRF_WORDS = Pattern.compile("(?iu)\\bssrf\\b|server[- ]side request forgery");
    /** "validation on facture ID", "sanitization of filenames", "Filename sanitization": the value a validation claim is about. */
    private static final Pattern ONE_VALUE = Pattern.compile("(?iu)\\b(?:validation|validated|validating|sanitization|sanitisation|sanitized|sanitizing"
            + "|checks?|checked)\\s+(?:on|of|for)\\s+(?:the\\s+|each\\s+|every\\s+|a\\s+)?([\\p{L}][\\p{L}\\p{N}_-]*(?:\\s+(?:id|ids|name|names|path|paths))?)"
            + "|^([\\p{L}][\\p{L}\\p{N}_-]*(?:\\s+[\\p{L}][\\p{L}\\p{N}_-]*)?)\\s+(?:validation|sanitization|sanitisation)$"
            // "SpO2 ranges validated (50-100)", "Exercise duration validated (0-10000)": one value's range, checked where it is read
            + "|^([\\p{L}][\\p{L}\\p{N}_-]*(?:\\s+[\\p{L}][\\p{L}\\p{N}_-]*)?)\\s+(?:ranges?\\s+|values?\\s+|limits?\\s+)?(?:is\\s+|are\\s+)?validated\\s*\\(\\s*-?\\d");
    /** Words of a validation claim's object that stand for request input in general. */
    private static final Set<String> GENERIC_INPUT = Set.of("all", "user", "users", "input", "inputs", "request", "requests", "incoming", "api", "data",
            "payload", "payloads", "body", "bodies", "parameter", "parameters", "params", "query", "queries", "endpoint", "endpoints", "route", "routes",
            "form", "forms", "field", "fields", "dto", "dtos", "entity", "entities", "schema", "schemas", "server-side", "server", "client-side", "type",
            "types", "bean", "model", "models", "json", "request-body", "every", "each", "external", "untrusted", "any", "both", "strict", "proper",
            "comprehensive", "robust", "basic", "full", "complete", "zod", "joi", "yup", "class-validator", "express-validator", "automatic", "runtime",
            "mongoose", "ajv", "typebox", "valibot", "celebrate", "pydantic", "dto-based", "centralized", "centralised", "global", "extra", "additional",
            "enhanced", "improved", "thorough", "rigorous", "consistent", "standardized", "standardised");

    private static String singleSubject(String low) {
        Matcher m = ONE_VALUE.matcher(low.replaceAll("[*`_]", "").strip());
        if (!m.find()) return null;
        String subject = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        String first = subject.split("\\s+")[0];
        return GENERIC_INPUT.contains(first) ? null : subject;
    }

    /**
     * "Queries are parameterised": contradicted by what the SQL rule itself reports as request data reaching SQL text
     * (its findings with a traced source, or at error level). Its findings of unknown origin (a function parameter
     * whose callers were not followed, a developer-supplied column list, the signed-in user's own id) are its
     * caution, not a contradiction; a framework-validated value spliced into the text makes the claim partly true.
     */
    private Verdict sqlClaim(Claim c, String key) {
        List<Finding> fs = run("injection/sql-raw-query");
        if (fs == null) return disabled(c, key, "injection/sql-raw-query", null);
        List<Finding> request = fs.stream().filter(f -> f.level() == Level.ERROR || f.properties().containsKey("source")).toList();
        if (!request.isEmpty()) {
            return new Verdict(c, key, Status.CONTRADICTED, "request data reaches SQL text in " + request.size() + " place" + (request.size() == 1 ? "" : "s")
                    + " (" + request.get(0).message().split("\\. ")[0] + ")", request.stream().limit(3).map(Finding::location).toList())
                    .sure(request.stream().anyMatch(f -> f.level() == Level.ERROR));
        }
        List<Finding> validated = fs.stream().filter(f -> f.message().contains("validated by the framework")).toList();
        if (!validated.isEmpty()) {
            return new Verdict(c, key, Status.PARTIAL, "a framework-validated request value is spliced into SQL text in " + validated.size()
                    + " place" + (validated.size() == 1 ? "" : "s"), validated.stream().limit(3).map(Finding::location).toList());
        }
        if (!fs.isEmpty()) {
            return new Verdict(c, key, Status.UNVERIFIED, "SQL text is built from values of unknown origin in " + fs.size() + " place"
                    + (fs.size() == 1 ? "" : "s") + "; no request value was traced into it", fs.stream().limit(3).map(Finding::location).toList());
        }
        return new Verdict(c, key, Status.VERIFIED, "no violation found", List.of());
    }

    /** A claim of signing in with an identity provider: "OAuth2 Authentication", "GitHub login", "Sign in with Google". */
    private static final Pattern OAUTH_LOGIN = Pattern.compile("(?iu)\\boauth ?2?\\b|\\b(github|google|microsoft|apple|discord|gitlab)\\b[^.]{0,30}\\b(auth\\w*|log-?in|sign-?in|sso)\\b"
            + "|\\b(sign|log)\\s*in\\s+with\\s+(github|google|microsoft|apple|discord|gitlab)\\b");
    /** OAuth client libraries of the servers the model reads. */
    private static final List<String> OAUTH_CLIENTS = List.of("@fastify/oauth2", "passport-github2", "passport-github", "passport-google-oauth20",
            "passport-oauth2", "simple-oauth2", "arctic", "grant", "openid-client", "@auth/express", "@hono/oauth-providers");

    /** The first OAuth client library the code loads, or null. */
    private String oauthClient() {
        for (String lib : OAUTH_CLIENTS) if (imported(lib)) return lib;
        return null;
    }

    /** A section about the data layer: a cache, a database schema or its models, a queue. */
    private static final Pattern DATA_LAYER_SECTION = Pattern.compile("(?iu)\\b(redis|cach(e|ing)|database schema|schema|models?|entities"
            + "|prisma|migrations?|queues?|bullmq|mongo(db|ose)?|postgres(ql)?|mysql)\\b");
    /** A section about access control itself. */
    private static final Pattern AUTH_SECTION = Pattern.compile("(?iu)\\b(auth\\w*|security|access|rbac|abac|guards?|jwt|log ?in|sign-?in|permissions?|sessions?)\\b");
    /** A claim that names what requests reach: routes, endpoints, guards, tokens. */
    private static final Pattern ROUTE_SUBJECT = Pattern.compile("(?iu)\\b(routes?|endpoints?|requests?|apis?|guard(s|ed)?|middleware|controllers?"
            + "|jwt|tokens?|protected|users? must|logged[- ]in)\\b");

    private Verdict authn(Claim c) {
        Verdict pw = passwordClaim(c);
        if (pw != null && (pw.status() != Status.VERIFIED || !OTHER_AUTH_WORDS.matcher(Vocabulary.norm(c.text())).find())) return pw;
        Verdict session = sessionClaim(c);
        if (session != null) return session;
        String dataSection = Vocabulary.norm(c.context());
        if (DATA_LAYER_SECTION.matcher(dataSection).find() && !AUTH_SECTION.matcher(dataSection).find()
                && !ROUTE_SUBJECT.matcher(Vocabulary.norm(c.text())).find()) {
            // "Password authentication support" under "Redis Cache Module", "Role - RBAC system roles with system flag" under
            // "Database Schema > Models Implemented": what a store's connection or the schema offers, not a check on requests
            return new Verdict(c, "authn-authz", Status.UNVERIFIED, "a statement in a section about the data layer (" + c.context()
                    + "): the store's connection or the schema, not a control on the routes", List.of());
        }
        List<Location> ev = controls(ControlKind.AUTH);
        // const user = await verifyToken(header); if (!user) return c.json(.., 401) at the top of each handler: no control on
        // the chain, but the routes turn a caller with no login away themselves, as the route inventory says
        // (Authentication.LOGIN_IN_HANDLER): authentication the claim can be checked against, not its absence
        if (ev.isEmpty()) ev = handlerAuthentication();
        if (ev.isEmpty() && !apps().isEmpty()) {
            if (pw != null) return pw;
            List<Location> unknown = unclassifiedRouteControls();
            if (!unknown.isEmpty()) {
                // requireApiKey, checkSession ...: a middleware the model does not know may be the authentication
                return new Verdict(c, "authn-authz", Status.UNVERIFIED, "no route runs a known authentication control, but routes run middleware "
                        + "the model does not classify (" + unknown.get(0).message() + ")", unknown.stream().limit(3).toList());
            }
            String oauth = OAUTH_LOGIN.matcher(Vocabulary.norm(c.text())).find() ? oauthClient() : null;
            if (oauth != null) {
                // "OAuth2 Authentication: Secure GitHub authentication": a sign-in flow with a provider, which the code has
                // (@fastify/oauth2 loaded) whether or not the model sees the control that checks the session it opens
                return new Verdict(c, "authn-authz", Status.UNVERIFIED, "a claim about signing in with a provider; the code loads " + oauth
                        + ", but the model sees no authentication control on the routes", List.of());
            }
            return new Verdict(c, "authn-authz", Status.CONTRADICTED, "no route runs an authentication control",
                    appSite().map(List::of).orElse(List.of())).sure(fullyModelled() && noUnclassifiedControls());
        }
        List<Finding> fs = run("authn/unauthenticated-mutation");
        // "all routes require a JWT", "every write endpoint": a claim about coverage; "all auth events logged" is not
        Matcher every = ALL_ROUTES.matcher(Vocabulary.norm(c.text()));
        boolean all = every.find();
        if (fs == null) {
            if (all && !ev.isEmpty()) return disabled(c, "authn-authz", "authn/unauthenticated-mutation", null);
            fs = List.of();
        }
        if (all) {
            // "all upload endpoints": only the routes whose path names the resource
            String resource = every.group(2) == null ? null : every.group(2).strip();
            if (resource != null && GENERIC_ROUTE_WORDS.contains(resource)) resource = null;
            String stem = resource == null ? null : resource.length() > 5 ? resource.substring(0, 5) : resource;
            List<Finding> concerned = stem == null ? fs : fs.stream().filter(f -> routeOf(f).contains(stem)).toList();
            // a report that lists its endpoints speaks of those: "all endpoints" of a dashboard API document; under a
            // heading that lists endpoints of its own ("### Internal Admin Management" > "#### GET /api/.."), of those
            List<String> section = sectionEndpoints(c);
            List<String> spoken = section.isEmpty() ? listed : section;
            if (!spoken.isEmpty()) {
                concerned = concerned.stream().filter(f -> spoken.stream().anyMatch(l -> samePath(normPath(routeOf(f)), l))).toList();
            }
            // a route running middleware the model does not classify (router.use(authenticate) from a helper) may be authenticated
            Set<String> unsure = new HashSet<>();
            for (Application a : apps()) {
                for (Route r : a.routes()) {
                    if (r.chain().stream().anyMatch(ct -> ct.kind() == ControlKind.OTHER)) unsure.add(r.label().toLowerCase(Locale.ROOT));
                }
            }
            concerned = concerned.stream().filter(f -> !unsure.contains(routeLabelOf(f))).toList();
            if (!concerned.isEmpty()) {
                return new Verdict(c, "authn-authz", Status.PARTIAL, concerned.size() + " mutating route" + (concerned.size() == 1 ? " has" : "s have")
                        + " no authentication", concerned.stream().limit(3).map(Finding::location).toList());
            }
        }
        return ev.isEmpty() ? new Verdict(c, "authn-authz", Status.UNVERIFIED, "no application found", List.of())
                : new Verdict(c, "authn-authz", Status.VERIFIED, "authentication on protected routes", ev.stream().limit(3).toList());
    }

    private static final Pattern PASSWORD_CLAIM = Pattern.compile(
            "bcrypt|argon2|scrypt|pbkdf2|passwords?\\s+(?:are\\s+|is\\s+)?(?:securely\\s+)?(?:hash|salt)|(?:hash|salt)\\w*\\s+(?:\\w+\\s+)?passwords?");
    private static final Pattern OTHER_AUTH_WORDS = Pattern.compile("\\b(jwt|guard|middleware|protected|login|sessions?|passport|token|rbac|role)");
    /**
     * A slow hash whose cost is short of OWASP's minimum by less than ten times the work (pbkdf2-sha512 at 100,000 of
     * 210,000 iterations, bcrypt cost 7 to 9): below today's advice, which authn/weak-password-hash reports, but still the
     * password hashing a claim describes. Far below (bcrypt cost 6, pbkdf2 at 1,000) it is not.
     */
    private static boolean nearAdvice(dev.backcheck.concepts.PasswordHashers.Use u) {
        switch (u.kind()) {
            case BCRYPT -> {
                dev.backcheck.concepts.PasswordHashers.Setting r = u.setting("rounds");
                // within 10x of the minimum: each step of cost doubles the work (2^3 = 8x)
                return r != null && r.value() != null && r.value() >= dev.backcheck.concepts.PasswordHashers.BCRYPT_MIN_COST - 3;
            }
            case PBKDF2 -> {
                dev.backcheck.concepts.PasswordHashers.Setting it = u.setting("iterations");
                if (it == null || it.value() == null) return false;
                long min = dev.backcheck.concepts.PasswordHashers.pbkdf2MinIterations(u.digest());
                return min != Long.MAX_VALUE && it.value() * 10 >= min;
            }
            default -> {
                return false;
            }
        }
    }

    /** "100k iterations", "600,000 iterations", "1000 iterations". */
    private static final Pattern CLAIMED_ITERATIONS = Pattern.compile("(?iu)\\b(\\d{1,3}(?:[,.]\\d{3})+|\\d+)\\s*(k)?\\s*(?:iterations|iteraç\\w*|iteracion\\w*|iterationen|회 반복|iterasyon)");
    /** A password claim that speaks of strength: "strong", "secure", "OWASP-recommended" hashing. */
    private static final Pattern STRENGTH_CLAIM = Pattern.compile("(?iu)\\b(strong|stronger|secure|securely|owasp|recommended|industry[- ]standard|best[- ]practice"
            + "|hardened|sufficient|robust|forte|segur\\w*|fuerte|sicher\\w*|stark\\w*|güçlü|güvenli)\\b|안전|강력");
    private static final Pattern CLAIMED_COST = Pattern.compile(
            "(\\d{1,2})\\s*(?:salt\\s*)?rounds|(?:cost|rounds|work factor|salt rounds)(?:\\s*factor)?(?:\\s*(?:of|=|:))?\\s*(\\d{1,2})\\b");

    /**
     * A claim about password hashing ("bcrypt with 12 rounds", "passwords hashed with argon2"), judged from the
     * password-hashing concept: the algorithm, the cost, and OWASP's minimums. Null when the claim is about something else.
     */
    private Verdict passwordClaim(Claim c) {
        String low = Vocabulary.norm(c.text()).toLowerCase(Locale.ROOT);
        if (!PASSWORD_CLAIM.matcher(low).find()) return null;
        dev.backcheck.concepts.PasswordHashers ph = dev.backcheck.concepts.PasswordHashers.of(project);
        List<dev.backcheck.concepts.PasswordHashers.Use> hashes = inScope(appCode(ph.hashes()), dev.backcheck.concepts.PasswordHashers.Use::location);
        // "bcrypt with 12 rounds" is about the hashes of passwords: bcrypt.hash(resetToken, 10) hashes a random token
        List<dev.backcheck.concepts.PasswordHashers.Use> ofPasswords = hashes.stream().filter(u -> !ph.overToken(u)).toList();
        if (!ofPasswords.isEmpty()) hashes = ofPasswords;
        List<dev.backcheck.concepts.PasswordHashers.Use> plain = appCode(ph.uses()).stream()
                .filter(u -> u.kind() == dev.backcheck.concepts.PasswordHashers.Kind.PLAIN_STORE
                        || u.kind() == dev.backcheck.concepts.PasswordHashers.Kind.PLAIN_COMPARE).toList();
        if (!plain.isEmpty()) {
            return new Verdict(c, "authn-authz", Status.CONTRADICTED, "passwords are stored as given (no hashing call in the project)",
                    plain.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList()).sure(true);
        }
        if (hashes.isEmpty()) {
            return new Verdict(c, "authn-authz", Status.UNVERIFIED, "no password hashing call found (it may be in a library or service"
                    + " outside the scanned code)", List.of());
        }
        String claimedAlg = low.contains("argon2") ? "ARGON2" : low.contains("bcrypt") ? "BCRYPT" : low.contains("scrypt") ? "SCRYPT"
                : low.contains("pbkdf2") ? "PBKDF2" : null;
        List<dev.backcheck.concepts.PasswordHashers.Use> slow = hashes.stream().filter(u -> u.kind().slow()).toList();
        if (claimedAlg != null && slow.stream().noneMatch(u -> u.kind().name().equals(claimedAlg))) {
            List<dev.backcheck.concepts.PasswordHashers.Use> shown = slow.isEmpty() ? hashes : slow;
            return new Verdict(c, "authn-authz", Status.CONTRADICTED, "passwords are hashed with " + shown.get(0).describe() + ", not "
                    + claimedAlg.toLowerCase(Locale.ROOT), shown.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList())
                    .sure(true);
        }
        if (claimedAlg != null) {
            // "Password hashing (bcrypt)" with bcrypt where accounts are made and pbkdf2 in some other feature (a workflow
            // step deriving keys): the claim is about the bcrypt hashes; the other hasher's cost is
            // authn/weak-password-hash's finding, not a part of this claim
            hashes = hashes.stream().filter(u -> u.kind().name().equals(claimedAlg)).toList();
            slow = slow.stream().filter(u -> u.kind().name().equals(claimedAlg)).toList();
        }
        List<dev.backcheck.concepts.PasswordHashers.Use> weak = hashes.stream()
                .filter(u -> dev.backcheck.rules.authn.WeakPasswordHashRule.judge(u) != null).toList();
        Matcher cost = CLAIMED_COST.matcher(low);
        if (cost.find() && (claimedAlg == null || claimedAlg.equals("BCRYPT"))) {
            long want = Long.parseLong(cost.group(1) != null ? cost.group(1) : cost.group(2));
            List<dev.backcheck.concepts.PasswordHashers.Use> other = slow.stream()
                    .filter(u -> u.kind() == dev.backcheck.concepts.PasswordHashers.Kind.BCRYPT && u.setting("rounds") != null
                            && u.setting("rounds").value() != null && u.setting("rounds").value() != want).toList();
            if (!other.isEmpty()) {
                boolean some = slow.stream().anyMatch(u -> u.setting("rounds") != null && u.setting("rounds").value() != null
                        && u.setting("rounds").value() == want);
                return new Verdict(c, "authn-authz", some ? Status.PARTIAL : Status.CONTRADICTED, "bcrypt runs with cost "
                        + other.get(0).setting("rounds").value() + " (" + other.get(0).setting("rounds").source() + "), not " + want,
                        other.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList()).sure(true);
            }
        }
        Matcher iters = CLAIMED_ITERATIONS.matcher(low);
        if (iters.find()) {
            long want = Long.parseLong(iters.group(1).replaceAll("[,._\\s]", "")) * (iters.group(2) != null ? 1000 : 1);
            List<dev.backcheck.concepts.PasswordHashers.Use> fewer = slow.stream().filter(u -> u.setting("iterations") != null
                    && u.setting("iterations").value() != null && u.setting("iterations").value() < want).toList();
            if (!fewer.isEmpty()) {
                return new Verdict(c, "authn-authz", Status.CONTRADICTED, "passwords are hashed with " + fewer.get(0).describe() + ", not " + want + " iterations", fewer.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList()).sure(true);
            }
        }
        if (!weak.isEmpty() && weak.stream().allMatch(ClaimJudge::nearAdvice) && !STRENGTH_CLAIM.matcher(low).find()) {
            // "Password hashing (PBKDF2, 100k iterations)": what the code does; that the cost is below today's advice is
            // authn/weak-password-hash's finding, not a contradiction of a claim that does not speak of strength
            return new Verdict(c, "authn-authz", Status.VERIFIED, "passwords hashed with " + weak.get(0).describe()
                    + " (its cost is below current advice: see authn/weak-password-hash)",
                    weak.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList());
        }
        if (!weak.isEmpty()) {
            return new Verdict(c, "authn-authz", weak.size() == hashes.size() ? Status.CONTRADICTED : Status.PARTIAL,
                    dev.backcheck.rules.authn.WeakPasswordHashRule.judge(weak.get(0)).message(),
                    weak.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList());
        }
        return new Verdict(c, "authn-authz", Status.VERIFIED, "passwords hashed with " + slow.stream()
                .map(dev.backcheck.concepts.PasswordHashers.Use::describe).distinct().sorted().reduce((a, b) -> a + ", " + b).orElse("?"),
                hashes.stream().limit(3).map(dev.backcheck.concepts.PasswordHashers.Use::location).toList());
    }

    /**
     * The uses in application code: a seed, fixture, script or test (prisma/seed.js hashing demo passwords with cost 10)
     * is not what the claim describes; when every use is there, all of them are kept.
     */
    private List<dev.backcheck.concepts.PasswordHashers.Use> appCode(List<dev.backcheck.concepts.PasswordHashers.Use> uses) {
        // (nor a legacy copy no process runs: an older src/users beside the live modules/users that nothing imports)
        dev.backcheck.concepts.ImportIndex index = dev.backcheck.concepts.ImportIndex.of(project);
        List<dev.backcheck.concepts.PasswordHashers.Use> app = uses.stream().filter(u -> u.location() == null
                || !project.isTestPath(u.location().path()) && !dev.backcheck.concepts.ServerCode.tooling(u.location().path())
                && !index.notRun(u.location().path())).toList();
        return app.isEmpty() ? uses : app;
    }

    /** A claim that CSRF handling is configured, set up (not that it protects something). */
    private static final Pattern CONFIGURED_WORDS = Pattern.compile("(?u)configur|\\bconfig\\b|\\bset ?up\\b|configuração|configuración|konfiguration|설정|yapılandırma");
    /** Words by which a claim says what the CSRF check protects. */
    private static final Pattern PROTECTS_WORDS = Pattern.compile(
            "(?u)protect|prevent|defen|against|state-?chang|mutat|\\ball\\b|\\bevery\\b|proteç|protecc|schutz|보호|koruma");
    /** A CSRF claim that says why none is needed: stateless, header or bearer tokens, disabled on purpose. */
    private static final Pattern CSRF_NOT_NEEDED = Pattern.compile("(?iu)stateless|\\bjwt|bearer|authorization header|header[- ]based|token[- ]based"
            + "|not (needed|required|necessary|applicable)|unnecessary|n/a\\b|disabl|sem estado|sin estado|zustandslos|desativad|deshabilitad");
    /** A CSRF claim that names a mechanism the code must have: a token check, a library, SameSite cookies, an Origin check. */
    private static final Pattern CSRF_MECHANISM = Pattern.compile("(?iu)csurf|csrf-csrf|csrf-sync|lusca|double[- ]submit|synchroni[sz]er"
            + "|(csrf|xsrf)[- ]?tokens?|x-csrf|x-xsrf|samesite|origin (check|header|validation|verification)|referer");
    private static final Pattern CSRF_CLAIM = Pattern.compile("(?i)\\b(csrf|xsrf|cross-site request forgery)\\b");
    /** A cookie flag the text sets off: {@code httpOnly: false}, {@code HttpOnly=false}, {@code SameSite=None}, "without httpOnly", "not secure". */
    private static final Pattern FLAG_OFF = Pattern.compile("(?i)`?\\b(?:http-?only|secure|same-?site)\\b`?\\s*[:=]\\s*`?['\"]?(?:false|none|off|no|disabled)\\b"
            + "|\\b(?:no|not|without|non)[- ](?:the\\s+)?(?:http-?only|secure)\\b|\\b(?:http-?only|secure)\\s+(?:is\\s+)?(?:off|disabled|not set)\\b");
    private static final Pattern COOKIE_FLAGS_CLAIM = Pattern.compile("(?i)\\b(http-?only|secure cookies?|samesite)\\b");
    private static final Pattern SESSION_STORE_CLAIM = Pattern.compile(
            "(?i)\\bsessions?\\b[^.;]{0,40}\\b(redis|postgres(?:ql)?|mongo(?:db)?|database|memcached|dynamodb|sqlite|mysql)\\b"
                    + "|\\b(redis|postgres(?:ql)?|mongo(?:db)?|memcached)\\b[^.;]{0,20}\\bsession");

    /**
     * Session, cookie and CSRF claims ("httpOnly secure cookies", "CSRF protection", "sessions stored in Redis"),
     * answered from the Cookies, Sessions and CsrfProtections concepts; null when the claim is about none of them.
     */
    /** The OAuth flow's state parameter or PKCE named as the defence: "`state` | CSRF token", "PKCE + state validation". */
    private static final Pattern OAUTH_STATE = Pattern.compile("(?iu)`state`|\\bstate\\s+(?:param(?:eter)?s?|validation|check|verification|token|value)"
            + "|\\bpkce\\b|\\boauth\\b[^.]{0,40}\\bstate\\b|\\bstate\\b[^.]{0,40}\\boauth\\b");

    /** Tokens as what is stored: "JWT tokens are ... stored in Redis", "refresh tokens stored in the database". */
    private static final Pattern TOKEN_STORED = Pattern.compile("(?iu)\\b(jwts?|tokens?)\\b[^.;]{0,60}\\b(stored|kept|saved|persisted|cached)\\b");

    /** A client package of the named store the code loads (redis: redis, ioredis, @redis/client, @upstash/redis), or null. */
    private String storeClient(String want) {
        if (!want.equals("redis")) return null;
        for (String lib : List.of("redis", "ioredis", "@redis/client", "@upstash/redis")) if (imported(lib)) return lib;
        return null;
    }

    /** Calls that write a key to a Redis client: set, setEx, hSet, hmset (node-redis, ioredis). */
    private static final Set<String> REDIS_WRITES = Set.of("set", "setEx", "setex", "hSet", "hset", "hmset", "hMSet");
    /** A function that stores a session record: setSession, saveSession, storeSession, createSession, putSession. */
    private static final Pattern SESSION_WRITER = Pattern.compile("(?i)^(set|save|store|create|put|write|persist)\\w*sessions?(data)?$");

    /**
     * Where the server's code writes session records to the store client {@code client} itself (a function named for it,
     * {@code setSession(id, data, ttl)}, in a file that loads the client and writing a key with set/setEx/hSet, directly
     * or through a method of its own class such as {@code this.set(key, data, ttl)}), or null; tests, scripts and
     * tooling left out.
     */
    private Location sessionsKeptBy(String client) {
        if (client == null) return null;
        dev.backcheck.concepts.ServerCode server = dev.backcheck.concepts.ServerCode.of(project);
        for (FileFacts f : project.files().values()) {
            if (project.isTestPath(f.path()) || !server.server(f.path())) continue;
            boolean loads = false;
            for (Import i : f.imports().values()) if (i.module() != null && (i.module().equals(client) || i.module().startsWith(client + "/"))) loads = true;
            if (!loads) {
                for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                    for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
                        if (cs.callee() instanceof dev.backcheck.lang.facts.Val.Global g && g.path().isEmpty() && g.name().equals("require")
                                && cs.args().size() == 1 && client.equals(dev.backcheck.lang.facts.Val.constString(cs.arg(0)))) loads = true;
                    }
                }
            }
            if (!loads) continue;
            for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                if (fn.name() == null || !SESSION_WRITER.matcher(fn.name()).matches()) continue;
                for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
                    if (cs.methodName() != null && REDIS_WRITES.contains(cs.methodName()) && cs.args().size() >= 2) return fn.location();
                }
            }
        }
        return null;
    }

    private Verdict sessionClaim(Claim c) {
        String text = c.text();
        dev.backcheck.concepts.Sessions sessions = dev.backcheck.concepts.Sessions.of(project);
        dev.backcheck.concepts.Cookies cookies = dev.backcheck.concepts.Cookies.of(project);
        Matcher store = SESSION_STORE_CLAIM.matcher(text);
        if (store.find()) {
            String want = (store.group(1) != null ? store.group(1) : store.group(2)).toLowerCase(Locale.ROOT).replaceAll("ql$|db$", "");
            List<dev.backcheck.concepts.Sessions.Session> all = sessions.all().stream().filter(x -> !x.devOnly()).toList();
            if (all.isEmpty()) return new Verdict(c, "authn-authz", Status.UNVERIFIED, "no session middleware found to check", List.of());
            String client = TOKEN_STORED.matcher(text).find() ? storeClient(want) : null;
            if (client != null) {
                // "JWT tokens are generated on login and stored in Redis for session management": tokens the code writes to
                // Redis itself, beside whatever store the session middleware keeps
                return new Verdict(c, "authn-authz", Status.UNVERIFIED, "a claim about tokens the code keeps in " + want + " itself ("
                        + client + " is used), not about the session middleware's store", List.of());
            }
            Location own = sessionsKeptBy(storeClient(want));
            if (own != null && all.stream().anyMatch(x -> x.store() == null || !x.store().toLowerCase(Locale.ROOT).contains(want))) {
                // "Redis sessions" where the code writes session records to Redis itself (setSession(id, data, ttl) on its
                // own client) beside a session middleware kept in memory or in the cookie: the claim may name either store
                return new Verdict(c, "authn-authz", Status.UNVERIFIED, "the code keeps session records in " + want + " itself ("
                        + own.path() + ":" + own.line() + ") beside the session middleware's own store; which one the claim"
                        + " describes is not decided here", List.of(own, all.get(0).at()));
            }
            for (dev.backcheck.concepts.Sessions.Session x : all) {
                String st = x.store() == null ? "the cookie itself (" + x.library() + ")" : x.store();
                boolean match = x.store() != null && (st.toLowerCase(Locale.ROOT).contains(want) || want.equals("database") && !x.memoryStore());
                if (!match && x.store() != null && x.store().equals("?")) continue;
                if (!match) {
                    return new Verdict(c, "authn-authz", Status.CONTRADICTED, "sessions are kept in " + (x.memoryStore() ? "process memory (" + st + ")" : st)
                            + ", not " + want, List.of(x.at())).sure(x.known() && (x.memoryStore() || x.store() == null));
                }
            }
            return new Verdict(c, "authn-authz", Status.VERIFIED, "sessions use a " + want + " store", all.stream().map(x -> x.at()).limit(3).toList());
        }
        if (CSRF_CLAIM.matcher(text).find() && OAUTH_STATE.matcher(Vocabulary.norm(text)).find()) {
            // "State parameter for CSRF protection", "PKCE + state validation": the OAuth flow's own defence against a forged
            // callback, a value the redirect carries, not a CSRF token or cookie attribute of the API's own requests
            return new Verdict(c, "authn-authz", Status.UNVERIFIED, "an OAuth state/PKCE claim: the authorization flow's defence against"
                    + " forged callbacks, which the CSRF checks of the API's own routes do not judge", List.of());
        }
        if (CSRF_CLAIM.matcher(text).find()) {
            dev.backcheck.concepts.CsrfProtections csrf = dev.backcheck.concepts.CsrfProtections.of(project);
            List<dev.backcheck.concepts.CsrfProtections.Protection> spring = csrf.all().stream().filter(x -> x.chain() != null).toList();
            List<dev.backcheck.concepts.CsrfProtections.Protection> other = csrf.all().stream().filter(x -> x.chain() == null).toList();
            if (!other.isEmpty()) {
                return new Verdict(c, "authn-authz", Status.VERIFIED, "CSRF protection: " + other.get(0).what(), other.stream().map(x -> x.at()).limit(3).toList());
            }
            String springGap = null;
            List<Location> springAt = new ArrayList<>();
            if (!spring.isEmpty()) {
                // Spring Security checks CSRF tokens in every chain that does not disable it: which state-changing routes it leaves out
                List<Route> checked = new ArrayList<>(), skipped = new ArrayList<>();
                for (Application a : apps()) {
                    for (Route r : a.routes()) {
                        if (!r.isMutation()) continue;
                        Boolean on = csrf.springChecks(a, r);
                        if (on != null) (on ? checked : skipped).add(r);
                    }
                }
                dev.backcheck.concepts.CsrfProtections.Protection p0 = spring.get(0);
                spring.stream().map(x -> x.at().withMessage("CSRF configured here")).limit(2).forEach(springAt::add);
                if (skipped.isEmpty()) {
                    return new Verdict(c, "authn-authz", Status.VERIFIED, "CSRF protection: " + p0.what(), springAt);
                }
                List<Location> rel = new ArrayList<>(springAt);
                skipped.stream().limit(3).forEach(r -> rel.add(r.location().withMessage(r.label() + " is left out of the CSRF check")));
                String left = skipped.size() + " state-changing route" + (skipped.size() == 1 ? "" : "s") + " ("
                        + skipped.stream().limit(3).map(Route::label).reduce((x, y) -> x + ", " + y).orElse("") + (skipped.size() > 3 ? ", ..." : "") + ")";
                if (!checked.isEmpty()) {
                    return new Verdict(c, "authn-authz", Status.PARTIAL, "Spring Security checks CSRF tokens on " + checked.size() + " state-changing route"
                            + (checked.size() == 1 ? "" : "s") + ", but leaves out " + left, rel);
                }
                String low = Vocabulary.norm(text);
                // .csrf(c -> c.ignoringRequestMatchers("/api/**")) on a stateless bearer-token API: the routes it leaves out
                // are signed in by a header a browser never attaches cross-site, so a forged request arrives unauthenticated
                String headerOnly = checked.isEmpty() ? csrf.headerOnlyCredentials() : null;
                if (headerOnly != null && (CSRF_NOT_NEEDED.matcher(low).find() || !CSRF_MECHANISM.matcher(low).find())) {
                    return new Verdict(c, "authn-authz", Status.VERIFIED, "Spring Security's CSRF check (" + p0.at().path() + ":" + p0.at().line()
                            + ") leaves out the state-changing routes, but no cookie carries the caller's credentials (" + headerOnly
                            + "), so a cross-site request arrives unauthenticated: CSRF does not apply", springAt);
                }
                if (CONFIGURED_WORDS.matcher(low).find() && !PROTECTS_WORDS.matcher(low).find()) {
                    // "CSRF configuration": configured it is, but it checks no state-changing route
                    return new Verdict(c, "authn-authz", Status.PARTIAL, "CSRF is configured (" + p0.at().path() + ":" + p0.at().line()
                            + "), but its check leaves out every state-changing route: " + left, rel);
                }
                springGap = "Spring Security's CSRF check (" + p0.at().path() + ":" + p0.at().line() + ") leaves out every state-changing route: " + left;
                springAt = rel;
            }
            String headerOnly = spring.isEmpty() ? csrf.headerOnlyCredentials() : null;
            if (headerOnly != null && (CSRF_NOT_NEEDED.matcher(Vocabulary.norm(text)).find() || !CSRF_MECHANISM.matcher(Vocabulary.norm(text)).find())) {
                // "CSRF not needed: stateless JWT", "CSRF protection": with credentials only in a header no forged request is signed in
                return new Verdict(c, "authn-authz", Status.VERIFIED, "no cookie carries the caller's credentials (" + headerOnly
                        + "), so a cross-site request arrives unauthenticated: CSRF does not apply", List.of());
            }
            List<Location> lax = new ArrayList<>();
            boolean allLax = true;
            for (dev.backcheck.concepts.Sessions.Session x : sessions.all()) {
                if (x.cookie().sameSiteProtects()) lax.add(x.at());
                else allLax = false;
            }
            for (dev.backcheck.concepts.Cookies.Cookie k : cookies.authCookies()) {
                if (k.options().sameSiteProtects()) lax.add(k.at());
                else allLax = false;
            }
            // sameSite: isDevTunnel ? 'none' : 'lax': Lax in the ordinary set-up, None only under the condition the code tests
            List<Location> laxMostly = new ArrayList<>();
            boolean someLax = true;
            for (dev.backcheck.concepts.Sessions.Session x : sessions.all()) {
                if (x.cookie().sameSite().stream().anyMatch(v -> v.equals("strict") || v.equals("lax"))) laxMostly.add(x.at());
                else someLax = false;
            }
            for (dev.backcheck.concepts.Cookies.Cookie k : cookies.authCookies()) {
                if (k.options().sameSite().stream().anyMatch(v -> v.equals("strict") || v.equals("lax"))) laxMostly.add(k.at());
                else someLax = false;
            }
            if (!allLax && someLax && !laxMostly.isEmpty() && springGap == null && Pattern.compile("(?iu)same-?site").matcher(text).find()) {
                return new Verdict(c, "authn-authz", Status.VERIFIED, "the session cookies are SameSite=Strict/Lax, as the claim says, except under"
                        + " a condition the code tests (where they are SameSite=None)", laxMostly.stream().limit(3).toList());
            }
            if (allLax && !lax.isEmpty() && springGap == null && Pattern.compile("(?iu)same-?site").matcher(text).find()) {
                // "SameSite: strict (prevents CSRF)": the claim names the cookie attribute as the defence, and it is set
                return new Verdict(c, "authn-authz", Status.VERIFIED, "the session cookies are SameSite=Strict/Lax, as the claim says",
                        lax.stream().limit(3).toList());
            }
            if (allLax && !lax.isEmpty()) {
                return new Verdict(c, "authn-authz", Status.PARTIAL, (springGap != null ? springGap + "; " : "no CSRF token or Origin check; ")
                        + "the session cookies are SameSite=Strict/Lax", lax.stream().limit(3).toList());
            }
            List<Location> where = new ArrayList<>(springAt);
            sessions.all().forEach(x -> where.add(x.at()));
            cookies.authCookies().forEach(k -> where.add(k.at()));
            String what = springGap != null ? springGap + ", and no SameSite=Strict/Lax session cookie found"
                    : apps().stream().anyMatch(a -> a.framework().equals("spring"))
                    ? "no CSRF protection (Spring Security's CSRF check is disabled or not on the classpath; no Origin check) and no SameSite=Strict/Lax session cookie found"
                    : "no CSRF protection (csurf, csrf-csrf, csrf-sync, @fastify/csrf-protection, hono/csrf, an Origin check) and no SameSite=Strict/Lax session cookie found";
            return new Verdict(c, "authn-authz", Status.CONTRADICTED, what, where.stream().limit(3).toList())
                    .sure(springGap == null && !where.isEmpty());
        }
        Matcher flags = COOKIE_FLAGS_CLAIM.matcher(text);
        if (flags.find()) {
            // "`HttpOnly: false` (must be accessible by JavaScript)", "SameSite=None": the report says the flag is off
            // (a CSRF token cookie the page reads), which claims no flag; only the flags it says are on are judged
            String low = FLAG_OFF.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
            boolean httpOnly = low.contains("httponly") || low.contains("http-only");
            boolean secure = low.matches("(?s).*\\bsecure\\b.*");
            boolean sameSite = low.contains("samesite");
            if (!httpOnly && !secure && !sameSite) {
                return new Verdict(c, "authn-authz", Status.UNVERIFIED, "the report says the cookie flag it names is off; it claims no flag", List.of());
            }
            List<String> bad = new ArrayList<>();
            List<Location> at = new ArrayList<>();
            int seen = 0;
            for (dev.backcheck.concepts.Sessions.Session x : sessions.all()) {
                if (!x.known() || x.devOnly()) continue;
                seen++;
                String why = flagGap(x.cookie(), httpOnly, secure, sameSite);
                if (why != null) {
                    bad.add("the " + x.library() + " session cookie " + why);
                    at.add(x.at());
                }
            }
            for (dev.backcheck.concepts.Cookies.Cookie k : cookies.authCookies()) {
                if (!k.options().known() || k.devOnly()) continue;
                seen++;
                String why = flagGap(k.options(), httpOnly, secure, sameSite);
                if (why != null) {
                    bad.add(k.label() + " " + why);
                    at.add(k.at());
                }
            }
            if (seen == 0) return new Verdict(c, "authn-authz", Status.UNVERIFIED, "no session or auth cookie found to check", List.of());
            if (!bad.isEmpty()) return new Verdict(c, "authn-authz", Status.CONTRADICTED, bad.get(0) + (bad.size() > 1 ? " (and " + (bad.size() - 1) + " more)" : ""),
                    at.stream().limit(3).toList()).sure(true);
            return new Verdict(c, "authn-authz", Status.VERIFIED, "every session and auth cookie has the claimed flags", List.of());
        }
        return null;
    }

    /** What a cookie lacks of the flags a claim names (secure set from the environment counts), or null. */
    private static String flagGap(dev.backcheck.concepts.Cookies.Options o, boolean httpOnly, boolean secure, boolean sameSite) {
        List<String> miss = new ArrayList<>();
        if (httpOnly && o.httpOnly().off()) miss.add("httpOnly");
        if (secure && o.secure().off()) miss.add("secure");
        if (sameSite && o.sameSiteMissing()) miss.add("sameSite");
        return miss.isEmpty() ? null : "is sent without " + String.join(", ", miss);
    }

    /** An all-word before routes or endpoints, with the word naming which ones (group 2) when there is one. */
    private static final Pattern ALL_ROUTES = Pattern.compile(
            "(?u)\\b(all|every|each|todas as|todos os|todas las|todos los|alle|jede[rs]?|tüm|bütün|모든)\\s+(?:the\\s+|of the\\s+)?(?:([\\p{L}-]+)\\s+)?"
                    + "(routes?|endpoints?|apis?|mutations?|operations?|requests?|rotas|rutas|endpunkte|routen|라우트|엔드포인트|uç noktalar)\\b");
    private static final Set<String> GENERIC_ROUTE_WORDS = Set.of("api", "write", "mutating", "protected", "private", "sensitive", "other",
            "http", "rest", "backend", "server", "our", "your", "de", "da", "do", "admin-only");

    /** "post /api/x" of the route a finding is about, from its message. */
    private static String routeLabelOf(Finding f) {
        Matcher m = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE|ALL)\\s+(\\S+)").matcher(f.message());
        return m.find() ? (m.group(1) + " " + m.group(2)).toLowerCase(Locale.ROOT) : "";
    }

    /** The path of the route a finding is about, from its message ("POST /api/x changes data ..."). */
    private static String routeOf(Finding f) {
        Matcher m = Pattern.compile("^(?:GET|POST|PUT|PATCH|DELETE|ALL)\\s+(\\S+)").matcher(f.message());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static final Pattern ALG = Pattern.compile("(?i)\\b(RS256|RS384|RS512|ES256|ES384|ES512|PS256|EdDSA|HS256|HS384|HS512)\\b");
    private static final Pattern LIFETIME = Pattern.compile("(?iu)(?<![\\w.])(\\d+)\\s*-?\\s*(minutes?|minutos?|minuten|mins?|m|분|dakika|hours?|horas?|stunden?|h|시간|saat|days?|dias?|días?|tage?n?|d|일|gün|seconds?|segundos?|sekunden?|s|초|saniye)(?![\\w])");
    /**
     * "the frontend re-arms its refresh timer", "refresh interval": a refresh of something else than a token, in a claim
     * that names no refresh token.
     */
    private static final Pattern REFRESH_NOT_TOKEN = Pattern.compile("(?iu)^(?!.*refresh[ _-]?tokens?)(?!.*tokens? refresh).*\\brefresh(es|ed|ing)?\\s+"
            + "(timer|interval|rate|cycle|button|page|period|schedule|loop|job)");
    private static final Pattern REFRESH_WORD = Pattern.compile("(?iu)refresh|de atualização|de actualización|aktualisierungs|리프레시|yenileme");
    private static final Pattern TOKEN_WORD = Pattern.compile("(?iu)token|jwt|expir|lifetime|valid|ttl|caduc|gültig|ablauf|만료|süre|access|refresh|sess");
    private static final Pattern CLAUSE_SEP = Pattern.compile("(?iu)[,;(+]|\\s(and|und|y|e|ve|plus|with|con|com|mit)\\s|\\s&\\s|/");
    private static final Pattern PINS = Pattern.compile("(?iu)(pins?|pinned|pinning|fixed|fijad[oa]|fixad[oa]|fixiert|allow-?list|algorithms:)");

    private static final Pattern ACCESS_WORD = Pattern.compile("(?iu)\\baccess\\b|\\bacesso\\b|\\bacceso\\b|zugriff|액세스|erişim");
    private static final Pattern ROTATION = Pattern.compile("(?iu)rotat\\w*|rotação|rotación|erneuer\\w*|교체|yenilen\\w*");
    private static final Pattern LIFETIME_WORD = Pattern.compile("(?iu)expir|lifetime|\\bttl\\b|\\bvalid|\\blives?\\b|caduc|gültig|ablauf|만료|süre");
    private static final Pattern KEY_WORD = Pattern.compile("(?iu)\\bkeys?\\b|\\bsecrets?\\b|\\bchave|\\bclave|schlüssel|키|anahtar");

    /**
     * True when the period a clause states is how often a signing key or secret is replaced, not how long a token lives:
     * the clause names a key or secret and no lifetime, and it or a heading above it speaks of rotation ("Secrets Rotation
     * Schedule" > "JWT signing key | 90 days").
     */
    static boolean keyRotation(String clause, String context) {
        String noJwt = clause.replaceAll("(?i)\\bjwt\\b", "");
        if (!KEY_WORD.matcher(noJwt).find() || LIFETIME_WORD.matcher(noJwt).find()) return false;
        return ROTATION.matcher(clause).find() || ROTATION.matcher(context).find();
    }

    /** The kind of token named last in {@code before} (refresh or access), or null when it names neither. */
    private static dev.backcheck.concepts.Tokens.Purpose lastKind(String before) {
        int r = -1, a = -1;
        Matcher m = REFRESH_WORD.matcher(before);
        while (m.find()) r = m.start();
        m = ACCESS_WORD.matcher(before);
        while (m.find()) a = m.start();
        if (r < 0 && a < 0) return null;
        return r > a ? dev.backcheck.concepts.Tokens.Purpose.REFRESH : dev.backcheck.concepts.Tokens.Purpose.ACCESS;
    }

    /** JWT claims (algorithm, lifetimes of access and refresh tokens, pinned verification) against the Tokens concept. */
    private Verdict jwt(Claim c) {
        dev.backcheck.concepts.Tokens tokens = dev.backcheck.concepts.Tokens.of(project);
        List<dev.backcheck.concepts.Tokens.Issuer> sessionIssuers = tokens.issuers().stream()
                .filter(i -> !i.test() && i.purpose().session()).toList();
        // a diagnostic script beside the server (check-admin-token.js signing a test token) is not what the claim describes
        dev.backcheck.concepts.ServerCode server = dev.backcheck.concepts.ServerCode.of(project);
        List<dev.backcheck.concepts.Tokens.Issuer> served = sessionIssuers.stream()
                .filter(i -> i.call() == null || !i.call().path().matches("(?i).*\\.[cm]?[jt]s") || server.server(i.call().path())).toList();
        List<dev.backcheck.concepts.Tokens.Issuer> issuers = inScope(served.isEmpty() ? sessionIssuers : served, dev.backcheck.concepts.Tokens.Issuer::call);
        if (issuers.isEmpty()) return new Verdict(c, "jwt", Status.UNVERIFIED, "no call that signs a token was found to check", List.of());
        String text = c.text();
        List<Location> evidence = new ArrayList<>();
        boolean judged = false;
        Matcher alg = ALG.matcher(text);
        if (alg.find()) {
            judged = true;
            String claimed = alg.group(1).toUpperCase(Locale.ROOT);
            for (dev.backcheck.concepts.Tokens.Issuer i : issuers) {
                if (i.algorithm() == null) continue;
                // jjwt's signWith(key): the HMAC variant follows the key's length, which the code does not show
                if (i.algorithmFromKey() && claimed.startsWith("HS")) continue;
                if (!i.algorithm().equalsIgnoreCase(claimed)) {
                    String signed = i.algorithmFromKey() ? "an HMAC key (" + i.library() + " picks HS256, HS384 or HS512 by the key's length)"
                            : i.algorithm() + (i.algorithmDefault() ? " (" + i.library() + "'s default when no algorithm is given)" : "");
                    return new Verdict(c, "jwt", Status.CONTRADICTED, "tokens are signed with " + signed + ", not " + claimed,
                            List.of(i.algorithmAt() != null ? i.algorithmAt() : i.call())).sure(true);
                }
                evidence.add(i.call());
            }
        }
        Matcher life = LIFETIME.matcher(text);
        boolean refreshClaimed = false;
        // "1h + 7d tokens", "15m/7d": two lifetimes and no token kind named: the pair of an access and a refresh token,
        // the longer one the refresh token's
        List<Long> stated = new ArrayList<>();
        for (Matcher pre = LIFETIME.matcher(text); pre.find(); ) {
            long s = claimedSeconds(Long.parseLong(pre.group(1)), pre.group(2));
            if (s > 0) stated.add(s);
        }
        long pairedRefresh = stated.size() == 2 && !stated.get(0).equals(stated.get(1)) && !REFRESH_WORD.matcher(text).find()
                && !ACCESS_WORD.matcher(text).find() ? Math.max(stated.get(0), stated.get(1)) : -1;
        while (life.find()) {
            judged = true;
            long claimed = claimedSeconds(Long.parseLong(life.group(1)), life.group(2));
            if (claimed <= 0) continue;
            // the lifetime is a refresh token's when "refresh" is written in its own part of the sentence
            // ("15-minute access tokens and 7-day refresh tokens": split at commas and conjunctions)
            int from = 0, to = text.length();
            Matcher sep = CLAUSE_SEP.matcher(text);
            while (sep.find()) {
                if (sep.end() <= life.start()) from = sep.end();
                else if (sep.start() >= life.end()) {
                    to = sep.start();
                    break;
                }
            }
            String clause = text.substring(from, to);
            // "JWT access tokens (15min) + refresh tokens (30 days)": a figure in parentheses qualifies the words before them
            int open = text.lastIndexOf('(', life.start()), close = open < 0 ? -1 : text.indexOf(')', open);
            if (open >= 0 && close >= life.end() && text.substring(open + 1, life.start()).isBlank()
                    && text.substring(life.end(), close).replaceAll("(?i)\\b(expiry|expiration|ttl|lifetime|validity)\\b", "").isBlank()) {
                int before = 0;
                Matcher sep2 = CLAUSE_SEP.matcher(text.substring(0, open));
                while (sep2.find()) before = sep2.end();
                clause = text.substring(before, open) + " " + text.substring(open + 1, close);
            }
            if (!TOKEN_WORD.matcher(clause).find()) continue; // "5 requests / 15 min": not a token lifetime
            if (keyRotation(clause, c.context())) continue; // "JWT signing key | 90 days": how often the key is replaced
            if (!sessionTokenSubject(clause, text, c.context())) continue; // a reset, verification or CSRF token's expiry
            // "JWT refresh tokens (30 days expiry)": the figure's clause names no token kind, the words before it do
            boolean refresh = REFRESH_WORD.matcher(clause).find()
                    || !ACCESS_WORD.matcher(clause).find() && lastKind(text.substring(0, from)) == dev.backcheck.concepts.Tokens.Purpose.REFRESH;
            refreshClaimed |= refresh;
            if (pairedRefresh > 0 && !refresh) refresh = claimed == pairedRefresh;
            dev.backcheck.concepts.Tokens.Purpose want = refresh ? dev.backcheck.concepts.Tokens.Purpose.REFRESH : dev.backcheck.concepts.Tokens.Purpose.ACCESS;
            List<dev.backcheck.concepts.Tokens.Issuer> signers = bySubject(issuersFor(issuers, want), c);
            // "Access token (15 min)" with the sign-in signing for 15 minutes and a service token for an internal job
            // signed without an expiry: the claim is true of the token that has that lifetime; the other signer's
            // lifetime is jwt/no-expiry's or jwt/long-expiry's finding
            boolean oneMatches = signers.stream().anyMatch(i -> i.expiry().state() == dev.backcheck.concepts.Tokens.ExpiryState.SET
                    && i.expiry().seconds() == claimed);
            // a signer whose lifetime is set from a value the model cannot compute (exp: now + config.accessExpiry) may be
            // the claimed token: another signer without an expiry does not contradict the claim then
            boolean oneMayMatch = oneMatches || signers.stream().anyMatch(i -> i.expiry().state() == dev.backcheck.concepts.Tokens.ExpiryState.SET
                    && i.expiry().seconds() < 0);
            for (dev.backcheck.concepts.Tokens.Issuer i : signers) {
                dev.backcheck.concepts.Tokens.Expiry e = i.expiry();
                String kind = refresh ? "refresh" : "access";
                if (oneMatches && !(e.state() == dev.backcheck.concepts.Tokens.ExpiryState.SET && e.seconds() == claimed)) continue;
                if (e.state() == dev.backcheck.concepts.Tokens.ExpiryState.NONE && !oneMayMatch) {
                    return new Verdict(c, "jwt", Status.CONTRADICTED, "an " + kind + " token is signed without an expiry", List.of(i.call())).sure(true);
                }
                if (e.state() == dev.backcheck.concepts.Tokens.ExpiryState.SET && e.seconds() >= 0 && e.seconds() != claimed) {
                    return new Verdict(c, "jwt", Status.CONTRADICTED, kind + " tokens are signed for " + words(e.seconds())
                            + (e.written() == null ? "" : " (" + e.written() + ")") + ", not " + words(claimed),
                            List.of(e.at() != null ? e.at() : i.call())).sure(true);
                }
                if (e.state() == dev.backcheck.concepts.Tokens.ExpiryState.SET && e.seconds() == claimed) evidence.add(e.at() != null ? e.at() : i.call());
            }
        }
        if (!refreshClaimed && REFRESH_WORD.matcher(text).find() && !REFRESH_NOT_TOKEN.matcher(text).find()) {
            judged = true;
            refreshClaimed = true;
        }
        if (refreshClaimed && issuers.stream().noneMatch(i -> i.purpose() == dev.backcheck.concepts.Tokens.Purpose.REFRESH)) {
            // an opaque refresh token (a random value kept in a RefreshToken table or repository) is a refresh token too
            List<dev.backcheck.concepts.Tokens.StoredRefresh> opaque = tokens.storedRefreshTokens().stream()
                    .filter(s -> !s.test() && (scope.isEmpty() || s.at().path().startsWith(scope))).toList();
            if (!opaque.isEmpty()) {
                opaque.stream().limit(2).map(s -> s.at().withMessage(s.how())).forEach(evidence::add);
            } else return new Verdict(c, "jwt", Status.CONTRADICTED, "no refresh token is issued: every token signed is an access token",
                    issuers.stream().map(dev.backcheck.concepts.Tokens.Issuer::call).limit(3).toList());
        }
        if (PINS.matcher(text).find() && text.toLowerCase(Locale.ROOT).contains("algori")) {
            judged = true;
            for (dev.backcheck.concepts.Tokens.Verifier v : tokens.verifiers()) {
                if (v.test() || v.library().equals("hono/jwt")) continue;
                if (v.algorithms() == null) {
                    return new Verdict(c, "jwt", Status.CONTRADICTED, "verification at " + v.call() + " passes no algorithms allow-list", List.of(v.call()));
                }
                evidence.add(v.algorithmsAt() != null ? v.algorithmsAt() : v.call());
            }
        }
        if (judged) {
            return new Verdict(c, "jwt", Status.VERIFIED, "signing and verification match the claim ("
                    + issuers.size() + " signing site" + (issuers.size() == 1 ? "" : "s") + ")",
                    evidence.isEmpty() ? List.of(issuers.get(0).call()) : evidence.stream().distinct().limit(5).toList());
        }
        return new Verdict(c, "jwt", Status.UNVERIFIED, "only algorithms, lifetimes, refresh tokens and pinned verification are checked", List.of());
    }

    /** Tokens that are no session credential: their expiry says nothing about the JWTs signed for sessions. */
    private static final Pattern OTHER_TOKEN = Pattern.compile("(?iu)\\b(password[ -]?reset|reset|verification|verify|verif\\w*|e-?mail|csrf|xsrf"
            + "|invit\\w*|magic[ -]?links?|otp|one-time|2fa|mfa|api[ _-]?keys?|upload|presigned|signed urls?|download|share links?|confirmation"
            + "|redefinição|recuperação|restablec\\w*|recuperación|zurücksetz\\w*|bestätigung|재설정|인증 메일|sıfırlama|doğrulama)\\b");
    /** Words that make a lifetime the session credential's: the JWT, the access, refresh, session or auth token. */
    private static final Pattern SESSION_TOKEN = Pattern.compile("(?iu)\\b(jwts?|json web tokens?|access|refresh|sessions?|bearer|auth\\w*"
            + "|log-?in|sign-?in|id tokens?|acesso|sessão|sesión|acceso|zugriff|sitzung|액세스|세션|erişim|oturum)\\b");

    /**
     * True when the token whose lifetime a claim states is the session credential (the JWT, an access, refresh or
     * session token): named so in its clause, else in the rest of the sentence, else by the nearest heading or label
     * above it that names a token at all ("Password Reset" → "1-hour token expiry" is the reset token's; "CSRF
     * Protection" → the CSRF token's). A bare "token expiry" under headings that name no token is no JWT claim.
     */
    static boolean sessionTokenSubject(String clause, String text, String context) {
        for (String part : List.of(clause, text)) {
            if (OTHER_TOKEN.matcher(part).find()) return false;
            if (SESSION_TOKEN.matcher(part).find()) return true;
        }
        List<String> titles = new ArrayList<>(List.of(context.split(" > ")));
        Collections.reverse(titles);
        for (String t : titles) {
            if (OTHER_TOKEN.matcher(t).find()) return false;
            if (SESSION_TOKEN.matcher(t).find()) return true;
        }
        return false;
    }

    /**
     * The issuers of one purpose a lifetime claim is compared with. A purpose read from the call's own words (the name it
     * is assigned to, its secret, its payload, its lifetime setting) outranks one read only from the enclosing function's
     * name: inside {@code refreshToken()} the new access token is signed next to the new refresh token.
     */
    private static List<dev.backcheck.concepts.Tokens.Issuer> issuersFor(List<dev.backcheck.concepts.Tokens.Issuer> issuers,
                                                                       dev.backcheck.concepts.Tokens.Purpose want) {
        List<dev.backcheck.concepts.Tokens.Issuer> all = issuers.stream().filter(i -> i.purpose() == want).toList();
        List<dev.backcheck.concepts.Tokens.Issuer> own = all.stream()
                .filter(i -> i.purposeWhy() == null || !i.purposeWhy().startsWith("function ")).toList();
        return own.isEmpty() ? all : own;
    }

    /** Words of a report's name and headings too general to name where a token is signed. */
    private static final Set<String> GENERIC_WORDS = Set.of("auth", "authentication", "authorization", "token", "tokens", "setup", "guide",
            "implementation", "summary", "report", "security", "expiry", "expiration", "features", "feature", "login", "session", "sessions",
            "access", "refresh", "config", "configuration", "overview", "backend", "server", "user", "users", "docs", "readme", "complete",
            "final", "status", "with", "from", "this", "that", "flow", "system", "details", "notes", "changes", "fixes", "integration",
            "management", "middleware", "controller", "service", "routes", "api", "jwt", "jwts", "json", "web", "keys", "secret", "secrets");

    /**
     * The issuers where the claim's subject lives: a Google-login document's "30-day expiration" is the lifetime of the
     * tokens googleAuthController signs, not of the password login's. The issuers whose file path holds a specific word of
     * the report's file name or of the headings above the claim; all of them when none does.
     */
    private static List<dev.backcheck.concepts.Tokens.Issuer> bySubject(List<dev.backcheck.concepts.Tokens.Issuer> issuers, Claim c) {
        if (issuers.size() < 2) return issuers;
        String name = c.location().path().substring(c.location().path().lastIndexOf('/') + 1).replaceAll("\\.[^.]*$", "");
        Set<String> words = new LinkedHashSet<>();
        for (String w : (name + " " + c.context()).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !GENERIC_WORDS.contains(w)) words.add(w);
        }
        if (words.isEmpty()) return issuers;
        List<dev.backcheck.concepts.Tokens.Issuer> at = issuers.stream().filter(i -> i.call() != null
                && words.stream().anyMatch(w -> i.call().path().toLowerCase(Locale.ROOT).contains(w))).toList();
        return at.isEmpty() ? issuers : at;
    }

    private static long claimedSeconds(long n, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("mi") || u.equals("m") || u.equals("분") || u.startsWith("dak")) return n * 60;
        if (u.startsWith("h") || u.startsWith("st") || u.equals("시간") || u.startsWith("saat")) return n * 3600;
        if (u.startsWith("d") || u.startsWith("tag") || u.equals("일") || u.startsWith("gün")) return n * 86400;
        if (u.startsWith("s") || u.equals("초")) return n;
        return -1;
    }

    private static String words(long s) {
        if (s % 86400 == 0 && s >= 86400) return s / 86400 + (s == 86400 ? " day" : " days");
        if (s % 3600 == 0 && s >= 3600) return s / 3600 + (s == 3600 ? " hour" : " hours");
        if (s % 60 == 0 && s >= 60) return s / 60 + (s == 60 ? " minute" : " minutes");
        return s + (s == 1 ? " second" : " seconds");
    }

    /** The crash path named in a shutdown claim: uncaught exceptions, unhandled rejections, fatal errors. */
    private static final Pattern CRASH_PATH = Pattern.compile("uncaught|unhandled|exception|crash|fatal error");
    private static final Pattern SIGNAL_WORDS = Pattern.compile("sigterm|sigint|signal|deploy|restart|kubernetes|docker stop");

    /** Graceful shutdown from {@link dev.backcheck.concepts.ShutdownHooks}: a hook that closes the server, and the database clients it closes. */
    private Verdict shutdown(Claim c) {
        dev.backcheck.concepts.ShutdownHooks sh = dev.backcheck.concepts.ShutdownHooks.of(project);
        if (apps().isEmpty()) return new Verdict(c, "graceful-shutdown", Status.UNVERIFIED, "no application found", List.of());
        if (sh.listens().isEmpty()) {
            return new Verdict(c, "graceful-shutdown", Status.UNVERIFIED, "no server listens in the code (a platform or serverless runtime runs it)", List.of());
        }
        // "Uncaught Exceptions: Graceful shutdown in production": the crash path (the process's uncaughtException and
        // unhandledRejection handlers), not the stop signals the hooks answer
        String said = Vocabulary.norm(c.text());
        if (CRASH_PATH.matcher(said).find() && !SIGNAL_WORDS.matcher(said).find()) {
            List<Location> handlers = new ArrayList<>();
            for (dev.backcheck.concepts.ErrorHandlers.ProcessHandler ph : dev.backcheck.concepts.ErrorHandlers.of(project).processHandlers()) {
                if (inScope(ph.location())) handlers.add(ph.location().withMessage(ph.event() + " handler (" + ph.how() + ")"));
            }
            if (!handlers.isEmpty()) {
                return new Verdict(c, "graceful-shutdown", Status.UNVERIFIED, "a claim about the process's crash path: what its "
                        + "uncaughtException/unhandledRejection handlers do is not checked", handlers);
            }
        }
        List<Location> closing = new ArrayList<>(), open = new ArrayList<>();
        for (dev.backcheck.concepts.ShutdownHooks.Listen l : sh.listens()) {
            dev.backcheck.concepts.ShutdownHooks.Hook h = sh.closingHook(l.location().path());
            if (h != null) closing.add(h.closesServer().withMessage(String.join("/", h.signals()) + " closes the server here"));
            else open.add(l.location().withMessage("listens here; nothing closes it on SIGTERM/SIGINT"));
        }
        if (closing.isEmpty()) {
            List<Location> rel = new ArrayList<>(open);
            for (dev.backcheck.concepts.ShutdownHooks.Hook h : sh.hooks()) rel.add(h.location().withMessage("signal handler that does not close the server"));
            String what = sh.hooks().isEmpty() ? "no SIGTERM or SIGINT handler is registered" : "the SIGTERM/SIGINT handlers never close the server";
            return new Verdict(c, "graceful-shutdown", Status.CONTRADICTED, what, rel).sure(fullyModelled() && sh.hooks().isEmpty());
        }
        if (!open.isEmpty()) {
            List<Location> rel = new ArrayList<>(closing);
            rel.addAll(open);
            return new Verdict(c, "graceful-shutdown", Status.PARTIAL, "some servers are closed on SIGTERM/SIGINT, others are not", rel);
        }
        // a claim that the database is closed too: every client the code opens is closed by a hook
        String low = Vocabulary.norm(c.text());
        if (Pattern.compile("database|pool|prisma|mongo|postgres|redis|connection|banco|conex|datenbank|veritaban|데이터베이스").matcher(low).find()) {
            Set<String> closed = new TreeSet<>();
            for (dev.backcheck.concepts.ShutdownHooks.Hook h : sh.hooks()) closed.addAll(h.closes().keySet());
            List<Location> unclosed = new ArrayList<>();
            for (dev.backcheck.concepts.ShutdownHooks.DbClient db : sh.clients()) if (closed.contains(db.library())) closed.addAll(db.alsoCloses());
            for (dev.backcheck.concepts.ShutdownHooks.DbClient db : sh.clients()) {
                if (!db.closedBy(closed) && !closed.contains("database")) unclosed.add(db.location().withMessage(db.library() + " client never closed on shutdown"));
            }
            if (!unclosed.isEmpty()) {
                List<Location> rel = new ArrayList<>(closing);
                rel.addAll(unclosed);
                return new Verdict(c, "graceful-shutdown", Status.PARTIAL, "the server is closed on SIGTERM/SIGINT, but not every database client", rel);
            }
        }
        return new Verdict(c, "graceful-shutdown", Status.VERIFIED, "SIGTERM/SIGINT close the server", closing);
    }

    /** Words by which an error-handling claim speaks of the application's own handler, not of some code's local failures. */
    private static final Pattern GLOBAL_ERRORS = Pattern.compile("(?iu)\\bglobal|centrali[sz]|app(?:lication)?[- ]wide|\\bmiddleware|exception filter"
            + "|error[- ]?handler|unhandled|uncaught|consistent|standardi[sz]ed|uniform|error responses?|error format|http errors?|status codes?"
            + "|\\b(?:all|every)\\s+(?:the\\s+)?(?:routes?|endpoints?|requests?|controllers?)\\b|onerror|controlleradvice|exceptionhandler|stack"
            + "|tratamento global|centralizad|manejador global|globale|zentral|전역|merkezi");

    /** Error handling from {@link dev.backcheck.concepts.ErrorHandlers}: a global handler per application, process handlers when claimed. */
    private Verdict errors(Claim c) {
        dev.backcheck.concepts.ErrorHandlers eh = dev.backcheck.concepts.ErrorHandlers.of(project);
        if (apps().isEmpty()) return new Verdict(c, "error-handling", Status.UNVERIFIED, "no application found", List.of());
        String said = Vocabulary.norm(c.text());
        if (!GLOBAL_ERRORS.matcher(said).find()) {
            // "error handling for decryption failures", "retries on sync failure", "proper error handling": a statement about
            // some code's own failures, which the application's global handler neither proves nor disproves
            return new Verdict(c, "error-handling", Status.UNVERIFIED, "a claim about error handling that names no application-wide handler"
                    + " (a service's own try/catch, retries or results are not judged)", List.of());
        }
        List<Location> ev = new ArrayList<>(), missing = new ArrayList<>();
        for (Application a : apps()) {
            List<dev.backcheck.concepts.ErrorHandlers.AppHandler> g = eh.globals(a);
            if (!g.isEmpty()) g.forEach(h -> ev.add(h.location().withMessage(h.kind())));
            // NestJS answers every unhandled error with its built-in exception filter (a JSON 500, HttpExceptions with their status)
            else if (a.framework().equals("nestjs")) ev.add(a.location().withMessage("NestJS built-in exception filter"));
            else if (!a.routes().isEmpty()) missing.add(a.location().withMessage("no error handler on this " + a.frameworkName() + " app"));
        }
        if (ev.isEmpty()) {
            return new Verdict(c, "error-handling", Status.CONTRADICTED, "no global error handler is registered",
                    missing.isEmpty() ? appSite().map(List::of).orElse(List.of()) : missing).sure(fullyModelled());
        }
        if (!missing.isEmpty()) {
            List<Location> rel = new ArrayList<>(ev);
            rel.addAll(missing);
            return new Verdict(c, "error-handling", Status.PARTIAL, "some applications have no global error handler", rel);
        }
        String low = Vocabulary.norm(c.text());
        // "unhandled rejections", "uncaughtException", "process-level": the process's own handlers; "catches unhandled
        // exceptions" of a global handler is what the request handler does
        if (Pattern.compile("rejection|uncaught|process[- ]level|unhandledrejection").matcher(low).find() && eh.processHandlers().isEmpty()) {
            return new Verdict(c, "error-handling", Status.PARTIAL, "a global error handler is registered, but no unhandledRejection/uncaughtException handler", ev);
        }
        if (Pattern.compile("stack").matcher(low).find()) {
            for (dev.backcheck.concepts.ErrorHandlers.Leak l : eh.leaks()) {
                if (l.what().equals("stack")) {
                    return new Verdict(c, "error-handling", Status.CONTRADICTED, "a stack trace is sent to the client", List.of(l.sink())).sure(true);
                }
            }
        }
        return new Verdict(c, "error-handling", Status.VERIFIED, "global error handler registered", ev);
    }

    private Verdict observability(Claim c) {
        Verdict v = operability(c, "observability");
        return v != null ? v : new Verdict(c, "observability", Status.UNVERIFIED, "not a health, metrics or tracing claim", List.of());
    }

    // ------------------------------------------------------------------ secrets, crypto, TLS (concepts Secrets, CryptoUses, TlsSettings)

    /** "Secrets in environment variables", "no hardcoded secrets": the secrets rules' findings. */
    /** Words of a claim about secrets (not about configuration management in general). */
    private static final Pattern SECRET_CLAIM = Pattern.compile("(?iu)secret|hard-?cod|credential|password|passwd|api[ _-]?keys?|private[ _-]?keys?"
            + "|\\.env\\b|dotenv|environment[ _-]variable|env[ _-]?var|vault|\\bkms\\b|token|segredo|secreto|geheim|비밀|gizli|sensitive");

    /** The words of SECRET_CLAIM that name a secret itself (not the environment that may carry one). */
    private static final Pattern SECRET_WORD = Pattern.compile("(?iu)secret|hard-?cod|credential|password|passwd|api[ _-]?keys?|private[ _-]?keys?"
            + "|vault|\\bkms\\b|token|segredo|secreto|geheim|비밀|gizli|sensitive|signing key|\\bkeys\\b");
    /** Configuration that is no secret, named as what the environment sets. */
    private static final Pattern NON_SECRET_SUBJECT = Pattern.compile("(?iu)\\b(ports?|hosts?|hostnames?|urls?|base urls?|domains?|origins?|log levels?"
            + "|timeouts?|feature flags?|regions?|replicas?|memory limits?|cpu limits?|resource limits?|paths?|directories|portas?|puertos?)\\b");

    private Verdict secretsClaim(Claim c) {
        if (!SECRET_CLAIM.matcher(c.text()).find()) {
            return new Verdict(c, "config-secrets", Status.UNVERIFIED, "a claim about configuration handling, not about where secrets are kept", List.of());
        }
        // "configurable ports via environment variables": the environment configures something that is no secret
        Matcher subject = NON_SECRET_SUBJECT.matcher(c.text());
        if (!SECRET_WORD.matcher(c.text()).find() && subject.find()) {
            return new Verdict(c, "config-secrets", Status.UNVERIFIED, "a claim that the environment configures " + subject.group().toLowerCase(Locale.ROOT)
                    + ", not about where secrets are kept", List.of());
        }
        if (!SECRET_WORD.matcher(c.text()).find()) {
            // "`dotenv` - Configuration management", "environment variables via dotenv": configuration is read from the
            // environment; that no secret has a literal fallback is not what it says
            return new Verdict(c, "config-secrets", Status.UNVERIFIED, "a claim that configuration is read from the environment, not that no secret"
                    + " is written in the code", List.of());
        }
        List<Finding> code = run("secrets/hardcoded"), env = run("secrets/dotenv-committed");
        if (code == null && env == null) return disabled(c, "config-secrets", "secrets/hardcoded", null);
        List<Finding> fs = new ArrayList<>();
        if (code != null) fs.addAll(code);
        if (env != null) fs.addAll(env);
        for (String other : List.of("jwt/hardcoded-secret", "session/insecure-config")) {
            List<Finding> o = run(other);
            if (o != null) o.stream().filter(f -> f.message().toLowerCase(Locale.ROOT).contains("secret")).forEach(fs::add);
        }
        // test-user passwords in a seeding script, a token in a load-test script beside the server: not the app's secrets
        dev.backcheck.concepts.ServerCode server = dev.backcheck.concepts.ServerCode.of(project);
        List<Finding> scripts = fs.stream().filter(f -> JS_SOURCE.matcher(f.location().path()).matches()
                && (server.inAppPackage(f.location().path()) || server.k6Script(f.location().path())) && !server.server(f.location().path())).toList();
        if (!fs.isEmpty() && scripts.size() == fs.size()) {
            return new Verdict(c, "config-secrets", Status.UNVERIFIED, "literals read as secrets are written only in scripts beside the server ("
                    + fs.size() + " place" + (fs.size() == 1 ? "" : "s") + "), not in the server's code", fs.stream().limit(3).map(Finding::location).toList());
        }
        fs.removeAll(scripts);
        // "JWT secret in environment variables": a claim about the token-signing secret alone is judged by the findings
        // about that secret, not by a payment gateway's key written elsewhere
        if (JWT_SECRET_CLAIM.matcher(c.text()).find() && !ALL_SECRETS_CLAIM.matcher(c.text()).find()) {
            List<Finding> other = fs.stream().filter(f -> !f.ruleId().equals("jwt/hardcoded-secret")
                    && !JWT_WORD.matcher(f.message()).find()).toList();
            if (!other.isEmpty() && other.size() == fs.size()) {
                return new Verdict(c, "config-secrets", Status.UNVERIFIED, "a claim about the JWT secret; the literals read as secrets ("
                        + other.size() + " place" + (other.size() == 1 ? "" : "s") + ") are other keys", other.stream().limit(3).map(Finding::location).toList());
            }
            fs.removeAll(other);
        }
        if (!fs.isEmpty()) {
            return new Verdict(c, "config-secrets", Status.CONTRADICTED, "secrets are written in the tree (" + fs.size() + " place"
                    + (fs.size() == 1 ? "" : "s") + ": " + headline(fs.get(0).message()) + ")",
                    fs.stream().limit(3).map(Finding::location).toList()).sure(fs.stream().anyMatch(f -> f.level() == Level.ERROR));
        }
        return new Verdict(c, "config-secrets", Status.VERIFIED, "no secret literal in the code and no .env with secrets committed", List.of());
    }

    /** A rate-limiting claim that names the sign-in routes as what is limited. */
    private static final Pattern LOGIN_LIMIT_CLAIM = Pattern.compile("(?iu)login|log-in|sign.?in|brute|senha|contraseña|anmeld|로그인|giriş"
            + "|\\bauth\\w*\\s+(?:routes?|endpoints?|attempts?|requests?|paths?|rotas?|rutas?|rate[ -]?limit\\w*|limiter|throttl\\w*)\\b|\\b(?:on|for|of|para|em|en|für)\\s+(?:the\\s+)?auth\\w*\\b");

    /** A claim about the token-signing secret: "JWT secret in environment variables", "JWT_SECRET from env". */
    private static final Pattern JWT_SECRET_CLAIM = Pattern.compile("(?iu)\\b(jwt|json web token)s?[ _-]*(signing[ _-]*)?(secret|key)|\\b(jwt|token)[ _-]signing[ _-](secret|key)"
            // "JWT tokens are signed with secret keys from environment variables"
            + "|\\b(jwt|json web token)s?\\b[^.;]{0,30}\\bsign(ed|s)?\\s+(with|using|by)\\s+(the\\s+|a\\s+)?(secrets?|keys?|secret keys?)\\b");
    /** A claim that covers every secret ("all secrets", "no hardcoded secrets or credentials"). */
    private static final Pattern ALL_SECRETS_CLAIM = Pattern.compile("(?iu)\\b(all|every|no)\\b[^.]{0,30}\\b(secrets|credentials|keys)\\b|\\bsecrets and\\b|\\band (other )?secrets\\b|,\\s*(api keys|credentials|passwords)");
    private static final Pattern JWT_WORD = Pattern.compile("(?iu)\\bjwt|json web token|token.?secret|signing");
    private static final Pattern JS_SOURCE = Pattern.compile("(?i).*\\.[cm]?[jt]sx?");
    /** A claim about encryption (a cipher), and one about digests, hashes or signatures. */
    private static final Pattern ENCRYPTION_WORDS = Pattern.compile("(?iu)\\b(aes|chacha20|gcm|encrypt\\w*|cipher\\w*|verschlüssel\\w*|criptograf\\w*|cifrad\\w*|암호화|şifrele\\w*)");
    private static final Pattern DIGEST_WORDS = Pattern.compile("(?iu)\\b(hash\\w*|digest\\w*|md5|sha-?\\d+|hmac|signatures?|signing|signed)\\b");
    private static final Pattern CLAIMED_CIPHER = Pattern.compile("(?i)\\b(aes)[- ]?(128|192|256)(?:[- ]?(gcm|cbc|ctr|ecb|ccm))?\\b|\\bchacha20");
    private static final Pattern CSP_DIRECTIVE = Pattern.compile("(?i)\\b(connect|script|style|img|font|frame|default|object|media)-src\\b|content-security-policy|\\bcsp\\b");
    private static final Pattern TLS_WORDS = Pattern.compile("(?i)\\btls\\b|\\bssl\\b|certificat|https");
    private static final Pattern HTTPS_ONLY = Pattern.compile("(?i)\\bhttps\\b");
    private static final Pattern OUTGOING_TLS = Pattern.compile("(?i)\\btls\\b|\\bssl\\b|certificat|database|\\bdb\\b|postgres|mysql|\\bmongo|redis|smtp|outgoing|upstream");
    /** HTTPS the server is reached by, enforced: "SSL/TLS: HTTPS enforcement in production", "HTTPS only", "force HTTPS", HSTS. */
    private static final Pattern ENFORCED_HTTPS = Pattern.compile("(?iu)\\bhttps\\s+(?:enforcement|enforced|only|redirects?|everywhere)\\b|\\b(?:enforc\\w*|forc\\w*|requir\\w*|redirect\\w*\\s+to)\\s+https\\b|\\bhsts\\b");
    private static final Pattern VERIFY_WORDS = Pattern.compile("(?i)verif|validat|reject ?unauthori|certificat|pinn");
    /** A finding message's statement before its consequence: the text up to the first ": " outside parentheses. */
    static String headline(String message) {
        int depth = 0;
        for (int i = 0; i < message.length() - 1; i++) {
            char ch = message.charAt(i);
            if (ch == '(') depth++;
            else if (ch == ')') depth = Math.max(0, depth - 1);
            else if (ch == ':' && depth == 0 && message.charAt(i + 1) == ' ') return message.substring(0, i);
        }
        return message;
    }

    /** "HTTPS/TLS for data in transit": the transport clients use, whatever the TLS word beside HTTPS. */
    private static final Pattern IN_TRANSIT = Pattern.compile("(?iu)\\bin transit\\b|\\ben tr[aá]nsito\\b|\\bem tr[aâ]nsito\\b|\\bw tranzycie\\b");
    /** The hops of the server's own outgoing connections, named in a claim. */
    private static final Pattern OUTGOING_HOPS = Pattern.compile("(?i)database|\\bdb\\b|postgres|mysql|\\bmongo|redis|smtp|outgoing|upstream");

    /** A JCE transformation: algorithm/mode/padding ("AES/GCM/NoPadding"); the key size is the key's, not written here. */
    private static final Pattern JCE_TRANSFORMATION = Pattern.compile("(?i)^(\\w+)/(\\w+)/\\w+$");

    /**
     * True when the code's cipher is the claimed one: "aes-256-gcm" claimed and aes-256-gcm used, or the JCE
     * transformation "AES/GCM/NoPadding" (same algorithm and mode; its key size is set by the key, not the name).
     */
    static boolean sameCipher(String used, String claimed) {
        Matcher jce = JCE_TRANSFORMATION.matcher(used);
        if (jce.matches()) {
            String fam = jce.group(1).toLowerCase(Locale.ROOT), mode = jce.group(2).toLowerCase(Locale.ROOT);
            if (!claimed.startsWith(fam)) return false;
            Matcher m = Pattern.compile("-(gcm|cbc|ctr|ecb|ccm)$").matcher(claimed);
            return !m.find() || m.group(1).equals(mode);
        }
        return used.replaceFirst("^(id-)?aes-?(\\d+)", "aes-$2").startsWith(claimed);
    }

    /** "AES-256-GCM", "encryption at rest", "TLS verified": the cipher uses and TLS settings of the code. */
    private Verdict cryptoClaim(Claim c) {
        String text = c.text();
        dev.backcheck.concepts.CryptoUses crypto = dev.backcheck.concepts.CryptoUses.of(project);
        List<dev.backcheck.concepts.CryptoUses.Use> ciphers = crypto.uses().stream()
                .filter(u -> !u.test() && u.kind() == dev.backcheck.concepts.CryptoUses.Kind.CIPHER && inScope(u.at())).toList();
        Matcher alg = CLAIMED_CIPHER.matcher(text);
        if (alg.find()) {
            String claimed = alg.group(1) == null ? "chacha20" : "aes-" + alg.group(2) + (alg.group(3) == null ? "" : "-" + alg.group(3).toLowerCase(Locale.ROOT));
            if (ciphers.isEmpty()) return new Verdict(c, "crypto-tls", Status.UNVERIFIED, "no cipher call found in the code to compare with " + claimed, List.of());
            List<dev.backcheck.concepts.CryptoUses.Use> other = ciphers.stream()
                    .filter(u -> u.algorithm() != null && !sameCipher(u.algorithm(), claimed)).toList();
            if (!other.isEmpty() && other.size() == ciphers.size()) {
                return new Verdict(c, "crypto-tls", Status.CONTRADICTED, "the code encrypts with " + other.get(0).algorithm() + ", not " + claimed,
                        other.stream().limit(3).map(u -> u.at().withMessage(u.api() + " '" + u.algorithm() + "'")).toList())
                        .sure(ciphers.stream().allMatch(u -> u.algorithm() != null));
            }
        }
        List<Finding> weak = run("crypto/weak-cipher"), tls = run("crypto/tls-verification-off");
        if (alg.reset().find() && weak != null && !weak.isEmpty()) {
            // "Algorithm: AES-256-GCM" where the code encrypts with aes-256-gcm: the weak-cipher findings judge the claim
            // only where that cipher is used (a createCipher that drops its IV there); a zero IV in another file's
            // aes-256-cbc is another use of encryption than the one the report names
            String claimed = alg.group(1) == null ? "chacha20" : "aes-" + alg.group(2) + (alg.group(3) == null ? "" : "-" + alg.group(3).toLowerCase(Locale.ROOT));
            List<dev.backcheck.concepts.CryptoUses.Use> same = ciphers.stream().filter(u -> u.algorithm() != null && sameCipher(u.algorithm(), claimed)).toList();
            Set<String> sameFiles = new HashSet<>();
            for (dev.backcheck.concepts.CryptoUses.Use u : same) sameFiles.add(u.at().path());
            if (!same.isEmpty() && weak.stream().noneMatch(f -> sameFiles.contains(f.location().path()))) {
                return new Verdict(c, "crypto-tls", Status.UNVERIFIED, "the code encrypts with " + claimed + " as claimed ("
                        + same.get(0).at().path() + "); the weak-cipher findings are about other uses of encryption",
                        same.stream().limit(2).map(u -> u.at().withMessage(u.api() + " '" + u.algorithm() + "'")).toList());
            }
        }
        if (!alg.reset().find() && KEY_MANAGEMENT.matcher(text).find() && !TLS_WORDS.matcher(text).find()) {
            // "Separate keys for encryption and hashing", "Tenant-specific encryption keys", "Key rotation": how keys are kept,
            // which the cipher findings (mode, IV, algorithm) do not judge
            return new Verdict(c, "crypto-tls", Status.UNVERIFIED, "a claim about key management (which keys exist, how they are derived"
                    + " or rotated), not about the cipher the weak-cipher findings judge", List.of());
        }
        // "connect-src 'self' ws: wss: (for TLS-only deployments drop ws:)": a Content-Security-Policy directive, a header the
        // browser enforces, not a connection the code makes
        boolean aboutTls = TLS_WORDS.matcher(text).find() && !CSP_DIRECTIVE.matcher(text).find();
        List<Finding> fs = new ArrayList<>();
        // "HTTPS required", "over HTTPS": the transport clients reach the server by (terminated by the host or a proxy), not
        // the certificate checks of the server's own outgoing connections (a database pool's rejectUnauthorized)
        // ("All PayMongo calls over HTTPS": a payment API's URL scheme, no database hop; "SSL/TLS: HTTPS enforcement")
        boolean clientHttps = HTTPS_ONLY.matcher(text).find() && !VERIFY_WORDS.matcher(text).find()
                && (!OUTGOING_TLS.matcher(text).find() || (IN_TRANSIT.matcher(text).find() || ENFORCED_HTTPS.matcher(text).find())
                        && !OUTGOING_HOPS.matcher(text).find());
        if (tls != null && aboutTls && !clientHttps) fs.addAll(tls);
        if (weak != null && ENCRYPTION_WORDS.matcher(text).find() && !DIGEST_WORDS.matcher(text).find()) {
            // "Token Encryption: AES-GCM with separate IV and auth_tag columns": a claim about a cipher, which an MD5 digest
            // elsewhere (a weak hash the same rule reports) does not contradict
            Set<String> digests = new HashSet<>();
            for (dev.backcheck.concepts.CryptoUses.Use u : crypto.weak()) {
                if (u.kind() == dev.backcheck.concepts.CryptoUses.Kind.HASH) digests.add(u.weakAt().path() + ":" + u.weakAt().line());
            }
            weak = weak.stream().filter(f -> !digests.contains(f.location().path() + ":" + f.location().line())).toList();
        }
        if (weak != null && (!aboutTls || alg.reset().find())) fs.addAll(weak);
        if (!fs.isEmpty()) {
            return new Verdict(c, "crypto-tls", Status.CONTRADICTED, headline(fs.get(0).message()) + (fs.size() > 1 ? " (and " + (fs.size() - 1) + " more)" : ""),
                    fs.stream().limit(3).map(Finding::location).toList()).sure(fs.stream().anyMatch(f -> f.level() == Level.ERROR));
        }
        if (aboutTls) {
            if (tls == null) return disabled(c, "crypto-tls", "crypto/tls-verification-off", null);
            if (!VERIFY_WORDS.matcher(text).find()) {
                return new Verdict(c, "crypto-tls", Status.UNVERIFIED, "TLS termination is configured outside the code; no outgoing connection turns certificate verification off", List.of());
            }
            return new Verdict(c, "crypto-tls", Status.VERIFIED, "no outgoing connection turns certificate verification off", List.of());
        }
        if (weak == null) return disabled(c, "crypto-tls", "crypto/weak-cipher", null);
        List<Location> strong = ciphers.stream().filter(dev.backcheck.concepts.CryptoUses.Use::strong)
                .map(u -> u.at().withMessage(u.api() + " '" + u.algorithm() + "' with a random IV")).limit(3).toList();
        if (!strong.isEmpty()) return new Verdict(c, "crypto-tls", Status.VERIFIED, "encryption uses an authenticated cipher with random IVs", strong);
        if (ciphers.isEmpty()) return new Verdict(c, "crypto-tls", Status.UNVERIFIED, "no cipher call found in the code", List.of());
        return new Verdict(c, "crypto-tls", Status.VERIFIED, "no weak cipher, mode or IV found", List.of());
    }

    /** Key management named as the subject: separate/tenant keys, key rotation, derivation, storage, the salt of a derivation. */
    private static final Pattern KEY_MANAGEMENT = Pattern.compile("(?iu)\\bkey\\s+(?:rotation|derivation|management|storage|separation|isolation)"
            + "|\\b(?:separate|tenant[- ]specific|per[- ]tenant|rotat\\w*|derived|master)\\s+(?:encryption\\s+|hashing\\s+)?keys?\\b|\\bpbkdf2\\b"
            + "|\\bkeys?\\s+(?:are\\s+)?(?:rotated|derived|separated|isolated)\\b"
            // "Salt: 256-bit random salt per encryption": the salt a key is derived with, not the cipher
            + "|^\\W*salts?\\b|\\brandom\\s+salts?\\b|\\bsalt\\s+per\\b");

    private boolean inScope(Location l) {
        return (scope.isEmpty() || l.path().startsWith(scope)) && (named.isEmpty() || named.contains(l.path()));
    }

    private static final Pattern TX_WORDS = Pattern.compile("(?i)transa[cç]|transaktion|트랜잭션|işlem|atomic");
    /** Words that make a transaction a database transaction (atomicity, rollback, the database's own word for it). */
    private static final Pattern DB_TX_WORDS = Pattern.compile("(?iu)atomic|rollback|roll back|commit|acid\\b|isolation|transactional|\\$transaction"
            // a word of its own: "PayMongo transaction IDs" are a payment provider's, not MongoDB's
            + "|\\b(database|db|prisma|sql|postgres\\w*|mongo\\w*|orm|typeorm|sequelize|knex|drizzle|jpa)('s)?\\s+transa"
            + "|transa\\w*\\s+(support|management|handling|safety|boundar\\w*|wrapp\\w*|blocks?|scope)"
            // "wrapped in a transaction", but not "in transaction metadata" (a payment's record)
            + "|\\b(in|within|inside|using|uses|use|with|via|wrapped in)\\s+(a\\s+|an\\s+|one\\s+|single\\s+|the\\s+)*(database\\s+|db\\s+)?transa"
            + "(?!\\w*\\s+(?:metadata|history|records?|ids?|data|details|amounts?|status|types?|lists?|logs?|references?|numbers?)\\b)"
            + "|multi-?step|consisten|all[- ]or[- ]nothing|transações de banco|transacciones de base|datenbanktransaktion|트랜잭션|veritabanı işlem");
    private static final Pattern NESTED_WRITE = Pattern.compile("(?iu)\\bnested\\s+(?:create|write|insert|update)s?\\b");
    /**
     * Transactions of a ledger or a chain, not of the database: "settle response with transaction hash", "VeChain
     * transactions", "on-chain transaction submission".
     */
    private static final Pattern CHAIN_TX = Pattern.compile("(?iu)\\b(?:blockchain|on-?chain|off-?chain|vechain|ethereum|solana|bitcoin|polygon|web3"
            + "|smart contracts?|wallets?|gas fees?|fee delegation)\\b|\\btransaction\\s+(?:hash|hashes|receipts?|fees?|signatures?|nonce)\\b|\\btx\\s*hash\\b");
    /** Words that tie a transaction to the database whatever else the line says. */
    private static final Pattern DB_NAMED = Pattern.compile("(?iu)\\b(?:database|db|sql|prisma|typeorm|sequelize|knex|drizzle|mongo\\w*|postgres\\w*|jpa|rollback|commit)\\b");
    /**
     * A transaction claim that names a capability, not a rule for every write: "Database error handling with transaction
     * support", "supports transactions". Verified by transactions being opened; a path that writes twice without one does
     * not make it untrue (a claim of "all writes" or "transaction safety" still does).
     */
    private static final Pattern TX_CAPABILITY = Pattern.compile("(?iu)\\bwith\\s+(?:\\p{L}+\\s+)?transactions?\\s+support\\b|\\bsupports?\\s+(?:for\\s+)?(?:database\\s+|db\\s+)?transactions\\b"
            // "Transaction support for complex operations": the capability, named as a noun
            + "|\\btransactions?\\s+support\\b");
    private static final Pattern EVERY_WRITE = Pattern.compile("(?iu)\\b(?:all|every|each|always|any)\\b");
    private static final Pattern PAGE_WORDS = Pattern.compile("(?i)pagina|paginier|페이지네이션|sayfala|page size|cursor");

    /** Heading words too general to name a module. */
    private static final Set<String> NOT_A_MODULE = Set.of("security", "features", "feature", "implementation", "summary", "data", "database",
            "integrity", "performance", "architecture", "overview", "details", "backend", "server", "core", "system", "general", "other", "main");

    /**
     * The source files of the module the nearest heading names ("Payment Security" → payments.service.ts,
     * payments.controller.ts): files whose name starts with the heading's first word or its plural, then a dot. Empty when
     * the heading names none.
     */
    private List<String> domainFiles(Claim c) {
        String ctx = c.context();
        if (ctx.isEmpty()) return List.of();
        String title = ctx.substring(ctx.lastIndexOf(" > ") + (ctx.contains(" > ") ? 3 : 0)).replaceAll("[^\\p{L} ]", " ").strip().toLowerCase(Locale.ROOT);
        if (title.isEmpty()) return List.of();
        String word = title.split("\\s+")[0];
        if (word.length() < 4 || NOT_A_MODULE.contains(word)) return List.of();
        List<String> out = new ArrayList<>();
        for (String path : project.files().keySet()) {
            if (project.isTestPath(path) || !scope.isEmpty() && !path.startsWith(scope)) continue;
            String base = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
            if (base.startsWith(word + ".") || base.startsWith(word + "s.") || base.startsWith(word + "service.") || base.startsWith(word + "sservice.")) out.add(path);
        }
        return out;
    }

    /** A function named as code in the claim or the headings above it: {@code `createUser(dto)`}, "createUser()". */
    private static final Pattern CODE_FUNCTION = Pattern.compile("(?<![\\w.$])([a-z_$][\\w$]{2,})\\s*\\(");

    /** The one project function (tests left out, in the report's app) the claim or its nearest heading names, or null. */
    private Fn namedFunction(Claim c) {
        List<String> places = new ArrayList<>();
        places.add(c.text());
        List<String> titles = new ArrayList<>(List.of(c.context().split(" > ")));
        Collections.reverse(titles);
        places.addAll(titles);
        for (String place : places) {
            Matcher m = CODE_FUNCTION.matcher(place);
            List<Fn> found = new ArrayList<>();
            while (m.find()) {
                for (FileFacts f : project.files().values()) {
                    if (project.isTestPath(f.path()) || !scope.isEmpty() && !f.path().startsWith(scope)) continue;
                    for (Fn fn : Analysis.functions(f)) {
                        if (m.group(1).equals(fn.name()) && fn.location() != null && !found.contains(fn)) found.add(fn);
                    }
                }
            }
            // a client's createUser() beside the service's: the one in a file the report names (users.service.ts), else the
            // one that writes to the database
            if (found.size() > 1) {
                List<Fn> named = found.stream().filter(fn -> reportText.contains(fn.location().path().substring(fn.location().path().lastIndexOf('/') + 1))).toList();
                if (!named.isEmpty()) found = named;
            }
            if (found.size() > 1) {
                dev.backcheck.concepts.DbClients db = dev.backcheck.concepts.DbClients.of(project);
                List<Fn> writing = found.stream().filter(fn -> db.ops().stream().anyMatch(o -> o.kind() == dev.backcheck.concepts.DbClients.Kind.WRITE
                        && within(o.at(), fn.location()))).toList();
                if (!writing.isEmpty()) found = writing;
            }
            if (found.size() == 1) return found.get(0);
            if (found.size() > 1) return null; // several functions of that name: not one subject
        }
        return null;
    }

    /** Keys of a Prisma relation field that write related records in the same statement. */
    private static final Set<String> NESTED_KEYS = Set.of("create", "createMany", "connectOrCreate", "upsert");

    /** A write whose data object holds a relation field with a nested create ({@code data: { roles: { create: {..} } }}). */
    private boolean nestedWrite(dev.backcheck.concepts.DbClients.Op o) {
        if (!o.lib().toLowerCase(Locale.ROOT).contains("prisma")) return false;
        for (Val a : o.site().cs().args()) {
            Val v = project.resolve(a, o.site().file()).val();
            if (!(v instanceof Obj obj)) continue;
            Val data = obj.props().get("data");
            if (data == null) continue;
            Val d = project.resolve(data, o.site().file()).val();
            if (!(d instanceof Obj dobj)) continue;
            for (Val field : dobj.props().values()) {
                Val fv = field == null ? null : project.resolve(field, o.site().file()).val();
                if (fv instanceof Obj fo && fo.props().keySet().stream().anyMatch(NESTED_KEYS::contains)) return true;
            }
        }
        return false;
    }

    /** Words of a claim (and its nearest heading) that may name a feature: not the words of transactions or of any claim. */
    private static Set<String> featureWords(Claim c) {
        String heading = c.context() == null || c.context().isEmpty() ? "" : c.context().substring(c.context().lastIndexOf(" > ") + 1);
        Set<String> out = new TreeSet<>();
        for (String w : (c.text() + " " + heading).toLowerCase(Locale.ROOT).split("[^a-z]+")) {
            if (w.length() < 4 || NOT_FEATURE.contains(w)) continue;
            // following -> follow, votes -> vote, archived -> archiv (a stem the function names share)
            if (w.endsWith("ing") && w.length() > 6) w = w.substring(0, w.length() - 3);
            else if (w.endsWith("ed") && w.length() > 5) w = w.substring(0, w.length() - 2);
            else if (w.endsWith("s") && !w.endsWith("ss")) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }

    private static final Set<String> NOT_FEATURE = Set.of("transaction", "transactions", "transactional", "support", "supported", "handling",
            "handled", "atomic", "atomicity", "operation", "operations", "using", "uses", "used", "with", "prisma", "database", "databases",
            "consistency", "consistent", "data", "integrity", "implemented", "implementation", "ensure", "ensures", "ensuring", "safe",
            "safely", "wrapped", "wrap", "wraps", "within", "inside", "single", "multiple", "multi", "step", "steps", "write", "writes",
            "writing", "updates", "update", "proper", "full", "fully", "each", "every", "where", "needed", "when", "that", "this", "from",
            "into", "their", "queries", "query", "rollback", "rollbacks", "commit", "concurrent", "concurrency", "typeorm", "sequelize",
            "drizzle", "knex", "mongoose", "session", "sessions", "level", "isolation", "race", "condition", "conditions", "prevent",
            "prevents", "feature", "features", "overview", "summary", "details", "notes", "technical", "backend", "service", "services",
            "repository", "layer", "logic", "business", "core", "model", "models", "schema", "table", "tables", "record", "records",
            "system", "systems", "module", "modules", "api", "endpoint", "endpoints", "route", "routes", "management", "manager");

    /** True when a function's name holds one of the feature words (unfollowUser holds "follow"), or a word holds the name. */
    private static boolean namesFeature(String fnName, Set<String> feature) {
        if (fnName == null || fnName.length() < 3) return false;
        String n = fnName.toLowerCase(Locale.ROOT);
        for (String w : feature) if (n.contains(w)) return true;
        return false;
    }

    /** The name of the innermost named function of the project around {@code at}, or null. */
    private String enclosingFunction(Location at) {
        if (at == null) return null;
        FileFacts f = project.file(at.path());
        if (f == null) return null;
        Fn best = null;
        for (Fn fn : Analysis.functions(f)) {
            if (fn.name() == null || fn.location() == null || !within(at, fn.location())) continue;
            if (best == null || fn.location().line() >= best.location().line() && fn.location().endLine() <= best.location().endLine()) best = fn;
        }
        return best == null ? null : best.name();
    }

    private static boolean within(Location at, Location span) {
        return at != null && span != null && at.path().equals(span.path()) && at.line() >= span.line() && at.line() <= span.endLine();
    }

    /** Transactions and pagination, answered from the DbClients concept and the data rules' findings. */
    private Verdict dataAccess(Claim c) {
        dev.backcheck.concepts.DbClients db = dev.backcheck.concepts.DbClients.of(project);
        String low = Vocabulary.norm(c.text());
        if (TX_WORDS.matcher(low).find() && CHAIN_TX.matcher(low).find() && !DB_NAMED.matcher(low).find()) {
            return new Verdict(c, "data-access", Status.UNVERIFIED, "the transactions here are a ledger's or a blockchain's, not the database's",
                    List.of());
        }
        if (TX_WORDS.matcher(low).find() && !DB_TX_WORDS.matcher(low).find()) {
            // "transaction retrieval", "aggregated transaction data": the records a finance app keeps, not database transactions
            return new Verdict(c, "data-access", Status.UNVERIFIED, "transactions here are records the application keeps (financial data),"
                    + " not database transactions", List.of());
        }
        if (TX_WORDS.matcher(low).find()) {
            List<Location> txs = new ArrayList<>();
            for (dev.backcheck.concepts.DbClients.Tx t : db.transactions()) if (inScope(t.at())) txs.add(t.at());
            db.transactionalDecorators().stream().filter(this::inScope).forEach(txs::add);
            if (NESTED_WRITE.matcher(low + " " + Vocabulary.norm(c.context() == null ? "" : c.context())).find() && db.clients().stream()
                    .anyMatch(k -> k.lib().toLowerCase(Locale.ROOT).contains("prisma"))) {
                // "User creation uses Prisma's nested create ... all in a single atomic transaction": Prisma runs one nested
                // write (a record and its related records) as one transaction
                return new Verdict(c, "data-access", Status.VERIFIED, "Prisma runs a nested write as one transaction", txs.stream().limit(3).toList());
            }
            List<Finding> fs = run("data/transaction-missing");
            if (fs != null) fs = fs.stream().filter(f -> inScope(f.location())).toList();
            List<String> domain = fs == null || fs.isEmpty() ? List.of() : domainFiles(c);
            if (!domain.isEmpty()) {
                // "### Payment Security" > "Atomic transactions (no partial updates)": the payments module's writes, not every path
                List<Finding> inDomain = fs.stream().filter(f -> domain.contains(f.location().path())).toList();
                List<Location> domainTx = txs.stream().filter(t -> domain.contains(t.path())).toList();
                if (inDomain.isEmpty() && !domainTx.isEmpty()) {
                    return new Verdict(c, "data-access", Status.VERIFIED, "the " + c.context().substring(c.context().lastIndexOf(" > ") + 3)
                            + " code opens transactions (" + domainTx.size() + ") and no path of it writes several times without one",
                            domainTx.stream().limit(3).toList());
                }
                if (!inDomain.isEmpty()) fs = inDomain;
            }
            Fn fn = fs == null ? null : namedFunction(c);
            if (fn != null) {
                // "##### `createUser(dto)`" over "Creates user with role assignment in a single transaction": a claim about that
                // method, judged by what it writes (one statement, such as a create with a nested create, is atomic)
                Location span = fn.location();
                List<Finding> inFn = fs.stream().filter(f -> within(f.location(), span)).toList();
                if (!inFn.isEmpty()) {
                    return new Verdict(c, "data-access", Status.CONTRADICTED, fn.name() + " writes several times without a transaction",
                            inFn.stream().limit(3).map(Finding::location).toList());
                }
                List<Location> writes = db.ops().stream().filter(o -> o.kind() == dev.backcheck.concepts.DbClients.Kind.WRITE && within(o.at(), span))
                        .map(dev.backcheck.concepts.DbClients.Op::at).toList();
                List<dev.backcheck.concepts.DbClients.Op> nested = db.ops().stream().filter(o -> o.kind() == dev.backcheck.concepts.DbClients.Kind.WRITE
                        && within(o.at(), span) && nestedWrite(o)).toList();
                if (writes.size() == 1 || !nested.isEmpty()) {
                    // prisma.user.create({ data: { .., userRoles: { create: {..} } } }): the record and its related records in one
                    // statement, which Prisma runs as one transaction (an audit-log write after it is no part of the claim)
                    return new Verdict(c, "data-access", Status.VERIFIED, fn.name() + (nested.isEmpty() ? " writes in one statement, which the database applies atomically"
                            : " writes the record and its related records in one nested write (" + nested.get(0).label() + "), which Prisma runs as one transaction"),
                            nested.isEmpty() ? writes : nested.stream().map(dev.backcheck.concepts.DbClients.Op::at).limit(3).toList());
                }
            }
            // "Transaction handling for follow/unfollow", "Uses transaction for consistency" under "#### Fork a prompt": the
            // feature the claim names is found by the functions that open the transactions or write without one
            Set<String> feature = featureWords(c);
            if (fs != null && !fs.isEmpty() && !feature.isEmpty() && !txs.isEmpty()) {
                List<Finding> featureFs = fs.stream().filter(f -> namesFeature(enclosingFunction(f.location()), feature)).toList();
                List<Location> featureTx = txs.stream().filter(t -> namesFeature(enclosingFunction(t), feature)).toList();
                if (!featureFs.isEmpty()) {
                    return new Verdict(c, "data-access", Status.CONTRADICTED, featureFs.size() + " request path" + (featureFs.size() == 1 ? "" : "s")
                            + " of " + String.join("/", feature) + (featureFs.size() == 1 ? " writes" : " write") + " several times without a transaction",
                            featureFs.stream().limit(3).map(Finding::location).toList());
                }
                if (!featureTx.isEmpty()) {
                    return new Verdict(c, "data-access", Status.VERIFIED, "the " + String.join("/", feature) + " code opens transactions ("
                            + featureTx.size() + ")", featureTx.stream().limit(3).toList());
                }
            }
            if (fs != null && !fs.isEmpty() && !txs.isEmpty() && TX_CAPABILITY.matcher(low).find() && !EVERY_WRITE.matcher(low).find()) {
                return new Verdict(c, "data-access", Status.VERIFIED, "transactions opened (" + txs.size() + "); the claim names the capability,"
                        + " not every write (" + fs.size() + (fs.size() == 1 ? " request path writes" : " request paths write") + " several times without one:"
                        + " data/transaction-missing reports them)", txs.stream().limit(3).toList());
            }
            if (fs != null && !fs.isEmpty()) {
                return new Verdict(c, "data-access", Status.CONTRADICTED, (txs.isEmpty() ? "no transaction is opened anywhere, and " : "")
                        + fs.size() + (fs.size() == 1 ? " request path writes" : " request paths write") + " several times without one",
                        fs.stream().limit(3).map(Finding::location).toList());
            }
            if (!txs.isEmpty()) return new Verdict(c, "data-access", Status.VERIFIED, "transactions opened (" + txs.size() + ")", txs.stream().limit(3).toList());
            return new Verdict(c, "data-access", Status.UNVERIFIED, "no transaction found, and no request path that writes twice", List.of());
        }
        if (PAGE_WORDS.matcher(low).find()) {
            List<Finding> fs = run("data/unbounded-list");
            // a report that lists its endpoints speaks of those: "list endpoints return pagination info" of a dashboard API document
            if (fs != null && !listed.isEmpty()) {
                fs = fs.stream().filter(f -> listed.stream().anyMatch(l -> samePath(normPath(routeOf(f)), l))).toList();
            }
            List<Location> bounded = new ArrayList<>();
            for (dev.backcheck.concepts.DbClients.Op o : db.ops()) if (o.lists() && db.bounded(o) && inScope(o.at())) bounded.add(o.at());
            if (fs != null && !fs.isEmpty() && !bounded.isEmpty() && !Vocabulary.containsPhrase(c.text(), vocab.allWords)) {
                // "pagination with metadata" under one list's heading: true of the lists that page, whatever others do
                return new Verdict(c, "data-access", Status.VERIFIED, "list queries are paginated (" + bounded.size() + "; the claim names no scope, "
                        + fs.size() + " other list quer" + (fs.size() == 1 ? "y returns" : "ies return") + " every row)", bounded.stream().limit(3).toList());
            }
            if (fs != null && !fs.isEmpty()) {
                return new Verdict(c, "data-access", Status.CONTRADICTED, fs.size() + " list quer" + (fs.size() == 1 ? "y returns" : "ies return")
                        + " every row (no take / limit)", fs.stream().limit(3).map(Finding::location).toList());
            }
            if (!bounded.isEmpty()) return new Verdict(c, "data-access", Status.VERIFIED, "list queries are bounded (" + bounded.size() + ")", bounded.stream().limit(3).toList());
            return new Verdict(c, "data-access", Status.UNVERIFIED, "no list query found", List.of());
        }
        return new Verdict(c, "data-access", Status.UNVERIFIED, "only transactions and pagination are judged", List.of());
    }

    private Verdict logging(Claim c) {
        Verdict v = operability(c, "logging");
        return v != null ? v : new Verdict(c, "logging", Status.UNVERIFIED, "not a structured-logging or request-id claim", List.of());
    }

    private List<Verdict> endpoint(Claim c) {
        Claim.Endpoint ep = c.endpoint();
        String want = normPath(ep.path());
        Route match = null;
        List<Route> all = new ArrayList<>();
        for (Application a : apps()) all.addAll(a.routes());
        for (int pass = 0; pass < 2 && match == null; pass++) {
            for (Route r : all) {
                if (!r.method().equals(ep.method()) && !r.method().equals("ALL")) continue;
                String have = normPath(r.path());
                if (pass == 0 ? have.equals(want) : samePath(have, want)) {
                    match = r;
                    break;
                }
            }
        }
        if (match == null && !all.isEmpty() && dev.backcheck.concepts.ApiVersioning.withoutVersion(want).equals(want)) {
            // /api/auth/login claimed, /api/v1/auth/login mounted: a report that leaves out the version segment names the
            // versioned route when it is the only one of that method and path (two versions of it: the report names neither)
            Set<Route> versions = new LinkedHashSet<>();
            for (Route r : all) {
                if (!r.method().equals(ep.method()) && !r.method().equals("ALL")) continue;
                String have = normPath(r.path()), bare = dev.backcheck.concepts.ApiVersioning.withoutVersion(have);
                if (!bare.equals(have) && (bare.equals(want) || samePath(bare, want))) versions.add(r);
            }
            if (versions.size() == 1) match = versions.iterator().next();
            else if (versions.size() > 1) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, ep.path() + " without its version segment names "
                        + versions.size() + " versioned routes", versions.stream().limit(3).map(Route::location).toList()));
            }
        }
        if (match == null) {
            if (all.isEmpty()) return List.of(new Verdict(c, "authn-authz", Status.UNVERIFIED, "no routes found to compare with", List.of()));
            if (want.equals("/") || want.startsWith("/:")) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, "a path relative to a router the report does not name", List.of()));
            }
            if (!ep.path().matches("[\\w\\-/:{}.\\[\\]]+") || ep.path().contains("...")) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, "not a concrete route path", List.of()));
            }
            if (all.stream().anyMatch(r -> r.path().contains(UNKNOWN))) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, "the model could not compute every route prefix", List.of()));
            }
            List<Route> each = placeholderFor(all, ep.method(), want);
            if (!each.isEmpty()) {
                // "GET /api/v1/products/{product}/images" for each product the report names, served as one literal route per product
                return List.of(new Verdict(c, "api-design", Status.VERIFIED, ep.path() + " stands for " + each.size()
                        + " routes with a fixed segment in the placeholder's place (" + each.get(0).label() + ", ...)",
                        each.stream().limit(3).map(Route::location).toList()));
            }
            String python = pythonDeclared(ep.path());
            if (python != null) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, ep.path() + " is declared in " + python
                        + ", a Python service the model does not read", List.of()));
            }
            Location files = servedOutsideRoutes(ep.method(), want);
            if (files != null) {
                return List.of(new Verdict(c, "api-design", Status.VERIFIED, ep.path() + " is served by " + files.message(), List.of(files)));
            }
            Location elsewhere = declaredElsewhere(ep.method(), want);
            if (elsewhere != null) {
                return List.of(new Verdict(c, "api-design", Status.UNVERIFIED, "a route ending like " + ep.path()
                        + " is declared in the code, under a prefix the model did not follow", List.of(elsewhere)));
            }
            return List.of(new Verdict(c, "api-design", Status.CONTRADICTED, "no route " + ep.method() + " " + ep.path() + " exists in the code",
                    appSite().map(List::of).orElse(List.of())).sure(fullyModelled()));
        }
        List<Verdict> out = new ArrayList<>();
        Claim.Value auth = Claim.Value.of(ep.auth());
        if (auth == Claim.Value.YES && !match.has(ControlKind.AUTH) && dev.backcheck.concepts.Authentication.checksCallerItself(project, match)) {
            // no control, but the handler turns strangers away itself (Authentication.publicNote says how)
            out.add(new Verdict(c, "authn-authz", Status.VERIFIED, "route exists; its handler checks the caller itself ("
                    + dev.backcheck.concepts.Authentication.publicNote(project, match) + ")", List.of(match.location())));
        } else if (auth == Claim.Value.YES && !match.has(ControlKind.AUTH) && match.has(ControlKind.UNRESOLVED)) {
            // a middleware the model could not see (a name its module does not export): the route may well be guarded
            out.add(new Verdict(c, "authn-authz", Status.UNVERIFIED, match.label() + " runs a middleware the model could not resolve ("
                    + match.chain().stream().filter(ct -> ct.kind() == ControlKind.UNRESOLVED).map(ct -> ct.name()).findFirst().orElse("?")
                    + "): it may be the authentication", List.of(match.location())));
        } else if (auth == Claim.Value.YES && !match.has(ControlKind.AUTH)) {
            // an unclassified middleware or guard on the route may be the authentication the model does not know
            boolean sure = fullyModelled() && match.chain().stream().noneMatch(ct -> ct.kind() == ControlKind.OTHER);
            out.add(new Verdict(c, "authn-authz", Status.CONTRADICTED, match.label() + " runs no authentication control, although the report lists it as '"
                    + ep.auth() + "'", List.of(match.location().withMessage("route declared here without auth"))).sure(sure));
        } else {
            String how = auth == Claim.Value.YES ? " with auth" : auth == Claim.Value.NO ? ", public as the report says"
                    : match.has(ControlKind.AUTH) ? " with auth" : "";
            out.add(new Verdict(c, "authn-authz", Status.VERIFIED, "route exists" + how, List.of(match.location())));
        }
        if (Claim.Value.of(ep.rateLimit()) == Claim.Value.YES) {
            out.add(match.has(ControlKind.RATE_LIMIT) || appliesLimiter(match)
                    ? new Verdict(c, "rate-limiting", Status.VERIFIED, match.label() + " is rate limited", List.of(match.location()))
                    : new Verdict(c, "rate-limiting", Status.CONTRADICTED, match.label() + " runs no rate limiter, although the report lists it as '"
                    + ep.rateLimit() + "'", List.of(match.location().withMessage("route declared here without a limiter"))).sure(fullyModelled()));
        }
        if (Claim.Value.of(ep.validation()) == Claim.Value.YES) {
            boolean validated = match.has(ControlKind.VALIDATION) || !match.frameworkValidated().isEmpty()
                    || match.inputs().stream().anyMatch(Route.ParamInput::validated);
            out.add(new Verdict(c, "input-validation", validated ? Status.VERIFIED : Status.UNVERIFIED,
                    validated ? match.label() + " validates its input" : "validation inside the handler is not checked per route",
                    List.of(match.location())));
        }
        return out;
    }

    /**
     * The routes a report's path with a placeholder stands for, when the code serves it once per fixed value instead
     * ({@code /products/{product}/images} for /products/hf-mobile/images, /products/dream-series/images, ...): every
     * route that matches it with a literal segment in the placeholder's place, when there are two values or more (one
     * literal route, /users/me for /users/:id, is not the parameterized route the report lists). Empty otherwise.
     */
    private static List<Route> placeholderFor(List<Route> all, String method, String want) {
        if (!want.contains(":p")) return List.of();
        String[] w = want.split("/", -1);
        List<Route> out = new ArrayList<>();
        Set<String> values = new TreeSet<>();
        for (Route r : all) {
            if (!r.method().equals(method)) continue;
            String[] h = normPath(r.path()).split("/", -1);
            if (h.length != w.length) continue;
            StringBuilder filled = new StringBuilder();
            boolean same = true;
            for (int i = 1; i < w.length && same; i++) {
                if (w[i].equals(":p")) {
                    if (h[i].isEmpty() || h[i].equals(":p")) same = false;
                    else filled.append('/').append(h[i]);
                } else same = w[i].equals(h[i]);
            }
            if (!same) continue;
            out.add(r);
            values.add(filled.toString());
        }
        return values.size() >= 2 ? out : List.of();
    }

    private Map<String, String> pythonRoutes;

    /**
     * The Python file declaring a route at {@code path} ({@link dev.backcheck.concepts.OtherLanguages#pythonRoutes}: the
     * scan's own files, so --exclude and the .gitignore files apply), or null.
     */
    private String pythonDeclared(String path) {
        if (pythonRoutes == null) {
            Map<String, String> out = new LinkedHashMap<>();
            dev.backcheck.concepts.OtherLanguages.of(project).pythonRoutes().forEach((route, file) -> out.putIfAbsent(normPath(route), file));
            pythonRoutes = out;
        }
        if (pythonRoutes.isEmpty()) return null;
        String want = normPath(path);
        String hit = pythonRoutes.get(want);
        if (hit != null) return hit;
        // a router mounted under a prefix (app.include_router(router, prefix="/api/v1")): the declared path ends the claimed one
        // (of two segments or more: a bare /health of the Python service says nothing of the backend's /api/health)
        for (Map.Entry<String, String> e : pythonRoutes.entrySet()) {
            if (e.getKey().indexOf('/', 1) > 0 && want.endsWith(e.getKey())) return e.getValue();
        }
        return null;
    }

    /** Mounted middleware that answers GET requests under its path itself: static files and documentation UIs. */
    private static final Pattern SERVES_FILES = Pattern.compile("^(?:express\\.static|serve-static|swagger-ui-express)\\b");

    /**
     * What serves a GET path no route declares: a static-file or documentation-UI middleware mounted at a prefix of
     * it ({@code app.use('/uploads', express.static(dir))} answers /uploads/projects/:id/:file), or a documentation UI
     * set up at it ({@code SwaggerModule.setup('api/docs', ..)}, {@link dev.backcheck.concepts.OpenApiSpecs#uiPaths}).
     * The location's message says which; null when none.
     */
    private Location servedOutsideRoutes(String method, String want) {
        if (!method.equals("GET") && !method.equals("HEAD")) return null;
        for (Application a : apps()) {
            for (Application.Mount m : a.mounts()) {
                String prefix = m.pathPrefix() == null ? "" : normPath(m.pathPrefix());
                if (prefix.isEmpty() || prefix.equals("/") || !SERVES_FILES.matcher(m.control().name()).find()) continue;
                if (want.equals(prefix) || want.startsWith(prefix + "/")) {
                    return m.control().location().withMessage(m.control().name() + " mounted at " + m.pathPrefix());
                }
            }
        }
        Location actuator = dev.backcheck.concepts.HealthChecks.actuatorServes(project, want);
        if (actuator != null && (scope.isEmpty() || actuator.path().startsWith(scope))) return actuator;
        for (Location ui : dev.backcheck.concepts.OpenApiSpecs.of(project).uiPaths()) {
            if (!scope.isEmpty() && !ui.path().startsWith(scope)) continue;
            String at = normPath(ui.message());
            if (want.equals(at) || want.startsWith(at + "/") || want.equals(at + "-json")) {
                return ui.withMessage("the documentation UI set up at " + ui.message());
            }
        }
        return null;
    }

    /**
     * A route registration (a call such as {@code get('/avatar', ...)}) whose path ends the claimed
     * one but that no modelled route accounts for: the model lost its prefix (a dynamic import, a
     * computed mount), so "no such route" would be a guess.
     */
    private Location declaredElsewhere(String method, String want) {
        Set<String> modelled = new HashSet<>();
        for (Application a : project.applications()) for (Route r : a.routes()) modelled.add(r.location().path() + ":" + r.location().line());
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String m = cs.methodName();
                    if (m == null || !ROUTE_METHODS.contains(m) || cs.arg(0) == null) continue;
                    if (!m.equals("all") && !m.equals("route") && !m.equals("on") && !m.equalsIgnoreCase(method)) continue;
                    String p = Val.constString(cs.arg(0));
                    if (p == null || !p.startsWith("/") || p.length() < 2) continue;
                    String tail = normPath(p);
                    if (tail.replace("/:p", "").length() < 2 || !want.endsWith(tail) || modelled.contains(cs.location().path() + ":" + cs.location().line())) continue;
                    return cs.location().withMessage("route " + p + " declared here");
                }
            }
        }
        return null;
    }

    private static final Set<String> ROUTE_METHODS = Set.of("get", "post", "put", "patch", "delete", "all", "route", "on");

    private boolean appliesLimiter(Route r) {
        for (Application a : apps()) {
            if (!a.routes().contains(r)) continue;
            for (Application.Mount m : a.mounts()) {
                if (m.control().kind() == ControlKind.RATE_LIMIT && ModelSupport.applies(m.pathPrefix(), r.path())) return true;
            }
        }
        return false;
    }

    /**
     * True when a route path and a claimed path name the same endpoint: equal, or one ends the other
     * (a report that leaves out the global prefix, or a route whose mount the model saw partly),
     * segment by segment, a route parameter matching any one segment ("/users/:id" matches "/users/42").
     */
    static boolean samePath(String have, String want) {
        if (have.equals(want)) return true;
        String[] h = have.split("/", -1), w = want.split("/", -1);
        int n = Math.min(h.length, w.length);
        if (n < 2 || (h.length > w.length ? want : have).length() <= 1) return false;
        boolean literal = false;
        for (int i = 1; i < n; i++) {
            String a = h[h.length - i], b = w[w.length - i];
            if (a.equals(b)) literal |= !a.equals(":p");
            else if (!a.equals(":p") || b.isEmpty() || h.length != w.length) return false; // only the route's parameter stands for a value
        }
        return literal;
    }

    private static String normPath(String p) {
        // an Express parameter's own pattern (/secrets/:name(*), /files/:id(\\d+)) is part of the parameter
        // a template literal's placeholder (/receipts/${bookingId}) is a parameter
        String s = p.strip().replaceAll("\\$\\{[^}]*}", ":p").replaceAll("[?#].*$", "").replaceAll("(:[A-Za-z_]\\w*)\\([^)]*\\)", "$1").replaceAll("\\{[^}]+}", ":p").replaceAll(":[A-Za-z_][\\w]*", ":p").replaceAll("\\[[^]]+]", ":p");
        if (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s.toLowerCase(Locale.ROOT);
    }

    // ------------------------------------------------------------------ evidence helpers

    private List<Location> controls(ControlKind kind) {
        Set<Location> out = new TreeSet<>(Location.ORDER);
        for (Application a : apps()) {
            for (Application.Mount m : a.mounts()) if (m.control().kind() == kind) out.add(m.control().location());
            for (Route r : a.routes()) for (Control c : r.chain()) if (c.kind() == kind) out.add(c.location());
        }
        return new ArrayList<>(out);
    }

    /** The routes whose handler turns a caller with no login away itself (the inventory's "own 401/403 check"), by location. */
    private List<Location> handlerAuthentication() {
        java.util.function.Predicate<Route> loginInHandler = dev.backcheck.concepts.Authentication.loginInHandler(project);
        Set<Location> out = new TreeSet<>(Location.ORDER);
        for (Application a : apps()) {
            for (Route r : a.routes()) if (loginInHandler.test(r)) out.add(r.location());
        }
        return new ArrayList<>(out);
    }

    private Optional<Location> appSite() {
        return apps().stream().map(Application::location).findFirst();
    }

    /**
     * True when a file imports the library, or a package built on it ({@code @nestjs/passport} and
     * {@code passport-jwt} use {@code passport}; the app never imports it by name).
     */
    private boolean imported(String lib) {
        String bare = lib.startsWith("@") && lib.indexOf('/') > 0 ? lib.substring(lib.indexOf('/') + 1) : lib;
        for (FileFacts f : project.files().values()) {
            for (Import i : f.imports().values()) {
                String m = i.module();
                if (m.equals(lib) || m.startsWith(lib + "/")) return true;
                String last = m.startsWith("@") && m.indexOf('/') > 0 ? m.substring(m.indexOf('/') + 1) : m;
                if (last.equals(bare) || last.startsWith(bare + "-")) return true;
            }
            // require('dotenv').config(), import('x'): loaded without an import binding
            for (dev.backcheck.lang.facts.Fn fn : dev.backcheck.model.Analysis.functions(f)) {
                for (dev.backcheck.lang.facts.CallSite cs : fn.calls()) {
                    if (!(cs.callee() instanceof dev.backcheck.lang.facts.Val.Global g) || !g.path().isEmpty()
                            || !(g.name().equals("require") || g.name().equals("import")) || cs.args().size() != 1) continue;
                    String m = dev.backcheck.lang.facts.Val.constString(cs.arg(0));
                    if (m != null && (m.equals(lib) || m.startsWith(lib + "/"))) return true;
                }
            }
        }
        return false;
    }

    private Location declaration(String lib) {
        // a README in templates/api-service/, beside that package's package.json, is about that package: bcrypt declared by
        // apps/api/package.json is another package's dependency
        List<dev.backcheck.workspace.Manifest> manifests = project.manifests();
        String home = "";
        for (dev.backcheck.workspace.Manifest m : manifests) {
            int slash = m.path().lastIndexOf('/');
            String dir = slash < 0 ? "" : m.path().substring(0, slash + 1);
            if (!dir.isEmpty() && reportPath.startsWith(dir) && dir.length() > home.length()) home = dir;
        }
        if (!home.isEmpty()) {
            String own = home;
            manifests = manifests.stream().filter(m -> m.path().startsWith(own)).toList();
        }
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(manifests)) {
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get(lib);
            if (d != null) return Location.at(m.path(), d.line(), 1);
        }
        return null;
    }

    /** What a code rule found in this scan (in the report's scope); null when the rule is disabled. */
    private List<Finding> run(String ruleId) {
        if (prior == null || !prior.ran(ruleId)) return null;
        List<Finding> all = prior.of(ruleId);
        if (scope.isEmpty() && named.isEmpty()) return all;
        return all.stream().filter(f -> inScope(f.location())).toList();
    }

    /** The verdict when the rule a claim depends on is turned off. */
    private Verdict disabled(Claim c, String key, String ruleId, String partly) {
        return new Verdict(c, key, Status.UNVERIFIED, (partly == null ? "" : partly + " not checked: ") + "rule " + ruleId + " disabled", List.of());
    }

    private Verdict noApp(Claim c, String key) {
        return new Verdict(c, key, Status.UNVERIFIED, "no backend application found to judge it against", List.of());
    }

    /**
     * True when the framework models followed every registration and app in the report's scope: no
     * model/not-modelled note, and no route whose path has a part the model could not compute.
     */
    private boolean fullyModelled() {
        // (a route left out as shadowed is no gap: the request it would get goes to the earlier route, which is listed; nor
        // is one registered only outside production)
        if (project.notModelled().stream().anyMatch(n -> !n.routeAside() && (scope.isEmpty() || n.path() == null || n.path().startsWith(scope)))) return false;
        for (Application a : apps()) for (Route r : a.routes()) if (r.path().contains(UNKNOWN)) return false;
        return true;
    }

    /** How the framework models write a path part they could not compute. */
    private static final String UNKNOWN = "{unknown}";

    /**
     * Calls of a library of this kind (rateLimit(...), helmet()) that no mounted or unmounted control
     * of the model accounts for: the model lost track of them (a conditional, a wrapper), so "not
     * mounted" would be a guess.
     */
    private List<Location> untracked(ControlKind kind) {
        Set<String> known = new HashSet<>();
        for (Application a : apps()) {
            for (Control u : a.unmounted()) known.add(u.location().path() + ":" + u.location().line());
        }
        List<Location> out = new ArrayList<>();
        for (FileFacts f : project.files().values()) {
            if (!scope.isEmpty() && !f.path().startsWith(scope)) continue;
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    String root = project.rootModule(cs.callee(), f);
                    if (root == null || Classifier.kindOfPackage(root) != kind) continue;
                    if (known.contains(cs.location().path() + ":" + cs.location().line())) continue;
                    out.add(cs.location().withMessage(root + " called here; the model could not follow where it is mounted"));
                }
            }
        }
        return out;
    }

    private static final Pattern LIMITER_NAME = Pattern.compile("(?i)limit|throttl|slowdown|slow_down|brute");
    private static final Pattern HEADERS_NAME = Pattern.compile("(?i)helmet|secur\\w*header|header\\w*secur|csp");

    /** Middleware (mounted or on routes) the model does not classify, whose name matches. */
    private List<Location> unclassifiedNamed(Pattern name) {
        Map<String, Location> out = new TreeMap<>();
        for (Application a : apps()) {
            for (Application.Mount m : a.mounts()) {
                Control ct = m.control();
                if (ct.kind() == ControlKind.OTHER && ct.name() != null && name.matcher(ct.name()).find()) out.putIfAbsent(ct.name(), ct.location().withMessage(ct.name()));
            }
            for (Route r : a.routes()) {
                for (Control ct : r.chain()) {
                    if (ct.kind() == ControlKind.OTHER && ct.name() != null && name.matcher(ct.name()).find()) out.putIfAbsent(ct.name(), ct.location().withMessage(ct.name()));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** Paths of the endpoints the report being judged names anywhere (headings, tables, prose), normalised. */
    private List<String> listed = List.of();

    private static final Pattern LISTED_ENDPOINT = Pattern.compile("\\b(?:GET|POST|PUT|PATCH|DELETE)\\s+`?(/[\\w\\-/:{}.\\[\\]$]*)");

    /** The text of the report being judged. */
    private String reportText = "";
    /** The path of the report being judged. */
    private String reportPath = "";

    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s");

    /**
     * The endpoints listed in the section a claim sits in: from the nearest heading above it to the next heading of the
     * same or a higher level (its subsections included); empty when the claim is under no heading or the section lists none.
     */
    private List<String> sectionEndpoints(Claim c) {
        if (reportText == null || reportText.isEmpty() || c.location() == null) return List.of();
        String[] lines = reportText.split("\n", -1);
        int at = c.location().line() - 1;
        if (at < 0 || at >= lines.length) return List.of();
        int[] level = new int[lines.length];
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            String t = lines[i].trim();
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = !fence;
                continue;
            }
            Matcher h = MD_HEADING.matcher(lines[i]);
            if (!fence && h.find()) level[i] = h.group(1).length();
        }
        int start = -1;
        for (int i = at; i >= 0; i--) {
            if (level[i] > 0) {
                start = i;
                break;
            }
        }
        if (start < 0) return List.of();
        int end = lines.length;
        for (int i = start + 1; i < lines.length; i++) {
            if (level[i] > 0 && level[i] <= level[start]) {
                end = i;
                break;
            }
        }
        return listedEndpoints(String.join("\n", Arrays.asList(lines).subList(start + 1, end)));
    }

    private static List<String> listedEndpoints(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = LISTED_ENDPOINT.matcher(text);
        while (m.find()) out.add(normPath(m.group(1)));
        return List.copyOf(out);
    }

    /** Route-level middleware the model does not classify, by name. */
    private List<Location> unclassifiedRouteControls() {
        Map<String, Location> out = new TreeMap<>();
        for (Application a : apps()) {
            for (Route r : a.routes()) {
                for (Control ct : r.chain()) {
                    if (ct.kind() == ControlKind.OTHER && !"global".equals(ct.scope())) out.putIfAbsent(ct.name(), ct.location().withMessage(ct.name()));
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** True when every middleware of the apps in scope is classified (none could be an authentication the model does not know). */
    private boolean noUnclassifiedControls() {
        for (Application a : apps()) {
            for (Application.Mount m : a.mounts()) if (m.control().kind() == ControlKind.OTHER) return false;
            for (Route r : a.routes()) for (Control ct : r.chain()) if (ct.kind() == ControlKind.OTHER) return false;
        }
        return true;
    }

    /**
     * The frontend package a report sits in (nearest package.json up from it depends on a UI framework
     * and on no backend framework), or null.
     */
    /**
     * The package of Solidity contracts the report sits in (its nearest package.json runs Foundry's forge or Hardhat, or
     * depends on Hardhat), or null: its security features are the contracts', not the backend's.
     */
    private String contractsPackage(String reportPath) {
        String best = null;
        for (Map.Entry<String, String> t : project.texts().entrySet()) {
            String m = t.getKey();
            if (!m.equals("package.json") && !m.endsWith("/package.json")) continue;
            String dir = m.substring(0, m.length() - "package.json".length());
            if (!reportPath.startsWith(dir) || best != null && best.length() >= m.length()) continue;
            best = m;
        }
        if (best == null) return null;
        // a workspace root whose scripts also build the contracts (cd packages/contracts && forge build) holds the backend too
        String dir = best.substring(0, best.length() - "package.json".length());
        if (project.applications().stream().anyMatch(a -> a.location() != null && a.location().path().startsWith(dir))) return null;
        String text = project.texts().get(best);
        for (String cmd : dev.backcheck.workspace.PackageJson.scripts(text).values()) {
            if (cmd.matches("(?s)(.*[\\s;&|])?(forge|hardhat)\\s.*")) return best;
        }
        return text.matches("(?s).*\"(hardhat|@nomicfoundation/hardhat-[\\w-]+)\"\\s*:.*") ? best : null;
    }

    private String frontendPackage(String reportPath) {
        PackageJson best = null;
        for (PackageJson m : dev.backcheck.workspace.PackageJson.of(project.manifests())) {
            int slash = m.path().lastIndexOf('/');
            String dir = slash < 0 ? "" : m.path().substring(0, slash + 1);
            if (!reportPath.startsWith(dir)) continue;
            if (best == null || m.path().length() > best.path().length()) best = m;
        }
        if (best == null) return null;
        boolean ui = false, server = false, ssr = false;
        for (String d : best.dependencies().keySet()) {
            if (UI_PACKAGES.contains(d)) ui = true;
            if (SERVER_PACKAGES.contains(d)) server = true;
            if (SSR_ENGINES.contains(d)) ssr = true;
        }
        // Angular's server-side rendering (@angular/ssr, @nguniversal/express-engine) hosts the client in an Express
        // app of its own: the package is still the client, its reports are about the client
        return ui && (!server || ssr) ? best.path() : null;
    }

    private static final Set<String> SSR_ENGINES = Set.of("@angular/ssr", "@nguniversal/express-engine");
    private static final Set<String> UI_PACKAGES = Set.of("react", "react-dom", "vue", "next", "nuxt", "svelte", "@sveltejs/kit",
            "@angular/core", "solid-js", "preact", "react-native", "expo");
    private static final Set<String> SERVER_PACKAGES = Set.of("express", "fastify", "@nestjs/core", "hono", "koa", "@hapi/hapi",
            "restify", "@trpc/server", "@apollo/server", "apollo-server", "apollo-server-express");

    /**
     * A report speaks for the application next to it: in a tree with several apps (a monorepo),
     * the apps under the nearest folder above the report that holds any (backend/docs/X.md speaks for
     * backend/); at the root, or when no folder above it holds one, all of them.
     */
    private String scope = "";

    private String scopeOf(String reportPath) {
        // backend/docs/AUTH.md speaks for the app under backend/: the nearest folder above the report that holds one
        String dir = reportPath;
        for (int slash = dir.lastIndexOf('/'); slash > 0; slash = dir.lastIndexOf('/', slash - 1)) {
            String d = dir.substring(0, slash + 1);
            if (project.applications().stream().anyMatch(a -> a.location().path().startsWith(d))) return d;
        }
        return "";
    }

    /**
     * The items in the app the report speaks for (a report under financial-rise-app/backend/ is about that backend, not a
     * legacy/ one beside it); all of them when the report is at the root or none is in its app.
     */
    private <T> List<T> inScope(List<T> items, java.util.function.Function<T, Location> at) {
        if (scope.isEmpty()) return items;
        List<T> in = items.stream().filter(i -> at.apply(i) != null && at.apply(i).path().startsWith(scope)).toList();
        return in.isEmpty() ? items : in;
    }

    private List<Application> apps() {
        if (scope.isEmpty()) return project.applications();
        return project.applications().stream().filter(a -> a.location().path().startsWith(scope)).toList();
    }

    /** The level a contradiction gets: error only when it is certain and about a security key. */
    /** An endpoint the report lists that no route in the code serves (documentation drift, grouped per document). */
    public static boolean missingEndpoint(Verdict v) {
        return v.status() == Status.CONTRADICTED && v.claim().isEndpoint() && v.key().equals("api-design");
    }

    public static Level contradictionLevel(Verdict v) {
        return v.certain() && SECURITY_KEYS.contains(v.key()) ? Level.ERROR : Level.WARNING;
    }

    // ------------------------------------------------------------------ operability (concepts: HealthChecks, Telemetry,
    // Loggers, EnvValidation, ApiVersioning)

    private static final Pattern HEALTH_WORDS = Pattern.compile("health|readiness|liveness|saúde|salud|헬스|상태|sağlık|zustand");
    private static final Pattern METRIC_WORDS = Pattern.compile("metric|prometheus|métrica|metrik|메트릭");

    /** A command line named in a claim: {@code `pnpm abuse:report`}, {@code `npm run stats`}. */
    private static final Pattern CLI_COMMAND = Pattern.compile("`(?:pnpm|npm|yarn|npx|bunx?|node|deno|make|tsx|ts-node)\\s[^`]+`|\\b(?:cli|command[- ]line)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that make "metrics" the application's own operational metrics (exported, scraped, instrumented). */
    private static final Pattern OBSERVABILITY_METRICS = Pattern.compile("(?iu)prometheus|prom-client|/metrics|metrics (endpoint|route|server|export)"
            + "|opentelemetry|\\botel\\b|statsd|datadog|micrometer|actuator|telemetry|observabilit|monitor|instrument|histogram|gauge|counters?\\b"
            + "|latency|response times?|request (metrics|counts?|durations?|rates?)|http metrics|error rates?|system metrics|runtime metrics"
            + "|process metrics|application metrics|apm\\b|grafana|new relic|cloudwatch|performance monitoring|throughput"
            + "|monitora|monitore|überwach|모니터링|izleme|gözlem");
    private static final Pattern TRACE_WORDS = Pattern.compile("tracing|opentelemetry|otel|trace|rastreamento|rastreo|트레이싱");
    private static final Pattern ENV_WORDS = Pattern.compile("env|environment|config|variáve|variable|umgebung|환경|ortam");
    private static final Pattern VALIDATE_WORDS = Pattern.compile("valid|schema|zod|joi|envalid|typed|fail fast|checked|startup");
    private static final Pattern VERSION_WORDS = Pattern.compile("\\bversion|/v1|v1/|\\bversão|\\bversión|버전|sürüm");
    private static final Pattern STRUCTURED_WORDS = Pattern.compile("structured|pino|winston|bunyan|json log|logger|estruturad|estructurad|strukturiert|구조화|yapılandırılmış");
    private static final Pattern OPENAPI_WORDS = Pattern.compile("openapi|swagger|api doc|api-doc|documentação da api|documentación de la api|api-dokumentation|redoc|scalar");
    /** Words that name a tracing SDK or its spans, not only an id passed along: OpenTelemetry, spans, Jaeger, an APM agent. */
    private static final Pattern TRACING_SDK_WORDS = Pattern.compile("opentelemetry|otel|\\bspans?\\b|jaeger|zipkin|\\bapm\\b|datadog|x-ray|xray|distributed tracing");

    /** A request-id claim: a request logger that assigns ids, or a request-id middleware or header. */
    private Verdict requestIds(Claim c, String key) {
        dev.backcheck.concepts.Loggers lg = dev.backcheck.concepts.Loggers.of(project);
        List<Location> ids = new ArrayList<>(lg.requestIds());
        for (dev.backcheck.concepts.Loggers.Logger l : lg.loggers()) if (l.requestLogger() && l.requestId()) ids.add(l.location().withMessage(l.library()));
        if (!ids.isEmpty()) return new Verdict(c, key, Status.VERIFIED, "request ids: " + (ids.get(0).message() == null ? "request-id header or middleware" : ids.get(0).message()),
                ids.stream().limit(3).toList());
        return new Verdict(c, key, Status.CONTRADICTED, "no request logger assigns ids and no request-id middleware or header is used",
                appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
    }

    /** The time requests take, as a claim's subject: response time tracking, request duration, latency. */
    private static final Pattern RESPONSE_TIME_WORDS = Pattern.compile("response[- ]times?|request (durations?|times?)|\\blatency\\b|tempo de resposta|tiempo de respuesta|antwortzeit");
    /** A project middleware named as a request logger: requestLogger, httpLogger, logRequests. */
    private static final Pattern REQUEST_LOGGER_NAME = Pattern.compile("(?i)(request|http|access)_?logg(er|ing)|log_?requests?");
    /** Words that name an exported metric: a metrics library, a scrape route or a metrics backend. */
    private static final Pattern EXPORTED_METRIC_WORDS = Pattern.compile("prometheus|prom-client|/metrics|opentelemetry|\\botel\\b|statsd|datadog|micrometer"
            + "|actuator|grafana|new relic|cloudwatch|histogram|gauge|metrics (endpoint|route|server|export)|apm\\b");
    /** A route serving figures the app computes about itself: /metrics of a module, /statistics/performance, /stats, /usage. */
    private static final Pattern OWN_FIGURES_ROUTE = Pattern.compile("(?i)/(metrics|statistics|stats|performance|usage)(/|$)");
    private static final Pattern REQUEST_ID_WORDS = Pattern.compile("request id|request-id|correlation|trace id|requestid|\\bunique ids?\\b");

    /**
     * Claims about health checks, metrics, tracing, structured logging, request ids, environment validation and API
     * versioning, answered from the concepts the operability rules use; null when the claim is about none of them.
     */
    /** A claim of OpenAPI/Swagger documentation, answered from the OpenApiSpecs concept the api/openapi-* rules use. */
    /** A documentation claim about coverage: "all endpoints documented", "complete OpenAPI spec", "every route". */
    private static final Pattern DOC_COVERAGE = Pattern.compile("(?iu)\\b(all|every|each|complete|completely|full|fully|comprehensive|entire|whole"
            + "|100 ?%|up[- ]to[- ]date|in sync|matches|todos?|todas?|completa?|alle|vollständig|tüm|모든)\\b");

    private Verdict openApi(Claim c, String key) {
        dev.backcheck.concepts.OpenApiSpecs specs = dev.backcheck.concepts.OpenApiSpecs.of(project);
        if (!specs.documented()) {
            return new Verdict(c, key, Status.CONTRADICTED, "no OpenAPI/Swagger document is in the tree and no library generates or serves one",
                    appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
        }
        // "Swagger UI available at /api-docs", "Import openapi.yaml into Postman": that a document is served, not that
        // it covers every route; drift between them is api/openapi-drift's finding unless the claim speaks of coverage
        boolean coverage = DOC_COVERAGE.matcher(Vocabulary.norm(c.text())).find();
        for (dev.backcheck.concepts.OpenApiSpecs.Drift d : coverage ? specs.drift() : List.<dev.backcheck.concepts.OpenApiSpecs.Drift>of()) {
            if (!dev.backcheck.concepts.OpenApiSpecs.related(d) || d.undocumented().isEmpty() && d.unserved().isEmpty()) continue;
            List<Location> ev = new ArrayList<>();
            ev.add(d.spec().location().withMessage(d.spec().file()));
            d.undocumented().stream().limit(2).forEach(r -> ev.add(r.location().withMessage(r.label() + " not documented")));
            d.unserved().stream().limit(2).forEach(o -> ev.add(o.location().withMessage(o.method() + " " + o.path() + " documented, not served")));
            return new Verdict(c, key, Status.PARTIAL, "the OpenAPI document and the routes disagree (" + d.undocumented().size()
                    + " routes undocumented, " + d.unserved().size() + " operations not served)", ev);
        }
        List<Location> ev = specs.evidence();
        return new Verdict(c, key, Status.VERIFIED, "OpenAPI documentation: " + ev.get(0).message(), ev.stream().limit(3).toList());
    }

    private Verdict operability(Claim c, String key) {
        String low = Vocabulary.norm(c.text());
        Project p = project;
        if (apps().isEmpty()) return null;
        switch (key) {
            case "observability" -> {
                if (HEALTH_WORDS.matcher(low).find()) {
                    dev.backcheck.concepts.HealthChecks hc = dev.backcheck.concepts.HealthChecks.of(p);
                    List<Location> ev = new ArrayList<>();
                    boolean deep = false;
                    for (dev.backcheck.concepts.HealthChecks.Health h : hc.routes()) {
                        if (!apps().contains(h.app())) continue;
                        ev.add(h.route().location().withMessage("health endpoint " + h.route().label()));
                        deep |= !h.dependencyChecks().isEmpty();
                    }
                    for (dev.backcheck.concepts.HealthChecks.Library l : hc.libraries()) ev.add(l.location().withMessage(l.name()));
                    if (ev.isEmpty()) {
                        return new Verdict(c, key, Status.CONTRADICTED, "no health endpoint exists among the routes and no health-check library is used",
                                appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
                    }
                    boolean claimsDeps = Pattern.compile("database|db|dependenc|redis|readiness|banco|datenbank").matcher(low).find();
                    if (claimsDeps && !deep && hc.libraries().isEmpty() && hc.datastore().isPresent()) {
                        return new Verdict(c, key, Status.PARTIAL, "a health endpoint exists but checks no dependency", ev);
                    }
                    return new Verdict(c, key, Status.VERIFIED, "health endpoint " + ev.get(0).message().replace("health endpoint ", ""), ev);
                }
                boolean metrics = METRIC_WORDS.matcher(low).find(), tracing = TRACE_WORDS.matcher(low).find();
                Matcher cli = CLI_COMMAND.matcher(c.text());
                if (metrics && cli.find()) {
                    // "`pnpm abuse:report` is the source of rate-limit metrics": a command prints them, no metrics library is claimed
                    return new Verdict(c, key, Status.UNVERIFIED, "the metrics come from a command (" + cli.group().strip()
                            + "), not from a metrics library or route", List.of());
                }
                if (metrics && !tracing && !OBSERVABILITY_METRICS.matcher(low).find()) {
                    // "revenue metrics", "key performance metrics" of a dashboard, an "engagement metrics" table: figures the app
                    // computes for its users, not the metrics it exports about itself
                    return new Verdict(c, key, Status.UNVERIFIED, "metrics the application computes as data (business figures), not"
                            + " metrics it exports about its own operation", List.of());
                }
                if (metrics && !tracing && RESPONSE_TIME_WORDS.matcher(low).find() && !EXPORTED_METRIC_WORDS.matcher(low).find()) {
                    // "Performance Metrics: Response time tracking": the time each request takes, which a request logger
                    // records per line; no exported metric (a /metrics route, a metrics library) is claimed
                    for (dev.backcheck.concepts.Loggers.Logger l : dev.backcheck.concepts.Loggers.of(p).loggers()) {
                        if (!l.requestLogger() || !inScope(l.location())) continue;
                        return new Verdict(c, key, Status.UNVERIFIED, "response times are a request logger's to record (" + l.library()
                                + "); the claim names no exported metric", List.of(l.location()));
                    }
                    // the project's own request-logging middleware mounted on the app (app.use(requestLogger))
                    for (Application a : apps()) {
                        for (Application.Mount m : a.mounts()) {
                            if (m.control().kind() != ControlKind.OTHER || m.control().name() == null
                                    || !REQUEST_LOGGER_NAME.matcher(m.control().name()).find()) continue;
                            return new Verdict(c, key, Status.UNVERIFIED, "response times are a request logger's to record (" + m.control().name()
                                    + " is mounted on the app); the claim names no exported metric", List.of(m.control().location()));
                        }
                    }
                }
                // "Unique request ID (x-request-id header for tracing)": a request id claimed, no tracing SDK
                if (tracing && !metrics && REQUEST_ID_WORDS.matcher(low).find() && !TRACING_SDK_WORDS.matcher(low).find()) return requestIds(c, key);
                if (metrics && !tracing && !EXPORTED_METRIC_WORDS.matcher(low).find()) {
                    // "Performance metrics - latency, success rate, uptime" with GET /ai-providers/statistics/performance: figures
                    // the app computes and serves on a route of its own; no metrics library or scrape endpoint is claimed
                    if (dev.backcheck.concepts.Telemetry.of(p).uses(dev.backcheck.concepts.Telemetry.Kind.METRICS).isEmpty()) {
                        for (Application a : apps()) for (Route r : a.routes()) {
                            if (!r.method().equals("GET") || !OWN_FIGURES_ROUTE.matcher(r.path()).find() || !inScope(r.location())) continue;
                            return new Verdict(c, key, Status.UNVERIFIED, "the app serves figures of its own at " + r.label()
                                    + "; the claim names no metrics library or scrape endpoint", List.of(r.location()));
                        }
                    }
                }
                if (metrics || tracing) {
                    dev.backcheck.concepts.Telemetry t = dev.backcheck.concepts.Telemetry.of(p);
                    dev.backcheck.concepts.Telemetry.Kind k = metrics ? dev.backcheck.concepts.Telemetry.Kind.METRICS : dev.backcheck.concepts.Telemetry.Kind.TRACING;
                    List<dev.backcheck.concepts.Telemetry.Use> uses = t.uses(k);
                    if (!uses.isEmpty()) {
                        return new Verdict(c, key, Status.VERIFIED, (metrics ? "metrics" : "tracing") + " with " + uses.get(0).library() + " (" + uses.get(0).how() + ")",
                                uses.stream().limit(3).map(u -> u.location().withMessage(u.library())).toList());
                    }
                    return new Verdict(c, key, Status.CONTRADICTED, "no " + (metrics ? "metrics library or /metrics route" : "tracing setup (OpenTelemetry SDK, APM agent)")
                            + " is loaded by the code or its start scripts", appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
                }
                return null;
            }
            case "logging" -> {
                dev.backcheck.concepts.Loggers lg = dev.backcheck.concepts.Loggers.of(p);
                if (REQUEST_ID_WORDS.matcher(low).find()) return requestIds(c, key);
                // "Swallow KV failures through an optional `logger`": a parameter named in code, no claim about the log format
                if (STRUCTURED_WORDS.matcher(low.replaceAll("`[\\w.?]*logger[\\w.?]*`", " ")).results().findAny().isEmpty()) return null;
                if (STRUCTURED_WORDS.matcher(low).find()) {
                    // a project's own JSON logger counts where the claim is read (its package), as the JSON console lines below do
                    Location at = null;
                    for (dev.backcheck.concepts.Loggers.Logger l : lg.loggers()) {
                        if (l.structured() && (!l.library().equals(dev.backcheck.concepts.Loggers.PROJECT_JSON) || inScope(l.location()))) {
                            at = l.location();
                            break;
                        }
                    }
                    if (at == null) for (dev.backcheck.concepts.Loggers.LogCall x : lg.calls()) if (!x.library().equals("console")) {
                        at = x.location();
                        break;
                    }
                    long console = lg.calls().stream().filter(x -> x.library().equals("console") && !p.isTestPath(x.file().path())).count();
                    List<Location> json = lg.calls().stream().filter(x -> x.library().equals("console") && !p.isTestPath(x.file().path())
                            && x.call().args().stream().anyMatch(dev.backcheck.concepts.Loggers::jsonStringify)).map(dev.backcheck.concepts.Loggers.LogCall::location)
                            .filter(this::inScope).toList();
                    if (at == null && !json.isEmpty()) {
                        // console.log(JSON.stringify({ level, msg, ... })): one JSON object per line, written by hand
                        return new Verdict(c, key, Status.VERIFIED, "structured JSON lines written with console (" + json.size() + " call"
                                + (json.size() == 1 ? "" : "s") + " of JSON.stringify)", json.stream().limit(3).toList());
                    }
                    if (at == null) {
                        return new Verdict(c, key, Status.CONTRADICTED, "no structured logger is created or used"
                                + (console > 0 ? "; the code logs with console (" + console + " calls)" : ""), appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
                    }
                    return new Verdict(c, key, Status.VERIFIED, "structured logger at " + at.path() + ":" + at.line(), List.of(at));
                }
                return null;
            }
            case "config-secrets" -> {
                if (!ENV_WORDS.matcher(low).find() || !VALIDATE_WORDS.matcher(low).find()) return null;
                dev.backcheck.concepts.EnvValidation ev = dev.backcheck.concepts.EnvValidation.of(p);
                if (!ev.schemas().isEmpty()) {
                    dev.backcheck.concepts.EnvValidation.Schema s0 = ev.schemas().get(0);
                    return new Verdict(c, key, Status.VERIFIED, "environment validated at startup (" + s0.how() + ")",
                            ev.schemas().stream().limit(3).map(s -> s.location().withMessage(s.library())).toList());
                }
                if (ev.configVariables().isEmpty()) return null;
                // if (!process.env[name]) { console.error(..); process.exit(1) } over the required names: validation by hand
                SortedSet<String> byHand = new TreeSet<>(ev.failFastNames());
                byHand.retainAll(ev.configVariables().keySet());
                if (!byHand.isEmpty() && byHand.size() * 2 >= ev.configVariables().size()) {
                    return new Verdict(c, key, Status.VERIFIED, "the app stops at startup when a required variable is missing ("
                            + String.join(", ", byHand.stream().limit(5).toList()) + (byHand.size() > 5 ? ", ..." : "") + "; checked by hand, "
                            + byHand.size() + " of " + ev.configVariables().size() + " variables read)",
                            byHand.stream().limit(3).map(n -> ev.configVariables().get(n).get(0).location().withMessage(n + " read here")).toList());
                }
                List<Location> rel = new ArrayList<>();
                ev.configVariables().values().stream().limit(3).forEach(rs -> rel.add(rs.get(0).location().withMessage(rs.get(0).name() + " read here")));
                return new Verdict(c, key, Status.CONTRADICTED, "no schema validates the environment at startup; " + ev.configVariables().size()
                        + " variables are read directly", rel).sure(true);
            }
            case "api-design" -> {
                if (OPENAPI_WORDS.matcher(low).find()) return openApi(c, key);
                if (!VERSION_WORDS.matcher(low).find()) return null;
                dev.backcheck.concepts.ApiVersioning av = dev.backcheck.concepts.ApiVersioning.of(p);
                List<Location> ev = new ArrayList<>(av.mechanisms());
                for (dev.backcheck.concepts.ApiVersioning.AppVersions v : av.apps()) {
                    if (!apps().contains(v.app())) continue;
                    v.versioned().stream().limit(3).forEach(r -> ev.add(r.location().withMessage(r.label())));
                }
                if (!ev.isEmpty()) return new Verdict(c, key, Status.VERIFIED, "versioned routes or framework versioning", ev.stream().limit(3).toList());
                if (!av.unresolvedPrefixes().isEmpty()) return new Verdict(c, key, Status.UNVERIFIED, "a route prefix the model could not resolve may carry the version", av.unresolvedPrefixes());
                return new Verdict(c, key, Status.CONTRADICTED, "no route path carries a version and no versioning is enabled",
                        appSite().map(List::of).orElse(List.of())).sure(fullyModelled());
            }
            default -> {
                return null;
            }
        }
    }
}
