package dev.backcheck.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.*;
import java.util.regex.Pattern;

/** The multilingual claims vocabulary (src/main/resources/claims/vocabulary.yaml). */
public final class Vocabulary {
    private static Vocabulary instance;
    private static final Pattern INPUT_WORDS = Pattern.compile(
            "input|request|body|query|payload|entrada|requisi|petici|solicitud|eingabe|anfrage|입력|요청|girdi|giriş|istek");

    final List<String> reportHeadings, absenceHeadings, absenceMarkers, figures, allWords, negativeAuth;
    final Map<String, List<Pattern>> keyTerms = new LinkedHashMap<>();
    final Map<String, List<String>> keyLibraries = new LinkedHashMap<>();
    final Map<String, List<String>> endpointColumns = new LinkedHashMap<>();

    private Vocabulary(JsonNode root) {
        reportHeadings = list(root.path("report-headings"));
        absenceHeadings = list(root.path("absence-headings"));
        absenceMarkers = list(root.path("absence-markers"));
        figures = list(root.path("figures"));
        allWords = list(root.path("all-words"));
        negativeAuth = list(root.path("negative-auth"));
        root.path("keys").fields().forEachRemaining(e -> {
            List<Pattern> ps = new ArrayList<>();
            for (String t : list(e.getValue().path("terms"))) ps.add(phrase(t));
            keyTerms.put(e.getKey(), ps);
            keyLibraries.put(e.getKey(), list(e.getValue().path("libraries")));
        });
        root.path("endpoint-columns").fields().forEachRemaining(e -> endpointColumns.put(e.getKey(), list(e.getValue())));
    }

    public static synchronized Vocabulary get() {
        if (instance == null) {
            try (InputStream in = Vocabulary.class.getResourceAsStream("/claims/vocabulary.yaml")) {
                instance = new Vocabulary(new ObjectMapper(new YAMLFactory()).readTree(in));
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("claims vocabulary unreadable: " + e.getMessage(), e);
            }
        }
        return instance;
    }

    private static List<String> list(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(norm(x.asText())));
        return out;
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A phrase matched as whole words where the script has word boundaries (Latin), as a substring otherwise. */
    static Pattern phrase(String t) {
        String q = Pattern.quote(norm(t));
        boolean latin = t.chars().anyMatch(c -> c < 0x3000 && Character.isLetterOrDigit(c));
        boolean startsWord = Character.isLetterOrDigit(t.charAt(0));
        boolean endsWord = Character.isLetterOrDigit(t.charAt(t.length() - 1));
        if (!latin) return Pattern.compile(q);
        return Pattern.compile((startsWord ? "(?<![\\p{L}\\p{N}])" : "") + q + (endsWord ? "(?![\\p{L}\\p{N}])" : ""));
    }

    static boolean containsPhrase(String text, List<String> phrases) {
        String n = norm(text);
        for (String p : phrases) if (phrase(p).matcher(n).find()) return true;
        return false;
    }

    /** Checklist keys a claim text mentions, through terms or libraries, in vocabulary order. */
    Set<String> keys(String text) {
        String n = norm(text);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, List<Pattern>> e : keyTerms.entrySet()) {
            for (Pattern p : e.getValue()) if (p.matcher(n).find()) {
                out.add(e.getKey());
                break;
            }
        }
        for (Map.Entry<String, List<String>> e : keyLibraries.entrySet()) {
            for (String lib : e.getValue()) if (phrase(lib).matcher(n).find()) out.add(e.getKey());
        }
        // "environment variables validated with zod" is about configuration, not request input
        if (out.contains("config-secrets") && out.contains("input-validation") && !INPUT_WORDS.matcher(n).find()) {
            out.remove("input-validation");
        }
        return out;
    }

    /** Libraries (of any key) named in the text: whole package names, so "helmet" does not match "@fastify/helmet". */
    List<String> libraries(String text) {
        String n = norm(text);
        List<String> out = new ArrayList<>();
        for (List<String> libs : keyLibraries.values()) {
            for (String lib : libs) {
                Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}@/._-])" + Pattern.quote(norm(lib)) + "(?![\\p{L}\\p{N}/_-])");
                if (p.matcher(n).find() && !out.contains(lib)) out.add(lib);
            }
        }
        return out;
    }
}
