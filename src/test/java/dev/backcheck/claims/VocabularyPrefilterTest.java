package dev.backcheck.claims;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The vocabulary's phrase and library tests skip a text that does not hold the term's normalised text before running
 * the term's pattern, and compile each pattern once. Each answer must be the pattern's own, on texts made of the
 * vocabulary's terms, their neighbours and variants (case, accents, word characters on either side).
 */
class VocabularyPrefilterTest {
    private static List<String> texts(Vocabulary v, long seed, int count) {
        List<String> terms = new ArrayList<>();
        terms.addAll(v.allWords);
        terms.addAll(v.reportHeadings);
        terms.addAll(v.absenceMarkers);
        terms.addAll(v.cellYes);
        terms.addAll(v.infrastructureTerms.keySet());
        v.keyTerms.values().forEach(terms::addAll);
        v.keyLibraries.values().forEach(terms::addAll);
        String[] glue = {" ", "", "-", "_", "@", "/", ".", "`", "()", " middleware", "x", "9", "É", "npm install ", "\n", "response ", "compresses responses"};
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = 1 + r.nextInt(4);
            for (int k = 0; k < parts; k++) {
                sb.append(glue[r.nextInt(glue.length)]);
                String t = terms.get(r.nextInt(terms.size()));
                sb.append(r.nextBoolean() ? t : t.toUpperCase());
                sb.append(glue[r.nextInt(glue.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void foundIsThePatternsFind() {
        Vocabulary v = Vocabulary.get();
        List<String> terms = new ArrayList<>();
        terms.addAll(v.allWords);
        terms.addAll(v.absenceMarkers);
        terms.addAll(v.cellYes);
        terms.addAll(v.infrastructureTerms.keySet());
        v.keyTerms.values().forEach(terms::addAll);
        v.keyLibraries.values().forEach(terms::addAll);
        for (String text : texts(v, 11, 3_000)) {
            String n = Vocabulary.norm(text);
            for (String t : terms) {
                boolean expected = Pattern.compile(Vocabulary.phrase(t).pattern()).matcher(n).find();
                assertEquals(expected, Vocabulary.found(t, n), () -> t + " in " + n);
            }
        }
    }

    /** The library list as it was computed before: each library's pattern compiled and run on every text. */
    private static List<String> librariesBefore(Vocabulary v, String text) {
        String n = Vocabulary.norm(text);
        Set<String> featureNamed = Set.of("compression", "cors");
        List<String> out = new ArrayList<>();
        for (List<String> libs : v.keyLibraries.values()) {
            for (String lib : libs) {
                String q = Pattern.quote(Vocabulary.norm(lib));
                Pattern p = featureNamed.contains(lib)
                        ? Pattern.compile("`" + q + "(?:\\(\\))?`|(?<![\\p{L}\\p{N}@/._-])" + q + "(?:\\(\\)|\\s+(?:middleware|package|library|module|plugin)\\b)"
                                + (lib.equals("compression") ? "|\\b(?:response|http|api)\\s+compression\\b|\\bcompress(?:es|ed|ing)?\\s+(?:the\\s+|api\\s+|http\\s+|json\\s+)?responses\\b" : "")
                                + "|\\b(?:npm|yarn|pnpm)\\s+(?:i|install|add)\\b[^.\\n]*(?<![\\p{L}\\p{N}@/._-])" + q + "(?![\\p{L}\\p{N}/_-])")
                        : Pattern.compile("(?<![\\p{L}\\p{N}@/._-])" + q + "(?![\\p{L}\\p{N}/_-])");
                if (p.matcher(n).find() && !out.contains(lib)) out.add(lib);
            }
        }
        return out;
    }

    @Test
    void librariesAndKeysAreAsBefore() {
        Vocabulary v = Vocabulary.get();
        Set<String> seenLibs = new LinkedHashSet<>();
        for (String text : texts(v, 23, 3_000)) {
            List<String> libs = v.libraries(text);
            assertEquals(librariesBefore(v, text), libs, text);
            seenLibs.addAll(libs);
            // keys: the terms' patterns as they were kept before (one compiled pattern per term)
            String n = Vocabulary.norm(text);
            for (var e : v.keyTerms.entrySet()) {
                boolean before = e.getValue().stream().anyMatch(t -> Vocabulary.phrase(t).matcher(n).find());
                boolean now = e.getValue().stream().anyMatch(t -> Vocabulary.found(t, n));
                assertEquals(before, now, e.getKey() + " / " + text);
            }
        }
        assertEquals(true, seenLibs.size() > 5, "the texts name libraries: " + seenLibs);
    }
}
