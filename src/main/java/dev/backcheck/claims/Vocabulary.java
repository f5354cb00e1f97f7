package dev.backcheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backcheck.config.CompiledYaml;

import java.io.IOException;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.Pattern;

/** The multilingual claims vocabulary (src/main/resources/claims/vocabulary.yaml). */
public final class Vocabulary {
    private static Vocabulary instance;
    private static final Pattern INPUT_WORDS = Pattern.compile(
            "input|request|body|query|payload|entrada|requisi|petici|solicitud|eingabe|anfrage|입력|요청|girdi|giriş|istek");

    final List<String> reportHeadings, absenceHeadings, adviceHeadings, absenceMarkers, figures, allWords, cellYes, cellNo, frontendTerms;
    /** Infrastructure outside the code, by the name a claim gives it (value: the name shown). */
    final Map<String, String> infrastructureTerms = new LinkedHashMap<>();
    final Map<String, List<String>> keyTerms = new LinkedHashMap<>();
    final Map<String, List<String>> keyLibraries = new LinkedHashMap<>();
    final Map<String, List<String>> endpointColumns = new LinkedHashMap<>();
    /** Libraries another library loads itself ({@code dotenv} by {@code @nestjs/config}): inner name to the outer ones. */
    final Map<String, List<String>> loadedBy = new LinkedHashMap<>();

    private Vocabulary(JsonNode root) {
        reportHeadings = list(root.path("report-headings"));
        absenceHeadings = list(root.path("absence-headings"));
        adviceHeadings = list(root.path("advice-headings"));
        absenceMarkers = list(root.path("absence-markers"));
        figures = list(root.path("figures"));
        allWords = list(root.path("all-words"));
        cellYes = list(root.path("cell-yes"));
        cellNo = list(root.path("cell-no"));
        frontendTerms = list(root.path("frontend"));
        root.path("infrastructure").fields().forEachRemaining(e -> {
            for (String t : list(e.getValue())) infrastructureTerms.put(t, e.getKey());
        });
        root.path("keys").fields().forEachRemaining(e -> {
            List<String> ts = new ArrayList<>();
            for (String t : list(e.getValue().path("terms"))) {
                phrase(t); // a term the vocabulary cannot compile fails here, when the vocabulary is read, as before
                ts.add(t);
            }
            keyTerms.put(e.getKey(), ts);
            keyLibraries.put(e.getKey(), list(e.getValue().path("libraries")));
        });
        root.path("endpoint-columns").fields().forEachRemaining(e -> endpointColumns.put(e.getKey(), list(e.getValue())));
        root.path("loaded-by").fields().forEachRemaining(e -> loadedBy.put(e.getKey(), list(e.getValue())));
    }

    public static synchronized Vocabulary get() {
        if (instance == null) {
            try {
                JsonNode tree = CompiledYaml.tree("/claims/vocabulary.yaml");
                if (tree == null) throw new IllegalStateException("claims vocabulary unreadable: no /claims/vocabulary.yaml");
                instance = new Vocabulary(tree);
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("claims vocabulary unreadable: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> {
            // YAML 1.1 reads an unquoted no/yes/off/on as a boolean: the vocabulary must quote them
            if (x.isBoolean()) throw new IllegalStateException("claims vocabulary: quote the word read as boolean " + x.asText());
            out.add(norm(x.asText()));
        });
        return out;
    }

    /**
     * What a table cell says about a control (auth, rate limit, validation, status): a negative word
     * first (No, Public, None, -, ❌, false) or an empty cell claims nothing; a positive word (JWT, Yes,
     * Bearer, Admin, ✅, Required) or a figure (5/min) claims it; anything else is unclear.
     */
    Claim.Value cellValue(String cell) {
        if (cell == null) return Claim.Value.UNKNOWN;
        String n = norm(cell).replaceAll("[*_`]", "").strip();
        int colon = n.lastIndexOf(':');
        if (colon >= 0 && colon < n.length() - 1) n = n.substring(colon + 1).strip(); // "Auth: No"
        if (n.isEmpty()) return Claim.Value.NO;
        for (String no : cellNo) if (startsWithWord(n, no)) return Claim.Value.NO;
        for (String yes : cellYes) {
            if (startsWithWord(n, yes)) return Claim.Value.YES;
        }
        for (String yes : cellYes) if (found(yes, n)) return Claim.Value.YES;
        if (n.matches("(?s).*\\d.*")) return Claim.Value.YES;
        return Claim.Value.UNKNOWN;
    }

    private static boolean startsWithWord(String n, String w) {
        if (!n.startsWith(w)) return false;
        if (n.length() == w.length()) return true;
        char next = n.charAt(w.length());
        return !Character.isLetterOrDigit(next) || !Character.isLetterOrDigit(w.charAt(w.length() - 1));
    }

    /** True when the text is about the frontend (form validation, components, client-side). */
    boolean frontend(String text) {
        return containsPhrase(text, frontendTerms);
    }

    /** The infrastructure outside the code the text names (database triggers, an API gateway, nginx ...), or null. */
    String infrastructure(String text) {
        String n = norm(text);
        for (Map.Entry<String, String> e : infrastructureTerms.entrySet()) if (found(e.getKey(), n)) return e.getValue();
        return null;
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A phrase matched as whole words where the script has word boundaries (Latin), as a substring otherwise. */
    static Pattern phrase(String t) {
        // compiled once per term: the judge matches every vocabulary term against each line of every report, and
        // compiling them per match was an eighth of a real app's scan (s19 nexa: 84 Markdown files)
        Pattern p = PHRASES.get(t);
        if (p == null) {
            p = compilePhrase(t);
            Pattern raced = PHRASES.putIfAbsent(t, p);
            if (raced != null) p = raced;
        }
        return p;
    }

    /**
     * True when the phrase {@code t} is in the normalised text {@code n}, as {@code phrase(t).matcher(n).find()}: a match
     * of the phrase's pattern contains its normalised text literally, so texts without it are not searched with the
     * pattern (whose look-behind gives the regex no literal prefix to skip by). Every term is tried on every claim line.
     */
    static boolean found(String t, String n) {
        return n.contains(needle(t)) && phrase(t).matcher(n).find();
    }

    /** {@code norm(t)}, kept per term. */
    private static String needle(String t) {
        String needle = NEEDLES.get(t);
        if (needle == null) {
            needle = norm(t);
            NEEDLES.putIfAbsent(t, needle);
        }
        return needle;
    }

    /** The vocabulary's terms (and absence markers) only: bounded sets. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NEEDLES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> PHRASES = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern compilePhrase(String t) {
        String q = Pattern.quote(norm(t));
        boolean latin = t.chars().anyMatch(c -> c < 0x3000 && Character.isLetterOrDigit(c));
        boolean startsWord = Character.isLetterOrDigit(t.charAt(0));
        boolean endsWord = Character.isLetterOrDigit(t.charAt(t.length() - 1));
        if (!latin) return Pattern.compile(q);
        return Pattern.compile((startsWord ? "(?<![\\p{L}\\p{N}])" : "") + q + (endsWord ? "(?![\\p{L}\\p{N}])" : ""));
    }

    static boolean containsPhrase(String text, List<String> phrases) {
        String n = norm(text);
        for (String p : phrases) if (found(p, n)) return true;
        return false;
    }

    /** Checklist keys a claim text mentions, through terms or libraries, in vocabulary order. */
    Set<String> keys(String text) {
        String n = norm(text);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> e : keyTerms.entrySet()) {
            for (String t : e.getValue()) if (found(t, n)) {
                out.add(e.getKey());
                break;
            }
        }
        for (Map.Entry<String, List<String>> e : keyLibraries.entrySet()) {
            for (String lib : e.getValue()) if (found(lib, n)) out.add(e.getKey());
        }
        // "environment variables validated with zod" is about configuration, not request input
        if (out.contains("config-secrets") && out.contains("input-validation") && !INPUT_WORDS.matcher(n).find()) {
            out.remove("input-validation");
        }
        // "whitelist of public endpoints", "IP allowlist": an allow-list of something other than origins is no CORS claim
        if (out.contains("cors") && !CORS_WORDS.matcher(n).find()) out.remove("cors");
        // "rate limiting based on active token count", "max 5 sessions per user": a cap on tokens or sessions, not on requests
        if (out.contains("rate-limiting") && COUNT_CAP.matcher(n).find() && !REQUEST_RATE.matcher(n).find()
                && libraries(text).stream().noneMatch(l -> keyLibraries.getOrDefault("rate-limiting", List.of()).contains(l))) {
            out.remove("rate-limiting");
        }
        // "database validation on each request", "token validation": what is validated is no request input
        if (out.contains("input-validation") && NOT_INPUT_VALIDATION.matcher(n).find() && !INPUT_VALIDATION.matcher(n).find()
                && libraries(text).stream().noneMatch(l -> keyLibraries.getOrDefault("input-validation", List.of()).contains(l))) {
            out.remove("input-validation");
        }
        return out;
    }

    /** Words that make an allow-list one of origins (the CORS key's own words, or what a browser origin is named by). */
    private static final Pattern CORS_WORDS = Pattern.compile(
            "cors|cross-origin|cross origin|origin|domain|frontend|front-end|client app|browser|site|origem|origen|domäne|출처|도메인|kaynak|alan adı");
    /** A limit on how many tokens, sessions or devices a user holds. */
    private static final Pattern COUNT_CAP = Pattern.compile(
            "\\b(active|concurrent|simultaneous|open|outstanding)\\s+(\\w+\\s+)?(tokens?|sessions?|devices?|logins?)\\b"
            + "|\\b(tokens?|sessions?|devices?)\\s+(count|counts|cap|quota|per user|per account)\\b"
            + "|\\bmax(imum)?\\s+(number of\\s+)?(\\w+\\s+)?(tokens?|sessions?|devices?)\\b");
    /** Words of a limit on requests. */
    private static final Pattern REQUEST_RATE = Pattern.compile(
            "requests?|req/|\\bper (second|minute|hour)|/min\\b|/s\\b|\\bper ip\\b|\\bip\\b|brute|login attempts|attempts|api calls|calls per");

    /** Validation named by a subject that is not request input. */
    private static final Pattern NOT_INPUT_VALIDATION = Pattern.compile(
            "\\b(database|db|token|jwt|session|signature|webhook|user|account|license|ownership|environment|env|config|configuration"
            // "All modified files pass ESLint validation": the linter's or the compiler's check of the source, not of requests
            + "|eslint|lint|linter|linting|tsc|typescript|prettier|stylelint)"
            + "[- ](validation|validierung|validação|validación)\\b"
            // "Backend validation - All teacher endpoints check role": an access check called validation
            + "|\\b(check|checks|checking|verify|verifies|enforce|enforces)\\s+(the\\s+)?(user'?s\\s+|caller'?s\\s+)?(roles?|permissions?|ownership)\\b"
            // tenancy checks called validation: "organization access validated against admin's scope", "each row's
            // organizationId is validated", "super admins bypass validation"
            + "|\\b(organi[sz]ations?|organi[sz]ationid|orgs?|orgid|tenants?|tenantid|tenancy)\\b[^.;]{0,30}\\bvalidat"
            // "Data isolation validated across all entities": tenant isolation proven by tests; "Password hashing and
            // validation": the stored hash and the login's comparison, not request input
            + "|\\b(data|tenant|row)[- ]isolation\\b[^.;]{0,30}\\bvalidat|\\bpasswords?\\s+(hashing|hash|storage)\\s+(and|&)\\s+validation\\b"
            + "|\\bvalidat\\w*\\s+(against|for each)\\s+(the\\s+)?(admin|organi|tenant|scope|org\\b)|\\bbypass(es|ing)?\\s+(the\\s+)?validation\\b"
            // constraints of the persistence model ("JPA entities with relationships and validation"), file paths checked
            // against traversal ("all file paths are validated"): not the request input the routes read
            + "|\\b(jpa|entit(y|ies))\\b[^.;]{0,40}\\bvalidation\\b|\\bfile ?paths?\\s+(are\\s+|is\\s+)?validated\\b");
    /** Validation named by request input: input, request, schema, body, payload, query, params, dto. */
    private static final Pattern INPUT_VALIDATION = Pattern.compile(
            "\\b(input|request|schema|body|payload|query|params|parameter|dto|field|form)s?[- ](validation|validierung)\\b|validat\\w*\\s+(of\\s+)?(the\\s+)?(input|request bod|body|payload|param|quer)");

    /** Libraries (of any key) named in the text: whole package names, so "helmet" does not match "@fastify/helmet". */
    List<String> libraries(String text) {
        String n = norm(text);
        List<String> out = new ArrayList<>();
        for (List<String> libs : keyLibraries.values()) {
            for (String lib : libs) {
                // a plain package name's pattern matches its normalised name literally: texts without it are not searched
                if (!FEATURE_NAMED.contains(lib) && !n.contains(needle(lib))) continue;
                Pattern p = LIBRARY_PATTERNS.get(lib);
                if (p == null) {
                    p = libraryPattern(lib);
                    Pattern raced = LIBRARY_PATTERNS.putIfAbsent(lib, p);
                    if (raced != null) p = raced;
                }
                if (p.matcher(n).find() && !out.contains(lib)) out.add(lib);
            }
        }
        return out;
    }

    /** A library's pattern, compiled once per library name (the vocabulary's: a bounded set). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Pattern> LIBRARY_PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Pattern libraryPattern(String lib) {
        String q = Pattern.quote(norm(lib));
        return FEATURE_NAMED.contains(lib)
                ? Pattern.compile("`" + q + "(?:\\(\\))?`|(?<![\\p{L}\\p{N}@/._-])" + q + "(?:\\(\\)|\\s+(?:middleware|package|library|module|plugin)\\b)"
                        // "response compression", "HTTP compression": the feature the package provides, for the answers
                        + (lib.equals("compression") ? "|\\b(?:response|http|api)\\s+compression\\b|\\bcompress(?:es|ed|ing)?\\s+(?:the\\s+|api\\s+|http\\s+|json\\s+)?responses\\b" : "")
                        + "|\\b(?:npm|yarn|pnpm)\\s+(?:i|install|add)\\b[^.\\n]*(?<![\\p{L}\\p{N}@/._-])" + q + "(?![\\p{L}\\p{N}/_-])")
                : Pattern.compile("(?<![\\p{L}\\p{N}@/._-])" + q + "(?![\\p{L}\\p{N}/_-])");
    }

    /**
     * Packages named after the feature they provide: "image compression", "Gzip compression" or "CORS configured" name
     * the feature, not the npm package; the package is named only as code ({@code `compression`}, {@code compression()}),
     * as "the compression middleware/package", or in an install command.
     */
    private static final Set<String> FEATURE_NAMED = Set.of("compression", "cors");
}
