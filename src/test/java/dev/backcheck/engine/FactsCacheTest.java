package dev.backcheck.engine;

import dev.backcheck.Fixtures;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.ts.TsParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** The facts cache: entries round-trip exactly, damaged or foreign entries are refused, eviction keeps the bound. */
class FactsCacheTest {
    @TempDir
    Path tmp;

    private static List<Path> fixtureSources() throws Exception {
        try (Stream<Path> s = Files.walk(Fixtures.ROOT)) {
            return s.filter(p -> TsParser.isSource(p.getFileName().toString())).sorted().toList();
        }
    }

    @Test
    void everyFixtureFileRoundTripsToEqualFacts() throws Exception {
        TsParser parser = new TsParser();
        int n = 0;
        for (Path p : fixtureSources()) {
            String rel = Fixtures.ROOT.relativize(p).toString().replace('\\', '/');
            FileFacts f;
            try {
                f = parser.parse(rel, Files.readString(p));
            } catch (TsParser.ParseError e) {
                continue;
            }
            FactsCache cache = FactsCache.open(tmp, FactsCache.DEFAULT_MAX_BYTES, new ArrayList<>());
            String key = FactsCache.key(rel, Files.readAllBytes(p));
            cache.put(key, f);
            assertEquals(f, cache.get(key, rel), rel);
            n++;
        }
        assertTrue(n > 200, "fixtures read: " + n);
    }

    @Test
    void stringsRoundTripCharForCharLoneSurrogatesIncluded() throws Exception {
        String text = "export const b = 'caf\u00e9 \u2603 \uD83D\uDE00', c = '" + "z".repeat(70_000) + "';";
        FileFacts parsed = new TsParser().parse("src/s.ts", text);
        // a lone surrogate (a JS string may hold one; UTF-8 cannot): kept char for char, as Java serialization did
        List<FileFacts.Str> strings = new ArrayList<>(parsed.strings());
        strings.add(new FileFacts.Str("\uD800x\uDFFF\u0000", dev.backcheck.findings.Location.at("src/s.ts", 1, 1), null));
        FileFacts f = new FileFacts(parsed.path(), parsed.language(), parsed.imports(), parsed.symbols(), parsed.exports(),
                parsed.reexportAll(), parsed.main(), parsed.classes(), parsed.lines(), parsed.comments(), parsed.statements(), strings);
        FileFacts back = FactsCodec.decode(FactsCodec.encode(f));
        assertEquals(f, back);
        assertEquals("\uD800x\uDFFF\u0000", back.strings().get(back.strings().size() - 1).value());
        assertTrue(back.strings().stream().anyMatch(s -> s.value().equals("caf\u00e9 \u2603 \uD83D\uDE00")), back.strings().toString().substring(0, 80));
    }

    @Test
    void damagedForeignAndMisplacedEntriesAreRefused() throws Exception {
        FileFacts f = new TsParser().parse("src/a.ts", "export const x = require('child_process').exec(process.argv[2]);");
        FactsCache cache = FactsCache.open(tmp, FactsCache.DEFAULT_MAX_BYTES, new ArrayList<>());
        String key = FactsCache.key("src/a.ts", "x".getBytes());
        cache.put(key, f);
        Path entry;
        try (Stream<Path> s = Files.walk(tmp)) {
            entry = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
        }
        byte[] good = Files.readAllBytes(entry);
        assertEquals(f, FactsCache.decode(good));
        // a flipped byte in the payload: the checksum no longer matches
        byte[] bad = good.clone();
        bad[bad.length - 3] ^= 0x5a;
        assertNull(FactsCache.decode(bad));
        // a well-formed entry with a class that is not a fact (checksum recomputed, as an attacker would)
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(payload)) {
            out.writeObject(new java.util.concurrent.atomic.AtomicLong(7));
        }
        byte[] body = payload.toByteArray();
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write("BCF3".getBytes());
        forged.write(FactsCache.checksum(body, 0, body.length));
        forged.write(body);
        assertNull(FactsCache.decode(forged.toByteArray()));
        // the same with a record tag past the codec's list (a well-formed checksum, a class the codec cannot name)
        byte[] badTag = {10, (byte) 200};
        ByteArrayOutputStream forged2 = new ByteArrayOutputStream();
        forged2.write("BCF3".getBytes());
        forged2.write(FactsCache.checksum(badTag, 0, badTag.length));
        forged2.write(badTag);
        assertNull(FactsCache.decode(forged2.toByteArray()));
        // a truncated entry (its checksum recomputed): refused, not read past its end
        byte[] cut = java.util.Arrays.copyOfRange(good, 8, good.length - 5);
        ByteArrayOutputStream forged3 = new ByteArrayOutputStream();
        forged3.write("BCF3".getBytes());
        forged3.write(FactsCache.checksum(cut, 0, cut.length));
        forged3.write(cut);
        assertNull(FactsCache.decode(forged3.toByteArray()));
        // an entry read for another path is not used (and is removed)
        assertNull(cache.get(key, "src/b.ts"));
        assertFalse(Files.exists(entry));
        assertNull(cache.get(key, "src/a.ts"), "a miss after the bad entry was dropped");
    }

    @Test
    void theKeyCarriesADigestOfTheExtractionCode() {
        // the classes that make facts are read from the classes folder here (from the jar in a real run): a build that
        // changes the extraction gets other keys even under the same version number
        assertTrue(FactsCache.EXTRACTOR.matches("[0-9a-f]{16}"), FactsCache.EXTRACTOR);
    }

    @Test
    void theKeyChangesWithContentAndPath() {
        assertNotEquals(FactsCache.key("a.ts", "x".getBytes()), FactsCache.key("a.ts", "y".getBytes()));
        assertNotEquals(FactsCache.key("a.ts", "x".getBytes()), FactsCache.key("b.ts", "x".getBytes()));
        assertEquals(FactsCache.key("a.ts", "x".getBytes()), FactsCache.key("a.ts", "x".getBytes()));
    }

    @Test
    void evictionRemovesTheLeastRecentlyUsedEntriesDownToTheBound() throws Exception {
        FactsCache cache = FactsCache.open(tmp, 1, new ArrayList<>());
        FileFacts f = new TsParser().parse("src/a.ts", "export const a = 1;");
        for (int i = 0; i < 5; i++) cache.put(FactsCache.key("src/a.ts", ("v" + i).getBytes()), f);
        cache.evict();
        try (Stream<Path> s = Files.walk(tmp)) {
            assertEquals(0, s.filter(p -> p.toString().endsWith(".bin")).count());
        }
    }
}
