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
        byte[] sum = java.security.MessageDigest.getInstance("SHA-256").digest(body);
        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        forged.write("BCF2".getBytes());
        forged.write(sum);
        forged.write(body);
        assertNull(FactsCache.decode(forged.toByteArray()));
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
