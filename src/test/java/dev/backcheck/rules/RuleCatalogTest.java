package dev.backcheck.rules;

import dev.backcheck.Fixtures;
import dev.backcheck.model.Checklist;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every rule has complete metadata, help with bad/good examples per framework, an implementation and fixtures. */
class RuleCatalogTest {
    private static final Map<String, String> HEADINGS = Map.of("express", "Express", "fastify", "Fastify",
            "nestjs", "NestJS", "hono", "Hono", "spring", "Spring");

    @Test
    void catalogueIsNotEmptyAndIdsAreUniqueAcrossFiles() throws Exception {
        assertFalse(RuleCatalog.builtin().all().isEmpty(), "no rules found under rules/");
        Set<String> ids = new HashSet<>();
        try (Stream<Path> s = Files.walk(Path.of("rules"))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".yaml")).toList()) {
                RuleMeta m = RuleCatalog.read(Files.newInputStream(p), p.toString());
                assertTrue(ids.add(m.id()), "duplicate rule id " + m.id());
                String expectedPath = "rules/" + m.id() + ".yaml";
                assertEquals(expectedPath, p.toString().replace('\\', '/'), "rule file must be named after its id");
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyRuleIsComplete() {
        List<DynamicTest> out = new ArrayList<>();
        for (RuleMeta m : RuleCatalog.builtin().all().values()) {
            out.add(DynamicTest.dynamicTest(m.id(), () -> {
                assertTrue(m.id().matches("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*"), "id format");
                assertTrue(Checklist.KEYS.containsKey(m.checklist()), "unknown checklist key " + m.checklist());
                assertNotNull(m.defaultLevel());
                assertTrue(Set.of("very-high", "high", "medium", "low").contains(m.precision()), "precision");
                assertFalse(m.title().isBlank(), "title");
                assertTrue(m.title().length() <= 120, "title too long");
                assertTrue(m.description().strip().length() >= 40 && m.description().length() <= 1024, "description length");
                if (m.securitySeverity() != null) {
                    double s = Double.parseDouble(m.securitySeverity());
                    assertTrue(s >= 0.1 && s <= 10.0, "security-severity range");
                    assertFalse(m.cwe().isEmpty(), "security rules name their CWE");
                }
                assertFalse(m.frameworks().isEmpty(), "frameworks list");
                assertFalse(m.languages().isEmpty(), "languages list");
                for (String lang : m.languages()) {
                    assertTrue(dev.backcheck.lang.FrontEnds.LANGUAGES.contains(lang), "unknown language " + lang);
                }
                for (String fw : m.frameworks()) {
                    String h = HEADINGS.get(fw);
                    assertNotNull(h, "unknown framework " + fw);
                    Matcher sec = Pattern.compile("(?s)###\\s+" + h + "\\b(.*?)(?=\\n###\\s|\\z)").matcher(m.help());
                    assertTrue(sec.find(), "help lacks a '### " + h + "' section");
                    String body = sec.group(1);
                    assertTrue(body.contains("Bad") && body.contains("Good"), h + " section needs a Bad and a Good example");
                    int fences = body.split("```", -1).length - 1;
                    assertTrue(fences >= 4, h + " section needs two fenced examples");
                }
                // implementation by convention, carrying its id
                Class<?> cls = Class.forName(m.implementationClass());
                RuleId rid = cls.getAnnotation(RuleId.class);
                assertNotNull(rid, cls + " lacks @RuleId");
                assertEquals(m.id(), rid.value());
                assertTrue(Rule.class.isAssignableFrom(cls));
                // fixtures: at least one case that must fire and one that must stay silent
                Path dir = Fixtures.ROOT.resolve("rules").resolve(m.id());
                List<Path> cases = Fixtures.dirs(dir);
                assertFalse(cases.isEmpty(), "no fixtures under " + dir);
                boolean bad = false, good = false;
                for (Path c : cases) {
                    boolean fires = Fixtures.expectations(c).stream().anyMatch(e -> e.rule().equals(m.id()));
                    if (fires) bad = true;
                    else good = true;
                }
                assertTrue(bad, "needs a fixture case with `expect: " + m.id() + "`");
                assertTrue(good, "needs a realistic safe fixture case without expectations");
            }));
        }
        return out;
    }
}
