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
 * The facts cache's encoding of {@link FileFacts}: a compact binary form written with {@link DataOutputStream}, in
 * place of Java serialization. Every fact is a record; a record is written as its class (an index into a fixed list
 * of the fact records: nothing else can be named, so nothing else is ever made) and then its components in order.
 * Strings go through a table (each distinct string once per entry), and a record met again is written as a
 * reference to the first, so facts shared inside a file (the same {@link Fn} in two places) stay one object, as the
 * analyses that key maps by identity need. Records are rebuilt through their canonical constructors, as Java
 * serialization does. Any inconsistency throws {@link IOException}; the cache then parses the file again.
 */
final class FactsCodec {
    private FactsCodec() { }

    /** The records a fact can be made of; an entry's class tags are indexes into this list (append only: "facts-6"). */
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

    static byte[] encode(FileFacts f) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new Writer(out).value(f);
        }
        return bytes.toByteArray();
    }

    static FileFacts decode(byte[] payload) throws IOException {
        try (DataInputStream in = new DataInputStream(new Bytes(payload))) {
            Object o = new Reader(in, payload.length).value(0);
            if (in.available() != 0 || !(o instanceof FileFacts f)) throw new IOException("not one file's facts");
            return f;
        } catch (RuntimeException e) {
            throw new IOException("bad facts entry: " + e, e);
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> strings = new HashMap<>();
        private final IdentityHashMap<Object, Integer> records = new IdentityHashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void value(Object v) throws IOException {
            if (v == null) {
                out.writeByte(NULL);
            } else if (v instanceof String s) {
                out.writeByte(STRING);
                string(s);
            } else if (v instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (v instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (v instanceof Double d) {
                out.writeByte(DOUBLE);
                out.writeDouble(d);
            } else if (v instanceof Boolean b) {
                out.writeByte(b ? TRUE : FALSE);
            } else if (v instanceof Record r) {
                Integer seen = records.get(r);
                if (seen != null) {
                    out.writeByte(BACKREF);
                    out.writeInt(seen);
                    return;
                }
                Integer tag = TAG.get(r.getClass());
                if (tag == null) throw new IOException("not a fact record: " + r.getClass().getName());
                out.writeByte(RECORD);
                out.writeShort(tag);
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
                out.writeByte(LIST);
                out.writeInt(l.size());
                for (Object o : l) value(o);
            } else if (v instanceof SortedMap<?, ?> m && m.comparator() == null) {
                out.writeByte(SORTED_MAP);
                entries(m);
            } else if (v instanceof Map<?, ?> m) {
                out.writeByte(MAP);
                entries(m);
            } else if (v instanceof SortedSet<?> s && s.comparator() == null) {
                out.writeByte(SORTED_SET);
                out.writeInt(s.size());
                for (Object o : s) value(o);
            } else if (v instanceof Set<?> s) {
                out.writeByte(SET);
                out.writeInt(s.size());
                for (Object o : s) value(o);
            } else {
                throw new IOException("cannot encode " + v.getClass().getName());
            }
        }

        private void entries(Map<?, ?> m) throws IOException {
            out.writeInt(m.size());
            for (Map.Entry<?, ?> e : m.entrySet()) {
                value(e.getKey());
                value(e.getValue());
            }
        }

        private void string(String s) throws IOException {
            Integer id = strings.get(s);
            if (id != null) {
                out.writeInt(id);
                return;
            }
            out.writeInt(-1);
            out.writeUTF(s.length() <= 16_000 ? s : "");
            if (s.length() > 16_000) { // writeUTF holds 64 KiB at most: long strings as raw UTF-8
                byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(b.length);
                out.write(b);
            } else {
                out.writeInt(-1);
            }
            strings.put(s, strings.size());
        }
    }

    /**
     * The payload as a stream without ByteArrayInputStream's per-byte lock (DataInputStream reads an int as four
     * single-byte reads; the uncontended locks were most of a warm-cache scan's decoding time).
     */
    private static final class Bytes extends InputStream {
        private final byte[] buf;
        private int pos;

        Bytes(byte[] buf) {
            this.buf = buf;
        }

        @Override
        public int read() {
            return pos < buf.length ? buf[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Objects.checkFromIndexSize(off, len, b.length);
            if (pos >= buf.length) return -1;
            int n = Math.min(len, buf.length - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public long skip(long n) {
            long k = Math.max(0, Math.min(n, buf.length - pos));
            pos += (int) k;
            return k;
        }

        @Override
        public int available() {
            return buf.length - pos;
        }
    }

    private static final class Reader {
        private final DataInputStream in;
        private final int max;
        private final List<String> strings = new ArrayList<>();
        private final List<Object> records = new ArrayList<>();

        Reader(DataInputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        private int count() throws IOException {
            int n = in.readInt();
            if (n < 0 || n > max) throw new IOException("bad count " + n);
            return n;
        }

        Object value(int depth) throws IOException {
            if (depth > 4_000) throw new IOException("too deep");
            int kind = in.readUnsignedByte();
            switch (kind) {
                case NULL: return null;
                case STRING: return string();
                case INT: return in.readInt();
                case LONG: return in.readLong();
                case DOUBLE: return in.readDouble();
                case TRUE: return Boolean.TRUE;
                case FALSE: return Boolean.FALSE;
                case BACKREF: {
                    int id = in.readInt();
                    if (id < 0 || id >= records.size()) throw new IOException("bad reference");
                    return records.get(id);
                }
                case RECORD: {
                    int tag = in.readUnsignedShort();
                    if (tag >= SHAPES.length) throw new IOException("bad record tag");
                    Shape s = SHAPES[tag];
                    Object[] args = new Object[s.types().length];
                    for (int k = 0; k < args.length; k++) {
                        Object a = value(depth + 1);
                        Class<?> t = s.types()[k];
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
                    List<Object> l = new ArrayList<>(Math.min(n, 1024));
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

        private String string() throws IOException {
            int id = in.readInt();
            if (id >= 0) {
                if (id >= strings.size()) throw new IOException("bad string reference");
                return strings.get(id);
            }
            String s = in.readUTF();
            int raw = in.readInt();
            if (raw >= 0) {
                if (raw > max) throw new IOException("bad string length");
                s = new String(in.readNBytes(raw), java.nio.charset.StandardCharsets.UTF_8);
            }
            strings.add(s);
            return s;
        }
    }
}
