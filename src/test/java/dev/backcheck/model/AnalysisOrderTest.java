package dev.backcheck.model;

import dev.backcheck.Fixtures;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.ts.TsParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The answers of {@link Analysis} do not depend on the order they are asked in. The rule threads ask in a racing order,
 * and the memos behind {@link Analysis#summary} and the lookup-key walks ({@link Analysis#keyUse},
 * {@link Analysis#lookupOnlyUse}, {@link Analysis#builtIntoText}) are shared: an answer computed where a chain was cut by
 * the depth bound or a recursion guard, kept and handed to a later ask from elsewhere, made that ask's answer depend on
 * who asked first. The fixture (test-fixtures/determinism/deep-call-chains) has chains deeper than both bounds, entries
 * of those chains called directly from other routes, and two recursions. Every function's answers are asked, on a fresh
 * project each time, in many orders (forward, backward, deepest first, seeded shuffles, the kinds of ask interleaved or
 * one after the other), and compared with the answer of a project that was asked that one question alone.
 */
class AnalysisOrderTest {

    private static final Path TREE = Fixtures.ROOT.resolve("determinism").resolve("deep-call-chains");

    private record Facts(Map<String, FileFacts> files, Map<String, String> texts) { }

    /** One question: a kind of ask about one function (and one of its parameters). */
    private record Ask(String kind, String file, int fnIndex, int param) {
        String label(Facts facts) {
            Fn fn = Analysis.functions(facts.files().get(file)).get(fnIndex);
            return kind + " " + file + ":" + fn.location().line() + ":" + fn.location().column() + " " + fn.name()
                    + (param < 0 ? "" : " param " + param);
        }
    }

    private static Facts facts() throws Exception {
        Map<String, FileFacts> files = new TreeMap<>();
        Map<String, String> texts = new TreeMap<>();
        TsParser parser = new TsParser();
        try (Stream<Path> s = Files.walk(TREE)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".ts")).sorted().toList()) {
                String rel = TREE.relativize(p).toString().replace('\\', '/');
                String code = Files.readString(p);
                files.put(rel, parser.parse(rel, code));
                texts.put(rel, code);
            }
        }
        return new Facts(files, texts);
    }

    private static List<Ask> asks(Facts facts) {
        List<Ask> out = new ArrayList<>();
        for (var e : facts.files().entrySet()) {
            List<Fn> fns = Analysis.functions(e.getValue());
            for (int i = 0; i < fns.size(); i++) {
                Fn fn = fns.get(i);
                out.add(new Ask("summary", e.getKey(), i, -1));
                for (int p = 0; p < fn.params().size(); p++) {
                    out.add(new Ask("keyUse", e.getKey(), i, p));
                    out.add(new Ask("lookupOnly", e.getKey(), i, p));
                    out.add(new Ask("builtIntoText", e.getKey(), i, p));
                }
            }
        }
        return out;
    }

    /** The answer to one ask, as text (records print their components). */
    private static String answer(Analysis a, Facts facts, Ask ask) {
        FileFacts file = facts.files().get(ask.file());
        Fn fn = Analysis.functions(file).get(ask.fnIndex());
        if (ask.kind().equals("summary")) return String.valueOf(a.summary(fn, file));
        int index = ask.param();
        String name = fn.params().get(index).name();
        java.util.function.Predicate<Val> subject = v -> v instanceof Val.Param p && p.index() == index && p.name().equals(name);
        return switch (ask.kind()) {
            case "keyUse" -> String.valueOf(a.keyUse(fn, file, subject));
            case "lookupOnly" -> String.valueOf(a.lookupOnlyUse(fn, file, subject));
            default -> String.valueOf(a.builtIntoText(fn, file, subject));
        };
    }

    private static Map<Ask, String> run(Facts facts, List<Ask> order) {
        Project project = new Project(TREE, facts.files(), List.of(), facts.texts());
        Analysis a = new Analysis(project);
        Map<Ask, String> out = new LinkedHashMap<>();
        for (Ask ask : order) out.put(ask, answer(a, facts, ask));
        return out;
    }

    @Test
    void everyAnswerIsTheAnswerOfAFreshAskWhateverTheOrder() throws Exception {
        Facts facts = facts();
        List<Ask> asks = asks(facts);
        assertTrue(asks.size() > 60, "asks: " + asks.size());
        // each question asked alone, on a project nothing else was asked of
        Map<Ask, String> alone = new HashMap<>();
        for (Ask ask : asks) alone.put(ask, run(facts, List.of(ask)).get(ask));
        if (System.getenv("ORDER_TEST_PRINT") != null) for (Ask ask : asks) System.out.println(ask.label(facts) + " -> " + alone.get(ask));
        // the tree exercises what the memos keep: validation and a token check found through calls, keys followed to a lookup
        assertTrue(alone.values().stream().anyMatch(s -> s.contains("validatedParts=[body]")), "a handler validates its body through calls");
        assertTrue(alone.values().stream().anyMatch(s -> s.contains("verifiesToken=true")), "a middleware verifies a token through calls");
        assertTrue(alone.values().stream().anyMatch(s -> s.contains("keyOnly=true, lookup=query")), "a key reaches a bound query");

        Map<String, List<Ask>> orders = new LinkedHashMap<>();
        orders.put("forward", asks);
        List<Ask> backward = new ArrayList<>(asks);
        Collections.reverse(backward);
        orders.put("backward", backward);
        List<Ask> summariesFirst = new ArrayList<>(asks);
        summariesFirst.sort(Comparator.comparing((Ask a) -> !a.kind().equals("summary")));
        orders.put("summaries first", summariesFirst);
        List<Ask> keysFirst = new ArrayList<>(backward);
        keysFirst.sort(Comparator.comparing((Ask a) -> a.kind().equals("summary")));
        orders.put("key walks first, backward", keysFirst);
        for (long seed = 1; seed <= 12; seed++) {
            List<Ask> shuffled = new ArrayList<>(asks);
            Collections.shuffle(shuffled, new Random(seed));
            orders.put("shuffle " + seed, shuffled);
        }
        List<String> differences = new ArrayList<>();
        for (var o : orders.entrySet()) {
            Map<Ask, String> got = run(facts, o.getValue());
            for (Ask ask : asks) {
                if (!got.get(ask).equals(alone.get(ask))) {
                    differences.add(o.getKey() + ": " + ask.label(facts) + "\n   alone: " + alone.get(ask) + "\n   here:  " + got.get(ask));
                }
            }
        }
        assertTrue(differences.isEmpty(), differences.size() + " answers depend on the order of asks:\n"
                + String.join("\n", differences.subList(0, Math.min(12, differences.size()))));
    }
}
