package dev.backcheck.engine;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;

import java.io.*;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.*;

/**
 * The facts cache's encoding of {@link FileFacts}: a compact binary form (varints, a string table; see the layout
 * below), in place of Java serialization. Every fact is a record; a record is written as its class (an index into a fixed list
 * of the fact records: nothing else can be named, so nothing else is ever made) and then its components in order.
 * Strings go through a table (each distinct string once per entry), and a record met again is written as a
 * reference to the first, so facts shared inside a file (the same {@link Fn} in two places) stay one object, as the
 * analyses that key maps by identity need. Records are rebuilt through their canonical constructors, as Java
 * serialization does. Any inconsistency throws {@link IOException}; the cache then parses the file again.
 */
final class FactsCodec {
    private FactsCodec() { }

    /** The records a fact can be made of; an entry's class tags are indexes into this list (append only: "facts-6"; at most 256). */
    private static final List<Class<?>> RECORDS = List.of(
            FileFacts.class, FileFacts.Comment.class, FileFacts.Span.class, FileFacts.Str.class,
            Fn.class, Fn.Compare.class, Fn.Named.class, Fn.Loop.class, Fn.Catch.class, Fn.Write.class, Fn.Param.class,
            Fn.Read.class, Fn.Check.class,
            CallSite.class, CallSite.Guard.class, ClassInfo.class, ClassInfo.Prop.class, Decorator.class, Import.class,
            Location.class,
            Val.Lit.class, Val.Tpl.class, Val.Concat.class, Val.Ref.class, Val.Local.class, Val.Global.class, Val.Param.class,
            Val.This.class, Val.Req.class, Val.Call.class, Val.New.class, Val.Member.class, Val.Obj.class, Val.Arr.class,
            Val.FnVal.class, Val.ClassRef.class, Val.Regex.class, Val.OneOf.class, Val.Test.class, Val.Unknown.class);

    private static final Map<Class<?>, Integer> TAG = new HashMap<>();
    private static final int LOCATION = RECORDS.indexOf(Location.class);
    private static final Shape[] SHAPES = new Shape[RECORDS.size()];

    /** A record class: its component accessors and canonical constructor. */
    private record Shape(Class<?> type, MethodHandle[] getters, Class<?>[] types, MethodHandle ctor, MethodHandle spread) { }

    static {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        for (int i = 0; i < RECORDS.size(); i++) {
            Class<?> c = RECORDS.get(i);
            if (!c.isRecord()) throw new IllegalStateException(c + " is not a record");
            RecordComponent[] rc = c.getRecordComponents();
            MethodHandle[] getters = new MethodHandle[rc.length];
            Class<?>[] types = new Class<?>[rc.length];
            try {
                for (int k = 0; k < rc.length; k++) {
                    getters[k] = lookup.unreflect(rc[k].getAccessor());
                    types[k] = rc[k].getType();
                }
                MethodHandle ctor = lookup.findConstructor(c, MethodType.methodType(void.class, types));
                // (Object[]) -> Object, made once: invokeWithArguments built its adapter again on every record read
                MethodHandle spread = ctor.asType(ctor.type().generic()).asSpreader(Object[].class, types.length);
                SHAPES[i] = new Shape(c, getters, types, ctor, spread);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("facts codec cannot reach " + c, e);
            }
            TAG.put(c, i);
        }
        // a fact record this codec does not list (added later to the facts) must fail the build's tests, not an entry
    }

    // value kinds
    private static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, TRUE = 5, FALSE = 6, LIST = 7, MAP = 8,
            SET = 9, RECORD = 10, BACKREF = 11, ENUM_UNUSED = 12, SORTED_MAP = 13, SORTED_SET = 14;

    /*
     * The layout ("facts-8"): a value is its kind (one byte) and then its body. Counts, string and record references
     * are unsigned LEB128 varints, ints and longs zigzag varints (most facts are small line and column numbers: one or
     * two bytes instead of four), a double its eight IEEE bytes; a record's tag is one byte; a string is 0 and then
     * its length in bytes and its chars (each as modified UTF-8 writes it, 1 to 3 bytes) the first time, its table
     * index + 1 after. About 2.5x smaller than facts-7's fixed-width
     * DataOutputStream form, and read straight from the byte array (no stream, no per-byte virtual call).
     */

    static byte[] encode(FileFacts f) throws IOException {
        Writer w = new Writer();
        w.value(f);
        return w.toByteArray();
    }

    static FileFacts decode(byte[] payload) throws IOException {
        return decode(payload, 0, payload.length);
    }

    /** The facts in {@code payload[from, to)}. */
    static FileFacts decode(byte[] payload, int from, int to) throws IOException {
        try {
            Reader r = new Reader(payload, from, to);
            Object o = r.value(0);
            if (r.pos != to || !(o instanceof FileFacts f)) throw new IOException("not one file's facts");
            return f;
        } catch (RuntimeException e) {
            throw new IOException("bad facts entry: " + e, e);
        }
    }

    private static final class Writer {
        private byte[] buf = new byte[8192];
        private int n;
        private final Map<String, Integer> strings = new HashMap<>();
        private final IdentityHashMap<Object, Integer> records = new IdentityHashMap<>();

        byte[] toByteArray() {
            return Arrays.copyOf(buf, n);
        }

        private void room(int k) {
            if (n + k > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, n + k));
        }

        private void kind(int k) {
            room(1);
            buf[n++] = (byte) k;
        }

        private void varint(long v) { // unsigned LEB128
            room(10);
            while ((v & ~0x7FL) != 0) {
                buf[n++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buf[n++] = (byte) v;
        }

        private void zigzag(long v) {
            varint((v << 1) ^ (v >> 63));
        }

        void value(Object v) throws IOException {
            if (v == null) {
                kind(NULL);
            } else if (v instanceof String s) {
                kind(STRING);
                string(s);
            } else if (v instanceof Integer i) {
                kind(INT);
                zigzag(i);
            } else if (v instanceof Long l) {
                kind(LONG);
                zigzag(l);
            } else if (v instanceof Double d) {
                kind(DOUBLE);
                long bits = Double.doubleToRawLongBits(d);
                room(8);
                for (int k = 56; k >= 0; k -= 8) buf[n++] = (byte) (bits >>> k);
            } else if (v instanceof Boolean b) {
                kind(b ? TRUE : FALSE);
            } else if (v instanceof Record r) {
                Integer seen = records.get(r);
                if (seen != null) {
                    kind(BACKREF);
                    varint(seen);
                    return;
                }
                Integer tag = TAG.get(r.getClass());
                if (tag == null) throw new IOException("not a fact record: " + r.getClass().getName());
                kind(RECORD);
                kind(tag);
                Shape s = SHAPES[tag];
                for (MethodHandle g : s.getters()) {
                    try {
                        value(g.invoke(r));
                    } catch (IOException | RuntimeException | Error e) {
                        throw e;
                    } catch (Throwable t) {
                        throw new IOException(t);
                    }
                }
                records.put(r, records.size()); // numbered once complete: a reference always points back
            } else if (v instanceof List<?> l) {
                kind(LIST);
                varint(l.size());
                for (Object o : l) value(o);
            } else if (v instanceof SortedMap<?, ?> m && m.comparator() == null) {
                kind(SORTED_MAP);
                entries(m);
            } else if (v instanceof Map<?, ?> m) {
                kind(MAP);
                entries(m);
            } else if (v instanceof SortedSet<?> s && s.comparator() == null) {
                kind(SORTED_SET);
                varint(s.size());
                for (Object o : s) value(o);
            } else if (v instanceof Set<?> s) {
                kind(SET);
                varint(s.size());
                for (Object o : s) value(o);
            } else {
                throw new IOException("cannot encode " + v.getClass().getName());
            }
        }

        private void entries(Map<?, ?> m) throws IOException {
            varint(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(e.getKey());
                value(e.getValue());
            }
        }

        private void string(String s) {
            Integer id = strings.get(s);
            if (id != null) {
                varint(id + 1L);
                return;
            }
            varint(0);
            // each char on its own as in modified UTF-8 (1 to 3 bytes): a lone surrogate, which a JS string literal
            // may hold and UTF-8 would turn into '?', comes back as it was
            int len = s.length(), size = 0;
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            }
            varint(size);
            room(size);
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    buf[n++] = (byte) c;
                } else if (c < 0x800) {
                    buf[n++] = (byte) (0xC0 | c >> 6);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                } else {
                    buf[n++] = (byte) (0xE0 | c >> 12);
                    buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | c & 0x3F);
                }
            }
            strings.put(s, strings.size());
        }
    }

    private static final class Reader {
        private final byte[] buf;
        private final int end;
        int pos;
        private String[] strings = new String[64];
        private int nStrings;
        private final List<Object> records = new ArrayList<>();

        Reader(byte[] buf, int from, int to) {
            if (from < 0 || to > buf.length || from > to) throw new IllegalArgumentException("bad range");
            this.buf = buf;
            this.pos = from;
            this.end = to;
        }

        private int u8() throws IOException {
            if (pos >= end) throw new EOFException();
            return buf[pos++] & 0xff;
        }

        private long varint() throws IOException {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = u8();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IOException("bad varint");
        }

        private long zigzag() throws IOException {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        /** A count or an index: at most the payload's size (each counted thing takes at least a byte). */
        private int count() throws IOException {
            long n = varint();
            if (n < 0 || n > end) throw new IOException("bad count " + n);
            return (int) n;
        }

        Object value(int depth) throws IOException {
            if (depth > 4_000) throw new IOException("too deep");
            int kind = u8();
            switch (kind) {
                case NULL: return null;
                case STRING: return string();
                case INT: {
                    long v = zigzag();
                    if (v != (int) v) throw new IOException("bad int");
                    return (int) v;
                }
                case LONG: return zigzag();
                case DOUBLE: {
                    if (end - pos < 8) throw new EOFException();
                    long bits = 0;
                    for (int k = 0; k < 8; k++) bits = (bits << 8) | (buf[pos++] & 0xff);
                    return Double.longBitsToDouble(bits);
                }
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case BACKREF: {
                    int id = count();
                    if (id >= records.size()) throw new IOException("bad reference");
                    return records.get(id);
                }
                case RECORD: {
                    int tag = u8();
                    if (tag >= SHAPES.length) throw new IOException("bad record tag");
                    if (tag == LOCATION) { // a third of all records: read without the generic spread (boxing, Object[])
                        String path = stringOrNull(depth);
                        int line = intValue(), column = intValue(), endLine = intValue(), endColumn = intValue();
                        Location l = new Location(path, line, column, endLine, endColumn, stringOrNull(depth));
                        records.add(l);
                        return l;
                    }
                    Shape s = SHAPES[tag];
                    Class<?>[] types = s.types();
                    Object[] args = new Object[types.length];
                    for (int k = 0; k < args.length; k++) {
                        Object a = value(depth + 1);
                        Class<?> t = types[k];
                        if (t.isPrimitive()) {
                            if (a == null) throw new IOException("null for a " + t);
                        } else if (a != null && !t.isInstance(a)) {
                            throw new IOException(t.getSimpleName() + " expected in " + s.type().getSimpleName());
                        }
                        args[k] = a;
                    }
                    Object r;
                    try {
                        r = (Object) s.spread().invokeExact(args);
                    } catch (RuntimeException | Error e) {
                        throw new IOException("bad " + s.type().getSimpleName() + ": " + e, e);
                    } catch (Throwable t) {
                        throw new IOException(t);
                    }
                    records.add(r);
                    return r;
                }
                case LIST: {
                    int n = count();
                    List<Object> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) l.add(value(depth + 1));
                    return l;
                }
                case MAP: case SORTED_MAP: {
                    int n = count();
                    Map<Object, Object> m = kind == MAP ? new LinkedHashMap<>() : new TreeMap<>();
                    for (int i = 0; i < n; i++) {
                        Object k = value(depth + 1);
                        m.put(k, value(depth + 1));
                    }
                    return m;
                }
                case SET: case SORTED_SET: {
                    int n = count();
                    Set<Object> s = kind == SET ? new LinkedHashSet<>() : new TreeSet<>();
                    for (int i = 0; i < n; i++) s.add(value(depth + 1));
                    return s;
                }
                default: throw new IOException("bad value kind " + kind);
            }
        }

        private String stringOrNull(int depth) throws IOException {
            Object o = value(depth + 1);
            if (o != null && !(o instanceof String)) throw new IOException("String expected in Location");
            return (String) o;
        }

        private int intValue() throws IOException {
            if (u8() != INT) throw new IOException("int expected in Location");
            long v = zigzag();
            if (v != (int) v) throw new IOException("bad int");
            return (int) v;
        }

        private String string() throws IOException {
            int id = count();
            if (id > 0) {
                if (id > nStrings) throw new IOException("bad string reference");
                return strings[id - 1];
            }
            int len = count();
            if (len > end - pos) throw new IOException("bad string length");
            int stop = pos + len;
            boolean ascii = true;
            for (int i = pos; i < stop; i++) {
                if (buf[i] < 0) {
                    ascii = false;
                    break;
                }
            }
            String s;
            if (ascii) {
                s = new String(buf, pos, len, java.nio.charset.StandardCharsets.ISO_8859_1);
            } else {
                char[] cs = new char[len];
                int k = 0;
                for (int i = pos; i < stop; ) {
                    int b = buf[i++] & 0xff;
                    if (b < 0x80) {
                        cs[k++] = (char) b;
                    } else if ((b & 0xE0) == 0xC0) {
                        if (i >= stop) throw new IOException("bad string");
                        cs[k++] = (char) ((b & 0x1F) << 6 | buf[i++] & 0x3F);
                    } else if ((b & 0xF0) == 0xE0) {
                        if (i + 1 >= stop) throw new IOException("bad string");
                        cs[k++] = (char) ((b & 0x0F) << 12 | (buf[i] & 0x3F) << 6 | buf[i + 1] & 0x3F);
                        i += 2;
                    } else {
                        throw new IOException("bad string");
                    }
                }
                s = new String(cs, 0, k);
            }
            pos = stop;
            if (nStrings == strings.length) strings = Arrays.copyOf(strings, nStrings * 2);
            strings[nStrings++] = s;
            return s;
        }
    }
}
