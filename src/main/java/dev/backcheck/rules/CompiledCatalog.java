package dev.backcheck.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The rule catalogue compiled at build time: the {@link RuleMeta} records of every {@code rules/<family>/<name>.yaml},
 * written by {@link #main} in Maven's {@code process-classes} phase (after the YAML was copied to the class output)
 * to {@value #RESOURCE} beside this class, and read back by {@link RuleCatalog} instead of parsing the YAML on every
 * command (SnakeYAML over ~600 KB of YAML, its class loading and first compilation: ~0.2 s CPU of every start-up).
 *
 * <p>The YAML stays the source of truth. The compiled form lists every YAML file it was made from with its size and
 * CRC-32, and {@link RuleCatalog} uses it only when those still match what is on the class path (in a jar: the
 * entries' sizes and CRCs from the jar's directory, no inflating; in a folder such as {@code target/classes}: the
 * files themselves, and no YAML file more or less); anything else (no compiled form, a YAML file edited, added or
 * removed since, a damaged or older format) reads the YAML as before. CompiledCatalogTest checks that the compiled
 * form gives every rule with every field, value types and map order equal to the YAML's.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): magic, version; the YAML files (name relative to {@code rules/},
 * size, CRC-32); the rules in id order, each field in record order. Strings are a length and UTF-8 bytes (-1: null);
 * free-form values (option defaults, {@code fix}) carry a type tag so that they come back as the same Java types the
 * YAML reader makes (String, Boolean, Integer, Long, BigInteger, Double, ArrayList, LinkedHashMap, null).
 */
public final class CompiledCatalog {
    /** The compiled catalogue's resource name, beside this class. */
    public static final String RESOURCE = "rule-catalog.bin";
    private static final int MAGIC = 0x42435243; // "BCRC"
    private static final int VERSION = 1;

    private static final int T_NULL = 0, T_STRING = 1, T_BOOL = 2, T_INT = 3, T_LONG = 4, T_BIG = 5, T_DOUBLE = 6,
            T_LIST = 7, T_MAP = 8;

    private CompiledCatalog() { }

    /** One YAML file the catalogue was compiled from: its name under {@code rules/}, size and CRC-32. */
    public record Source(String name, long size, long crc) { }

    /** A decoded compiled catalogue: the YAML files it was made from and their rules, by id. */
    public record Compiled(List<Source> sources, SortedMap<String, RuleMeta> rules) { }

    /**
     * Build step: reads {@code <classes>/rules/**.yaml} (the YAML as copied to the class output) and writes
     * {@code <classes>/dev/backcheck/rules/}{@value #RESOURCE}; then the JSON trees of the other YAML resources
     * ({@link dev.backcheck.config.CompiledYaml#compile}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CompiledCatalog <class output folder>");
        Path classes = Path.of(args[0]);
        Path rules = classes.resolve("rules");
        Path out = classes.resolve(CompiledCatalog.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        byte[] bytes = compile(rules);
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(RESOURCE + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // the other YAML every scan reads (flow models, claims vocabulary): compiled to JSON trees the same way
        dev.backcheck.config.CompiledYaml.compile(classes);
    }

    /** The compiled form of the YAML files under {@code rules} (read with the catalogue's own YAML reader). */
    public static byte[] compile(Path rules) throws IOException {
        List<Source> sources = new ArrayList<>();
        SortedMap<String, RuleMeta> metas = new TreeMap<>();
        for (Path p : yamlFiles(rules)) {
            byte[] b = Files.readAllBytes(p);
            String name = name(rules, p);
            sources.add(new Source(name, b.length, crc(b)));
            RuleMeta m = RuleCatalog.read(new ByteArrayInputStream(b), name);
            if (metas.put(m.id(), m) != null) throw new IllegalStateException("duplicate rule id " + m.id());
        }
        return encode(sources, metas.values());
    }

    /** The YAML files under a rules folder, sorted by path (the order the catalogue reads them in). */
    static List<Path> yamlFiles(Path rules) throws IOException {
        try (Stream<Path> s = Files.walk(rules)) {
            return s.filter(p -> isYaml(p.toString()) && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static boolean isYaml(String name) {
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** A file's name relative to the rules folder, with '/' separators (as in a jar). */
    static String name(Path rules, Path p) {
        return rules.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
    }

    static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b, 0, b.length);
        return c.getValue();
    }

    static byte[] encode(List<Source> sources, java.util.Collection<RuleMeta> rules) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(sources.size());
        for (Source s : sources) {
            writeString(out, s.name());
            out.writeLong(s.size());
            out.writeLong(s.crc());
        }
        out.writeInt(rules.size());
        for (RuleMeta m : rules) {
            writeString(out, m.id());
            writeString(out, m.title());
            writeString(out, m.level());
            writeString(out, m.checklist());
            writeString(out, m.securitySeverity());
            writeString(out, m.precision());
            out.writeInt(m.cwe().size());
            for (Integer c : m.cwe()) out.writeInt(c);
            writeStrings(out, m.owasp());
            writeStrings(out, m.tags());
            writeStrings(out, m.frameworks());
            writeString(out, m.description());
            writeString(out, m.help());
            if (m.options() instanceof LinkedHashMap<String, RuleMeta.Option> o) {
                out.writeInt(o.size());
                for (Map.Entry<String, RuleMeta.Option> e : o.entrySet()) {
                    writeString(out, e.getKey());
                    RuleMeta.Option opt = e.getValue();
                    out.writeBoolean(opt != null);
                    if (opt != null) {
                        writeValue(out, opt.defaultValue());
                        writeString(out, opt.description());
                    }
                }
            } else if (m.options().isEmpty()) {
                out.writeInt(-1); // none declared
            } else {
                throw new IllegalStateException(m.id() + ": options of an unexpected kind " + m.options().getClass());
            }
            if (m.fix() instanceof LinkedHashMap<String, Object> f) {
                writeValue(out, f);
            } else if (m.fix().isEmpty()) {
                out.writeByte(T_NULL); // none declared
            } else {
                throw new IllegalStateException(m.id() + ": fix of an unexpected kind " + m.fix().getClass());
            }
            writeStrings(out, m.languages());
        }
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * Decodes a compiled catalogue. Throws IOException when the bytes are not one (another format version, cut
     * short, trailing bytes, a bad tag): the caller then reads the YAML.
     */
    public static Compiled decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        try {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) throw new IOException("not a compiled rule catalogue of this version");
            int n = count(in);
            List<Source> sources = new ArrayList<>(n);
            for (int i = 0; i < n; i++) sources.add(new Source(readString(in), in.readLong(), in.readLong()));
            int r = count(in);
            SortedMap<String, RuleMeta> rules = new TreeMap<>();
            for (int i = 0; i < r; i++) {
                String id = readString(in), title = readString(in), level = readString(in), checklist = readString(in),
                        severity = readString(in), precision = readString(in);
                int nc = count(in);
                List<Integer> cwe = new ArrayList<>(nc);
                for (int j = 0; j < nc; j++) cwe.add(in.readInt());
                List<String> owasp = readStrings(in), tags = readStrings(in), frameworks = readStrings(in);
                String description = readString(in), help = readString(in);
                int no = in.readInt();
                Map<String, RuleMeta.Option> options = null;
                if (no >= 0) {
                    options = new LinkedHashMap<>();
                    for (int j = 0; j < no; j++) {
                        String k = readString(in);
                        options.put(k, in.readBoolean() ? new RuleMeta.Option(readValue(in), readString(in)) : null);
                    }
                } else if (no != -1) {
                    throw new IOException("bad options count");
                }
                Object fix = readValue(in);
                if (fix != null && !(fix instanceof LinkedHashMap)) throw new IOException("bad fix value");
                @SuppressWarnings("unchecked")
                Map<String, Object> fixMap = (Map<String, Object>) fix;
                List<String> languages = readStrings(in);
                RuleMeta m = new RuleMeta(id, title, level, checklist, severity, precision, cwe, owasp, tags, frameworks,
                        description, help, options, fixMap, languages);
                if (rules.put(id, m) != null) throw new IOException("duplicate rule id " + id);
            }
            if (in.read() != -1) throw new IOException("trailing bytes");
            return new Compiled(sources, rules);
        } catch (java.io.EOFException | RuntimeException e) {
            throw new IOException("damaged compiled rule catalogue: " + e, e);
        }
    }

    /** Reads a whole stream (the compiled resource); null for a null stream. */
    static byte[] readAll(InputStream in) throws IOException {
        if (in == null) return null;
        try (in) {
            return in.readAllBytes();
        }
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new IOException("bad count " + n);
        return n;
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == -1) return null;
        if (n < 0 || n > in.available()) throw new IOException("bad string length " + n);
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private static void writeStrings(DataOutputStream out, List<String> l) throws IOException {
        out.writeInt(l.size());
        for (String s : l) writeString(out, s);
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = count(in);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(readString(in));
        return out;
    }

    private static void writeValue(DataOutputStream out, Object v) throws IOException {
        if (v == null) {
            out.writeByte(T_NULL);
        } else if (v instanceof String s) {
            out.writeByte(T_STRING);
            writeString(out, s);
        } else if (v instanceof Boolean b) {
            out.writeByte(T_BOOL);
            out.writeBoolean(b);
        } else if (v instanceof Integer i) {
            out.writeByte(T_INT);
            out.writeInt(i);
        } else if (v instanceof Long l) {
            out.writeByte(T_LONG);
            out.writeLong(l);
        } else if (v instanceof BigInteger b) {
            out.writeByte(T_BIG);
            writeString(out, b.toString());
        } else if (v instanceof Double d) {
            out.writeByte(T_DOUBLE);
            out.writeLong(Double.doubleToRawLongBits(d));
        } else if (v instanceof ArrayList<?> l) {
            out.writeByte(T_LIST);
            out.writeInt(l.size());
            for (Object o : l) writeValue(out, o);
        } else if (v instanceof LinkedHashMap<?, ?> m) {
            out.writeByte(T_MAP);
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                writeString(out, (String) e.getKey());
                writeValue(out, e.getValue());
            }
        } else {
            throw new IllegalStateException("a rule value of an unexpected type " + v.getClass().getName());
        }
    }

    private static Object readValue(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case T_NULL:
                return null;
            case T_STRING: {
                String s = readString(in);
                if (s == null) throw new IOException("null string value");
                return s;
            }
            case T_BOOL:
                return in.readBoolean();
            case T_INT:
                return in.readInt();
            case T_LONG:
                return in.readLong();
            case T_BIG:
                return new BigInteger(readString(in));
            case T_DOUBLE:
                return Double.longBitsToDouble(in.readLong());
            case T_LIST: {
                int n = count(in);
                List<Object> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(readValue(in));
                return l;
            }
            case T_MAP: {
                int n = count(in);
                Map<String, Object> m = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    String k = readString(in);
                    m.put(k, readValue(in));
                }
                return m;
            }
            default:
                throw new IOException("bad value tag " + tag);
        }
    }
}
