package dev.backcheck.engine;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A digest of some entries of the code that runs (the shaded jar, or the classes folder in tests): what a cache key
 * needs so that a build from changed sources never reads what another build wrote under the same version number, while
 * a rebuild of the same sources (a fresh CI runner) still hits. "?" when the code cannot be read.
 */
final class CodeDigest {
    private CodeDigest() {
    }

    /** The code that makes facts: the front ends and facts ({@code dev/backcheck/lang/}) and the facts codec. */
    private static final Predicate<String> EXTRACTION_CODE = n -> n.endsWith(".class")
            && (n.startsWith("dev/backcheck/lang/") || n.startsWith("dev/backcheck/engine/FactsCodec"));

    /**
     * Everything that decides a scan's output: backcheck's own classes and resources (rules, models, claims vocabulary,
     * schema, version) and the versions of the libraries shaded in (their Maven pom.properties), not the libraries'
     * classes themselves (tens of MB to read on every scan).
     */
    private static final Predicate<String> BUILD_CODE = n -> !n.endsWith("/") && (n.startsWith("dev/backcheck/") || n.startsWith("rules/")
            || n.startsWith("models/") || n.startsWith("claims/") || n.startsWith("schema/") || n.equals("backcheck-version.properties")
            || n.startsWith("META-INF/maven/") && n.endsWith("/pom.properties"));

    /** The digests of {@link #EXTRACTION_CODE} and {@link #BUILD_CODE}, from one read of the code. */
    static final String EXTRACTION, BUILD;

    static {
        SortedMap<String, byte[]> own = read(BUILD_CODE); // the extraction code is part of it
        EXTRACTION = digest(own, EXTRACTION_CODE);
        BUILD = digest(own, n -> true);
    }

    private static SortedMap<String, byte[]> read(Predicate<String> entries) {
        SortedMap<String, byte[]> picked = new TreeMap<>();
        try {
            java.security.CodeSource cs = CodeDigest.class.getProtectionDomain().getCodeSource();
            if (cs == null || cs.getLocation() == null) return picked;
            Path where = Path.of(cs.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                // an entry's CRC-32 and size from the jar's central directory stand for its content: reading and
                // hashing the ~6 MB of content cost ~0.25 s of CPU on every scan with --cache (C1), a cache hit's
                // start-up. A build that changes an entry changes its CRC or size except by a 1-in-2^32 accident.
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(where.toFile(), false)) {
                    for (java.util.Enumeration<java.util.jar.JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                        java.util.jar.JarEntry e = en.nextElement();
                        if (e.isDirectory() || !entries.test(e.getName())) continue;
                        if (e.getCrc() < 0 || e.getSize() < 0) {
                            try (InputStream in = jar.getInputStream(e)) {
                                picked.put(e.getName(), in.readAllBytes());
                            }
                        } else {
                            picked.put(e.getName(), java.nio.ByteBuffer.allocate(17).put((byte) 'c').putLong(e.getCrc())
                                    .putLong(e.getSize()).array());
                        }
                    }
                }
            } else if (Files.isDirectory(where)) {
                try (Stream<Path> st = Files.walk(where)) {
                    for (Path f : (Iterable<Path>) st::iterator) {
                        String n = where.relativize(f).toString().replace('\\', '/');
                        if (Files.isRegularFile(f) && entries.test(n)) picked.put(n, Files.readAllBytes(f));
                    }
                }
            }
        } catch (Exception | LinkageError e) {
            picked.clear();
        }
        return picked;
    }

    /** "?" when none of the code could be read. */
    private static String digest(SortedMap<String, byte[]> code, Predicate<String> entries) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            boolean any = false;
            for (Map.Entry<String, byte[]> e : code.entrySet()) {
                if (!entries.test(e.getKey())) continue;
                any = true;
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue());
            }
            return any ? HexFormat.of().formatHex(md.digest(), 0, 8) : "?";
        } catch (java.security.NoSuchAlgorithmException e) {
            return "?";
        }
    }
}
