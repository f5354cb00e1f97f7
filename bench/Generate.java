// Synthetic Express + TypeScript backend generator for the backcheck benchmark.
//
//   java bench/Generate.java <outDir> <approxLines> [seed]
//
// <approxLines> accepts plain numbers or k/M suffixes (10k, 100k, 1M). The same seed always gives
// byte-identical output. The tree holds a small deterministic fraction of planted findings (SQL
// template literals with request data into pool.query, handlers that read req.body without
// validation, cors() with no origin); they are listed in <outDir>/expected-findings.tsv
// (path, line, kind), which is not a .ts file and so not counted as source.
// No dependencies: single-file Java 17 program.

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

public class Generate {

    // ------------------------------------------------------------------------------------------
    // entry point

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/Generate.java <outDir> <approxLines> [seed]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long target = parseSize(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 42L;
        if (Files.exists(out)) {
            try (Stream<Path> s = Files.list(out)) {
                if (s.findAny().isPresent()) {
                    System.err.println("Generate: " + out + " exists and is not empty; refusing to write into it");
                    System.exit(2);
                }
            }
        }
        long t0 = System.nanoTime();
        Generate g = new Generate(out, target, seed);
        g.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.err.printf(Locale.ROOT,
                "Generate: %d .ts lines in %d files (%d modules), %d planted findings (sql=%d, unvalidated-body=%d, cors=%d), %d ms%n",
                g.tsLines, g.files, g.modules, g.manifest.size(), g.countKind("sql-injection"),
                g.countKind("unvalidated-body"), g.countKind("cors-any-origin"), ms);
    }

    static long parseSize(String s) {
        String t = s.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long mul = 1;
        if (t.endsWith("k")) { mul = 1_000; t = t.substring(0, t.length() - 1); }
        else if (t.endsWith("m")) { mul = 1_000_000; t = t.substring(0, t.length() - 1); }
        double v = Double.parseDouble(t);
        if (v <= 0) throw new IllegalArgumentException("size must be positive: " + s);
        return (long) (v * mul);
    }

    // ------------------------------------------------------------------------------------------
    // state

    final Path out;
    final long target;
    final long seed;
    final Random rng;
    long tsLines;
    int files;
    int modules;
    final List<String> manifest = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final Set<String> usedNames = new HashSet<>();
    final Planter sqlPlanter;
    final Planter bodyPlanter;
    final Planter corsPlanter;

    Generate(Path out, long target, long seed) {
        this.out = out;
        this.target = target;
        this.seed = seed;
        this.rng = new Random(seed);
        // ~1% of handlers get a sibling handler with SQL injection; ~1% of body handlers skip
        // validation; ~1% of routers enable cors() with no origin. At least one of each early on.
        this.sqlPlanter = new Planter(new Random(seed * 31 + 1), 100);
        this.bodyPlanter = new Planter(new Random(seed * 31 + 2), 100);
        this.corsPlanter = new Planter(new Random(seed * 31 + 3), 100);
    }

    int countKind(String kind) {
        int n = 0;
        for (String m : manifest) if (m.endsWith("\t" + kind)) n++;
        return n;
    }

    /** Decides deterministically which opportunities get a planted finding, about 1 in period. */
    static final class Planter {
        final Random r;
        final int period;
        long seen;
        long next;

        Planter(Random r, int period) {
            this.r = r;
            this.period = period;
            this.next = r.nextInt(3);
        }

        /** Consumes n opportunities; true if a finding falls among them. */
        boolean tick(int n) {
            boolean hit = false;
            long end = seen + n;
            while (next < end) {
                hit = true;
                next += period / 2 + r.nextInt(period);
            }
            seen = end;
            return hit;
        }
    }

    void run() throws IOException {
        Files.createDirectories(out);
        writeStatic();
        int guard = 0;
        while (true) {
            long appEstimate = 40 + 2L * (entities.size() + 1);
            if (tsLines + appEstimate >= target && !entities.isEmpty()) break;
            Entity e = newEntity();
            entities.add(e);
            writeModule(e);
            modules++;
            if (++guard > 10_000_000) throw new IllegalStateException("runaway");
        }
        writeApp();
        StringBuilder sb = new StringBuilder("path\tline\tkind\n");
        for (String m : manifest) sb.append(m).append('\n');
        Files.writeString(out.resolve("expected-findings.tsv"), sb.toString(), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------
    // output buffer with line tracking

    static final class W {
        final StringBuilder sb = new StringBuilder(8192);
        int line = 1; // number of the next line to be written

        W l(String s) {
            sb.append(s).append('\n');
            line++;
            return this;
        }

        W l() {
            sb.append('\n');
            line++;
            return this;
        }

        W block(String s) {
            sb.append(s);
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') line++;
            if (!s.isEmpty() && s.charAt(s.length() - 1) != '\n') { sb.append('\n'); line++; }
            return this;
        }
    }

    void write(String rel, W w) throws IOException {
        write(rel, w.sb.toString());
    }

    void write(String rel, String content) throws IOException {
        Path p = out.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content, StandardCharsets.UTF_8);
        files++;
        if (rel.endsWith(".ts")) {
            long n = 0;
            for (int i = 0; i < content.length(); i++) if (content.charAt(i) == '\n') n++;
            tsLines += n;
        }
    }

    void plant(String rel, int line, String kind) {
        manifest.add(rel + "\t" + line + "\t" + kind);
    }

    // ------------------------------------------------------------------------------------------
    // names

    static final String[] NOUNS = {
        "invoice", "customer", "order", "product", "shipment", "warehouse", "supplier", "payment", "refund",
        "subscription", "plan", "coupon", "discount", "ticket", "comment", "review", "article", "author",
        "category", "tag", "project", "task", "milestone", "sprint", "team", "member", "role", "permission",
        "session", "device", "notification", "message", "thread", "channel", "attachment", "document", "folder",
        "report", "dashboard", "widget", "metric", "alert", "incident", "deployment", "release", "build",
        "artifact", "pipeline", "job", "schedule", "event", "venue", "booking", "reservation", "room", "guest",
        "vehicle", "driver", "trip", "parcel", "carrier", "account", "ledger", "transaction", "budget",
        "expense", "receipt", "vendor", "contract", "lead", "opportunity", "campaign", "audience", "segment",
        "survey", "course", "lesson", "quiz", "enrollment", "certificate", "patient", "appointment",
        "prescription", "clinic", "doctor", "pet", "listing", "property", "tenant", "lease", "asset", "license",
        "feature", "experiment", "variant", "webhook", "integration", "workspace", "organization", "invitation",
        "address", "note", "bookmark", "playlist", "track", "album", "recipe", "ingredient", "menu", "shift",
        "timesheet", "payroll", "holiday", "badge", "reward", "wallet", "voucher", "inventory", "stock", "batch",
        "sample", "specimen", "quote", "estimate", "claim", "policy", "warranty", "complaint", "feedback",
    };

    static final String[] PREFIXES = {
        "customer", "product", "order", "team", "user", "billing", "shipping", "inventory", "support", "sales",
        "marketing", "partner", "vendor", "internal", "public", "archived", "scheduled", "recurring", "draft",
        "shared", "legacy", "mobile", "admin", "audit", "tax", "price", "loyalty", "gift", "return", "service",
        "store", "regional", "daily", "monthly", "project", "content", "media", "fleet", "lab", "guest",
    };

    static final String[][] FIELD_POOL = {
        {"title", "str"}, {"description", "text"}, {"email", "email"}, {"website", "url"}, {"quantity", "int"},
        {"amount", "money"}, {"price", "money"}, {"isActive", "bool"}, {"isPublic", "bool"}, {"dueDate", "date"},
        {"startsAt", "date"}, {"endsAt", "date"}, {"status", "enum"}, {"priority", "enum"}, {"ownerId", "uuid"},
        {"accountId", "uuid"}, {"category", "str"}, {"notes", "text"}, {"tags", "tags"}, {"sku", "code"},
        {"code", "code"}, {"phone", "phone"}, {"rating", "int"}, {"weight", "money"}, {"currency", "currency"},
        {"country", "country"}, {"city", "str"}, {"slug", "slug"}, {"version", "int"}, {"archived", "bool"},
        {"label", "str"}, {"color", "str"}, {"externalRef", "str"}, {"score", "money"}, {"position", "int"},
        {"expiresAt", "date"}, {"publishedAt", "date"}, {"summary", "text"}, {"locale", "locale"},
        {"visibility", "enum"}, {"stage", "enum"}, {"teamId", "uuid"}, {"parentId", "uuid"}, {"capacity", "int"},
        {"balance", "money"}, {"timezone", "str"}, {"referenceCode", "code"}, {"isVerified", "bool"},
    };

    static final String[][] ENUM_SETS = {
        {"draft", "active", "archived"}, {"pending", "approved", "rejected"}, {"open", "in_progress", "resolved", "closed"},
        {"low", "medium", "high", "critical"}, {"private", "team", "public"}, {"new", "qualified", "won", "lost"},
        {"queued", "running", "succeeded", "failed"}, {"requested", "confirmed", "cancelled"},
    };

    static final String[] SEARCH_FIELDS = {"name", "title", "label", "displayName", "headline"};

    static String cap(String s) { return Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    static String snake(String camel) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) { b.append('_').append(Character.toLowerCase(c)); }
            else b.append(c);
        }
        return b.toString();
    }

    static String kebab(String camel) { return snake(camel).replace('_', '-'); }

    static String plural(String w) {
        if (w.endsWith("y") && w.length() > 1 && "aeiou".indexOf(w.charAt(w.length() - 2)) < 0)
            return w.substring(0, w.length() - 1) + "ies";
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) return w + "es";
        return w + "s";
    }

    static String q(String s) { return "'" + s + "'"; }

    <T> T pick(T[] a) { return a[rng.nextInt(a.length)]; }

    boolean chance(int percent) { return rng.nextInt(100) < percent; }

    // ------------------------------------------------------------------------------------------
    // model

    static final class Field {
        final String name;
        final String kind;
        final String[] enumVals;

        Field(String name, String kind, String[] enumVals) {
            this.name = name;
            this.kind = kind;
            this.enumVals = enumVals;
        }

        String col() { return snake(name); }

        String selectExpr() { return col().equals(name) ? name : col() + " AS \"" + name + "\""; }

        boolean nullable() { return kind.equals("text") || kind.equals("url") || kind.equals("phone"); }

        String zod(Entity e) {
            switch (kind) {
                case "str": return "z.string().trim().min(1).max(" + (name.equals(e.search.name) ? 160 : 80) + ")";
                case "text": return "z.string().max(5000).optional()";
                case "email": return "z.string().email().max(254)";
                case "url": return "z.string().url().optional()";
                case "int": return name.equals("rating") ? "z.number().int().min(1).max(5)" : "z.number().int().min(0)";
                case "money": return "z.number().nonnegative().finite()";
                case "bool": return "z.boolean().default(false)";
                case "date": return "z.coerce.date()";
                case "enum": return e.camel + cap(name) + "Schema";
                case "uuid": return "z.string().uuid()";
                case "tags": return "z.array(z.string().trim().min(1).max(40)).max(20).default([])";
                case "code": return "z.string().regex(/^[A-Z0-9-]{3,32}$/)";
                case "phone": return "z.string().regex(/^[+]?[0-9 ()-]{7,20}$/).optional()";
                case "currency": return "z.string().length(3).toUpperCase()";
                case "country": return "z.string().length(2)";
                case "slug": return "z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(120)";
                case "locale": return "z.string().min(2).max(10).default('en')";
                default: throw new IllegalStateException(kind);
            }
        }

        String ts(Entity e) {
            switch (kind) {
                case "int": case "money": return "number";
                case "bool": return "boolean";
                case "date": return "Date";
                case "enum": return e.pascal + cap(name);
                case "tags": return "string[]";
                default: return nullable() ? "string | null" : "string";
            }
        }
    }

    static final class Entity {
        String camel, pascal, kebab, table, pathSeg, module;
        List<Field> fields = new ArrayList<>();
        Field search;
        Field enumField;
        Field refField;
        Field moneyField;
        List<String> sortKeys = new ArrayList<>();
        boolean archive;
        boolean mapper;
        boolean events;
        int repoStyle;    // 0 prisma class, 1 prisma object, 2 pg functions (static SQL), 3 pg class (built SQL)
        int serviceStyle; // 0 class, 1 object literal
        int routerStyle;  // 0 const router + asyncHandler, 1 factory + try/catch, 2 controller class
        boolean strictCreate;

        String columns() {
            StringBuilder b = new StringBuilder("id");
            for (Field f : fields) b.append(", ").append(f.selectExpr());
            b.append(", created_at AS \"createdAt\", updated_at AS \"updatedAt\"");
            return b.toString();
        }

        String routerExport() { return routerStyle == 1 ? "create" + pascal + "Router" : camel + "Router"; }
    }

    Entity newEntity() {
        Entity e = new Entity();
        String name = null;
        for (int attempt = 0; attempt < 60 && name == null; attempt++) {
            String noun = pick(NOUNS);
            String cand;
            if (attempt < 3 && chance(25)) cand = noun;
            else {
                String pre = pick(PREFIXES);
                if (pre.equals(noun)) continue;
                cand = pre + cap(noun);
            }
            if (usedNames.add(cand)) name = cand;
        }
        if (name == null) {
            String base = pick(PREFIXES) + cap(pick(NOUNS));
            int i = 2;
            while (!usedNames.add(base + i)) i++;
            name = base + i;
        }
        e.camel = name;
        e.pascal = cap(name);
        e.kebab = kebab(name);
        e.table = plural(snake(name));
        e.pathSeg = plural(e.kebab);
        e.module = "src/modules/" + e.kebab + "/" + e.kebab;

        e.search = new Field(pick(SEARCH_FIELDS), "str", null);
        e.fields.add(e.search);
        Set<String> taken = new HashSet<>();
        taken.add(e.search.name);
        int n = 3 + rng.nextInt(8);
        for (int i = 0; i < n; i++) {
            String[] fd = pick(FIELD_POOL);
            if (!taken.add(fd[0])) continue;
            String[] vals = fd[1].equals("enum") ? pick(ENUM_SETS) : null;
            if (fd[1].equals("enum") && e.enumField != null) continue; // one enum per entity keeps types simple
            Field f = new Field(fd[0], fd[1], vals);
            e.fields.add(f);
            if (f.kind.equals("enum")) e.enumField = f;
            if (f.kind.equals("uuid") && e.refField == null) e.refField = f;
            if (f.kind.equals("money") && e.moneyField == null) e.moneyField = f;
        }
        e.sortKeys.add("createdAt");
        e.sortKeys.add(e.search.name);
        for (Field f : e.fields) {
            if (e.sortKeys.size() >= 4) break;
            if ((f.kind.equals("date") || f.kind.equals("int") || f.kind.equals("money")) && !e.sortKeys.contains(f.name))
                e.sortKeys.add(f.name);
        }
        e.archive = chance(40);
        e.mapper = chance(25);
        e.events = chance(15);
        e.repoStyle = rng.nextInt(4);
        e.serviceStyle = chance(65) ? 0 : 1;
        e.routerStyle = rng.nextInt(3);
        e.strictCreate = chance(30);
        return e;
    }

    // ------------------------------------------------------------------------------------------
    // module files

    void writeModule(Entity e) throws IOException {
        writeSchema(e);
        writeRepository(e);
        writeService(e);
        writeRouter(e);
        if (e.mapper) writeMapper(e);
        if (e.events) writeEvents(e);
    }

    void writeSchema(Entity e) throws IOException {
        String P = e.pascal, c = e.camel;
        W w = new W();
        w.l("import { z } from 'zod';").l();
        if (e.enumField != null) {
            Field f = e.enumField;
            StringBuilder vals = new StringBuilder();
            for (int i = 0; i < f.enumVals.length; i++) vals.append(i > 0 ? ", " : "").append(q(f.enumVals[i]));
            w.l("export const " + c + cap(f.name) + "Schema = z.enum([" + vals + "]);");
            w.l("export type " + P + cap(f.name) + " = z.infer<typeof " + c + cap(f.name) + "Schema>;").l();
        }
        if (e.strictCreate) {
            w.l("export const create" + P + "Schema = z");
            w.l("  .object({");
            for (Field f : e.fields) w.l("    " + f.name + ": " + f.zod(e) + ",");
            w.l("  })").l("  .strict();");
        } else {
            w.l("export const create" + P + "Schema = z.object({");
            for (Field f : e.fields) w.l("  " + f.name + ": " + f.zod(e) + ",");
            w.l("});");
        }
        w.l();
        if (chance(50)) {
            w.l("export const update" + P + "Schema = create" + P + "Schema.partial();");
        } else {
            w.l("export const update" + P + "Schema = create" + P + "Schema");
            w.l("  .partial()");
            w.l("  .refine((value) => Object.keys(value).length > 0, { message: 'at least one field is required' });");
        }
        w.l();
        StringBuilder sort = new StringBuilder();
        for (int i = 0; i < e.sortKeys.size(); i++) sort.append(i > 0 ? ", " : "").append(q(e.sortKeys.get(i)));
        w.l("export const " + c + "QuerySchema = z.object({");
        w.l("  page: z.coerce.number().int().min(1).default(1),");
        w.l("  pageSize: z.coerce.number().int().min(1).max(100).default(" + pick(new String[] {"20", "25", "50"}) + "),");
        w.l("  search: z.string().trim().max(200).optional(),");
        w.l("  sortBy: z.enum([" + sort + "]).default('createdAt'),");
        w.l("  order: z.enum(['asc', 'desc']).default('desc'),");
        w.l("});").l();
        w.l("export const " + c + "IdParamSchema = z.object({");
        w.l("  id: z.string().uuid(),");
        w.l("});").l();
        w.l("export const " + c + "StatsQuerySchema = z.object({");
        w.l("  days: z.coerce.number().int().min(1).max(365).default(30),");
        w.l("});").l();
        if (e.enumField != null) {
            w.l("export const " + c + "StatusChangeSchema = z.object({");
            w.l("  " + e.enumField.name + ": " + c + cap(e.enumField.name) + "Schema,");
            w.l("  reason: z.string().trim().max(500).optional(),");
            w.l("});").l();
        }
        if (e.archive) {
            w.l("export const " + c + "ArchiveSchema = z.object({");
            w.l("  ids: z.array(z.string().uuid()).min(1).max(100),");
            w.l("});").l();
        }
        if (e.refField != null) {
            w.l("export const " + c + "By" + cap(e.refField.name) + "ParamSchema = z.object({");
            w.l("  " + e.refField.name + ": z.string().uuid(),");
            w.l("});").l();
        }
        w.l("export type Create" + P + "Input = z.infer<typeof create" + P + "Schema>;");
        w.l("export type Update" + P + "Input = z.infer<typeof update" + P + "Schema>;");
        w.l("export type " + P + "Query = z.infer<typeof " + c + "QuerySchema>;");
        if (e.enumField != null)
            w.l("export type " + P + "StatusChange = z.infer<typeof " + c + "StatusChangeSchema>;");
        if (e.archive) w.l("export type " + P + "ArchiveInput = z.infer<typeof " + c + "ArchiveSchema>;");
        w.l();
        w.l("export interface " + P + " {");
        w.l("  id: string;");
        for (Field f : e.fields) w.l("  " + f.name + ": " + f.ts(e) + ";");
        w.l("  createdAt: Date;");
        w.l("  updatedAt: Date;");
        w.l("}").l();
        w.l("export interface " + P + "DailyStat {");
        w.l("  day: Date;");
        w.l("  count: number;");
        if (e.moneyField != null) w.l("  total" + cap(e.moneyField.name) + ": number;");
        w.l("}");
        write(e.module + ".schema.ts", w);
    }

    // --- repository ---------------------------------------------------------------------------

    /** Emits methods either as class methods, object-literal methods or top-level functions. */
    static final class Methods {
        final W w;
        final int style; // 0 class, 1 object literal, 2 functions
        final String ind;
        final List<String> names = new ArrayList<>();
        boolean first = true;

        Methods(W w, int style) {
            this.w = w;
            this.style = style;
            this.ind = style == 2 ? "  " : "    ";
        }

        void open(String name, String params, String ret) {
            if (!first) w.l();
            first = false;
            names.add(name);
            if (style == 2) w.l("async function " + name + "(" + params + "): Promise<" + ret + "> {");
            else w.l("  async " + name + "(" + params + "): Promise<" + ret + "> {");
        }

        void close() {
            w.l(style == 2 ? "}" : style == 1 ? "  }," : "  }");
        }

        void b(String s) { w.l(ind + s); }
    }

    void writeRepository(Entity e) throws IOException {
        W w = new W();
        String P = e.pascal, c = e.camel;
        boolean prisma = e.repoStyle <= 1;
        String typeImports = "Create" + P + "Input, " + P + ", " + P + "DailyStat, " + P + "Query, Update" + P + "Input";
        if (prisma) {
            w.l("import type { Prisma, PrismaClient } from '@prisma/client';");
            w.l("import { prisma } from '../../lib/prisma';");
        } else {
            w.l(e.repoStyle == 3 ? "import type { Pool, PoolClient } from 'pg';" : "import type { PoolClient } from 'pg';");
            w.l("import { pool } from '../../lib/db';");
        }
        w.l("import type { " + typeImports + " } from './" + e.kebab + ".schema';").l();

        Methods m;
        String db;
        if (e.repoStyle == 0) {
            w.l("export class " + P + "Repository {");
            w.l("  constructor(private readonly db: PrismaClient) {}").l();
            m = new Methods(w, 0);
            db = "this.db";
        } else if (e.repoStyle == 1) {
            w.l("export const " + c + "Repository = {");
            m = new Methods(w, 1);
            db = "prisma";
        } else if (e.repoStyle == 2) {
            m = new Methods(w, 2);
            db = "pool";
        } else {
            w.l("const COLUMNS = `" + e.columns() + "`;").l();
            w.l("const SORT_COLUMNS: Record<" + P + "Query['sortBy'], string> = {");
            for (String k : e.sortKeys) w.l("  " + k + ": " + q(k.equals("createdAt") ? "created_at" : snake(k)) + ",");
            w.l("};").l();
            w.l("const COLUMN_MAP: Record<keyof Update" + P + "Input, string> = {");
            for (Field f : e.fields) w.l("  " + f.name + ": " + q(f.col()) + ",");
            w.l("};").l();
            w.l("export class " + P + "Repository {");
            w.l("  constructor(private readonly pool: Pool) {}").l();
            m = new Methods(w, 0);
            db = "this.pool";
        }
        String model = db + "." + c;
        String cols = e.columns();
        String colsRef = e.repoStyle == 3 ? "${COLUMNS}" : cols;

        // findById
        m.open("findById", "id: string", P + " | null");
        if (prisma) m.b("return " + model + ".findUnique({ where: { id } });");
        else {
            m.b("const { rows } = await " + db + ".query<" + P + ">(");
            m.b("  `SELECT " + colsRef + "");
            m.b("     FROM " + e.table);
            m.b("    WHERE id = $1`,");
            m.b("  [id],");
            m.b(");");
            m.b("return rows[0] ?? null;");
        }
        m.close();

        // list
        m.open("list", "query: " + P + "Query", "{ items: " + P + "[]; total: number }");
        if (prisma) {
            m.b("const where: Prisma." + P + "WhereInput = query.search");
            m.b("  ? { " + e.search.name + ": { contains: query.search, mode: 'insensitive' } }");
            m.b("  : {};");
            m.b("const [items, total] = await " + db + ".$transaction([");
            m.b("  " + model + ".findMany({");
            m.b("    where,");
            m.b("    orderBy: { [query.sortBy]: query.order },");
            m.b("    skip: (query.page - 1) * query.pageSize,");
            m.b("    take: query.pageSize,");
            m.b("  }),");
            m.b("  " + model + ".count({ where }),");
            m.b("]);");
            m.b("return { items, total };");
        } else if (e.repoStyle == 2) {
            m.b("const offset = (query.page - 1) * query.pageSize;");
            m.b("const search = query.search ? `%${query.search}%` : null;");
            m.b("const { rows } = await pool.query<" + P + ">(");
            m.b("  `SELECT " + cols);
            m.b("     FROM " + e.table);
            m.b("    WHERE ($1::text IS NULL OR " + e.search.col() + " ILIKE $1)");
            m.b("    ORDER BY created_at DESC");
            m.b("    LIMIT $2 OFFSET $3`,");
            m.b("  [search, query.pageSize, offset],");
            m.b(");");
            m.b("const { rows: countRows } = await pool.query<{ total: string }>(");
            m.b("  'SELECT count(*) AS total FROM " + e.table + " WHERE ($1::text IS NULL OR " + e.search.col() + " ILIKE $1)',");
            m.b("  [search],");
            m.b(");");
            m.b("return { items: rows, total: Number(countRows[0]?.total ?? 0) };");
        } else {
            m.b("const params: unknown[] = [];");
            m.b("const conditions: string[] = [];");
            m.b("if (query.search) {");
            m.b("  params.push(`%${query.search}%`);");
            m.b("  conditions.push(`" + e.search.col() + " ILIKE $${params.length}`);");
            m.b("}");
            m.b("const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';");
            m.b("const orderBy = SORT_COLUMNS[query.sortBy];");
            m.b("const direction = query.order === 'asc' ? 'ASC' : 'DESC';");
            m.b("const countParams = [...params];");
            m.b("params.push(query.pageSize, (query.page - 1) * query.pageSize);");
            m.b("const [result, count] = await Promise.all([");
            m.b("  this.pool.query<" + P + ">(");
            m.b("    `SELECT ${COLUMNS} FROM " + e.table + " ${where} ORDER BY ${orderBy} ${direction} LIMIT $${params.length - 1} OFFSET $${params.length}`,");
            m.b("    params,");
            m.b("  ),");
            m.b("  this.pool.query<{ total: string }>(`SELECT count(*) AS total FROM " + e.table + " ${where}`, countParams),");
            m.b("]);");
            m.b("return { items: result.rows, total: Number(count.rows[0]?.total ?? 0) };");
        }
        m.close();

        // create
        m.open("create", "input: Create" + P + "Input, actorId: string", P);
        if (prisma) {
            m.b("return " + model + ".create({");
            m.b("  data: { ...input, createdBy: actorId },");
            m.b("});");
        } else {
            StringBuilder names = new StringBuilder();
            StringBuilder ph = new StringBuilder();
            int i = 1;
            for (Field f : e.fields) {
                names.append(f.col()).append(", ");
                ph.append("$").append(i++).append(", ");
            }
            names.append("created_by");
            ph.append("$").append(i);
            m.b("const { rows } = await " + db + ".query<" + P + ">(");
            m.b("  `INSERT INTO " + e.table + " (" + names + ")");
            m.b("   VALUES (" + ph + ")");
            m.b("   RETURNING " + colsRef + "`,");
            m.b("  [");
            for (Field f : e.fields) m.b("    input." + f.name + (f.nullable() ? " ?? null" : "") + ",");
            m.b("    actorId,");
            m.b("  ],");
            m.b(");");
            m.b("return rows[0];");
        }
        m.close();

        // update
        m.open("update", "id: string, input: Update" + P + "Input", P);
        if (prisma) {
            m.b("return " + model + ".update({ where: { id }, data: input });");
        } else if (e.repoStyle == 2) {
            m.b("const { rows } = await pool.query<" + P + ">(");
            m.b("  `UPDATE " + e.table);
            int i = 2;
            StringBuilder sets = new StringBuilder();
            for (Field f : e.fields) sets.append(f.col()).append(" = COALESCE($").append(i++).append(", ").append(f.col()).append("), ");
            m.b("      SET " + sets + "updated_at = now()");
            m.b("    WHERE id = $1");
            m.b("    RETURNING " + cols + "`,");
            m.b("  [");
            m.b("    id,");
            for (Field f : e.fields) m.b("    input." + f.name + " ?? null,");
            m.b("  ],");
            m.b(");");
            m.b("return rows[0];");
        } else {
            m.b("const assignments: string[] = [];");
            m.b("const values: unknown[] = [id];");
            m.b("for (const [key, value] of Object.entries(input) as [keyof Update" + P + "Input, unknown][]) {");
            m.b("  if (value === undefined) continue;");
            m.b("  values.push(value);");
            m.b("  assignments.push(`${COLUMN_MAP[key]} = $${values.length}`);");
            m.b("}");
            m.b("if (assignments.length === 0) {");
            m.b("  const current = await this.findById(id);");
            m.b("  if (!current) throw new Error(`" + e.kebab + " ${id} not found`);");
            m.b("  return current;");
            m.b("}");
            m.b("const { rows } = await this.pool.query<" + P + ">(");
            m.b("  `UPDATE " + e.table + " SET ${assignments.join(', ')}, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,");
            m.b("  values,");
            m.b(");");
            m.b("return rows[0];");
        }
        m.close();

        // remove
        m.open("remove", "id: string", "void");
        if (prisma) m.b("await " + model + ".delete({ where: { id } });");
        else m.b("await " + db + ".query('DELETE FROM " + e.table + " WHERE id = $1', [id]);");
        m.close();

        // dailyStats
        m.open("dailyStats", "since: Date", P + "DailyStat[]");
        String totalSel = e.moneyField != null
                ? ", coalesce(sum(" + e.moneyField.col() + "), 0)::float AS \"total" + cap(e.moneyField.name) + "\"" : "";
        if (prisma) {
            if (chance(50)) {
                m.b("return " + db + ".$queryRaw<" + P + "DailyStat[]>`");
                m.b("  SELECT date_trunc('day', created_at) AS day, count(*)::int AS count" + totalSel);
                m.b("    FROM " + e.table);
                m.b("   WHERE created_at >= ${since}");
                m.b("   GROUP BY 1");
                m.b("   ORDER BY 1`;");
            } else {
                m.b("const rows = await " + db + ".$queryRaw<" + P + "DailyStat[]>`SELECT date_trunc('day', created_at) AS day, count(*)::int AS count" + totalSel + " FROM " + e.table + " WHERE created_at >= ${since} GROUP BY 1 ORDER BY 1`;");
                m.b("return rows.map((row) => ({ ...row, day: new Date(row.day) }));");
            }
        } else {
            m.b("const { rows } = await " + db + ".query<" + P + "DailyStat>(");
            m.b("  `SELECT date_trunc('day', created_at) AS day, count(*)::int AS count" + totalSel);
            m.b("     FROM " + e.table);
            m.b("    WHERE created_at >= $1");
            m.b("    GROUP BY 1");
            m.b("    ORDER BY 1`,");
            m.b("  [since],");
            m.b(");");
            m.b("return rows;");
        }
        m.close();

        if (e.enumField != null) {
            Field f = e.enumField;
            m.open("updateStatus", "id: string, " + f.name + ": " + P + "['" + f.name + "']", P);
            if (prisma) m.b("return " + model + ".update({ where: { id }, data: { " + f.name + " } });");
            else {
                m.b("const { rows } = await " + db + ".query<" + P + ">(");
                m.b("  `UPDATE " + e.table + " SET " + f.col() + " = $2, updated_at = now() WHERE id = $1 RETURNING " + colsRef + "`,");
                m.b("  [id, " + f.name + "],");
                m.b(");");
                m.b("return rows[0];");
            }
            m.close();
        }

        if (e.archive) {
            m.open("archiveMany", "ids: string[], actorId: string", "number");
            if (prisma) {
                m.b("return " + db + ".$transaction(async (tx) => {");
                m.b("  const result = await tx." + c + ".updateMany({");
                m.b("    where: { id: { in: ids } },");
                m.b("    data: { archivedAt: new Date() },");
                m.b("  });");
                m.b("  await tx.auditLog.create({");
                m.b("    data: { entity: '" + e.kebab + "', action: 'archive', actorId, count: result.count },");
                m.b("  });");
                m.b("  return result.count;");
                m.b("});");
            } else {
                m.b("const client: PoolClient = await " + db + ".connect();");
                m.b("try {");
                m.b("  await client.query('BEGIN');");
                m.b("  const result = await client.query(");
                m.b("    'UPDATE " + e.table + " SET archived_at = now(), archived_by = $2 WHERE id = ANY($1::uuid[])',");
                m.b("    [ids, actorId],");
                m.b("  );");
                m.b("  await client.query(");
                m.b("    'INSERT INTO audit_log (entity, action, actor_id, count) VALUES ($1, $2, $3, $4)',");
                m.b("    ['" + e.kebab + "', 'archive', actorId, result.rowCount ?? 0],");
                m.b("  );");
                m.b("  await client.query('COMMIT');");
                m.b("  return result.rowCount ?? 0;");
                m.b("} catch (err) {");
                m.b("  await client.query('ROLLBACK');");
                m.b("  throw err;");
                m.b("} finally {");
                m.b("  client.release();");
                m.b("}");
            }
            m.close();
        }

        if (e.refField != null) {
            Field f = e.refField;
            m.open("findBy" + cap(f.name), f.name + ": string, limit = 100", P + "[]");
            if (prisma) {
                m.b("return " + model + ".findMany({");
                m.b("  where: { " + f.name + " },");
                m.b("  orderBy: { createdAt: 'desc' },");
                m.b("  take: limit,");
                m.b("});");
            } else {
                m.b("const { rows } = await " + db + ".query<" + P + ">(");
                m.b("  `SELECT " + colsRef + " FROM " + e.table + " WHERE " + f.col() + " = $1 ORDER BY created_at DESC LIMIT $2`,");
                m.b("  [" + f.name + ", limit],");
                m.b(");");
                m.b("return rows;");
            }
            m.close();
        }

        if (e.repoStyle == 0) {
            w.l("}").l();
            w.l("export const " + c + "Repository = new " + P + "Repository(prisma);");
        } else if (e.repoStyle == 1) {
            w.l("};");
        } else if (e.repoStyle == 2) {
            w.l();
            w.l("export const " + c + "Repository = {");
            for (String n : m.names) w.l("  " + n + ",");
            w.l("};");
        } else {
            w.l("}").l();
            w.l("export const " + c + "Repository = new " + P + "Repository(pool);");
        }
        write(e.module + ".repository.ts", w);
    }

    // --- service ------------------------------------------------------------------------------

    void writeService(Entity e) throws IOException {
        W w = new W();
        String P = e.pascal, c = e.camel;
        boolean cls = e.serviceStyle == 0;
        w.l("import { logger } from '../../lib/logger';");
        w.l("import { buildPage, type Page } from '../../utils/pagination';");
        w.l("import { ConflictError, NotFoundError, ValidationError } from '../../utils/errors';");
        w.l("import { " + c + "Repository } from './" + e.kebab + ".repository';");
        if (e.events) w.l("import { " + c + "Events } from './" + e.kebab + ".events';");
        w.l("import type { Create" + P + "Input, " + P + ", " + P + "DailyStat, " + P + "Query, Update" + P + "Input } from './" + e.kebab + ".schema';");
        w.l();
        String DAY = chance(50) ? "24 * 60 * 60 * 1000" : "86_400_000";
        if (e.enumField != null) {
            Field f = e.enumField;
            String T = P + "['" + f.name + "']";
            w.l("const ALLOWED_TRANSITIONS: Record<" + T + ", ReadonlyArray<" + T + ">> = {");
            for (int i = 0; i < f.enumVals.length; i++) {
                StringBuilder to = new StringBuilder();
                for (int j = i + 1; j < f.enumVals.length; j++) to.append(to.length() > 0 ? ", " : "").append(q(f.enumVals[j]));
                w.l("  " + f.enumVals[i] + ": [" + to + "],");
            }
            w.l("};").l();
        }
        int maxMoney = 1000 * (1 + rng.nextInt(500));
        if (e.moneyField != null) {
            w.l("const MAX_" + snake(e.moneyField.name).toUpperCase(Locale.ROOT) + " = " + maxMoney + ";").l();
        }
        String repo, log, self;
        String ind;
        if (cls) {
            w.l("type " + P + "RepositoryLike = typeof " + c + "Repository;").l();
            w.l("export class " + P + "Service {");
            w.l("  private readonly log = logger.child({ module: '" + e.kebab + "' });").l();
            w.l("  constructor(private readonly repo: " + P + "RepositoryLike = " + c + "Repository) {}").l();
            repo = "this.repo";
            log = "this.log";
            self = "this.get";
            ind = "    ";
        } else {
            w.l("const log = logger.child({ module: '" + e.kebab + "' });").l();
            w.l("async function require" + P + "(id: string): Promise<" + P + "> {");
            w.l("  const found = await " + c + "Repository.findById(id);");
            w.l("  if (!found) {");
            w.l("    throw new NotFoundError('" + e.kebab + "', id);");
            w.l("  }");
            w.l("  return found;");
            w.l("}").l();
            w.l("export const " + c + "Service = {");
            repo = c + "Repository";
            log = "log";
            self = "require" + P;
            ind = "    ";
        }
        String sep = cls ? "  }" : "  },";
        boolean[] first = {true};
        java.util.function.BiConsumer<String, String> open = (sig, ret) -> {
            if (!first[0]) w.l();
            first[0] = false;
            w.l("  async " + sig + ": Promise<" + ret + "> {");
        };

        open.accept("list(query: " + P + "Query)", "Page<" + P + ">");
        w.l(ind + "const { items, total } = await " + repo + ".list(query);");
        w.l(ind + "return buildPage(items, total, query);");
        w.l(sep);

        open.accept("get(id: string)", P);
        if (cls) {
            w.l(ind + "const found = await " + repo + ".findById(id);");
            w.l(ind + "if (!found) {");
            w.l(ind + "  throw new NotFoundError('" + e.kebab + "', id);");
            w.l(ind + "}");
            w.l(ind + "return found;");
        } else {
            w.l(ind + "return " + self + "(id);");
        }
        w.l(sep);

        open.accept("create(input: Create" + P + "Input, actorId: string)", P);
        if (e.moneyField != null) {
            String mf = e.moneyField.name;
            w.l(ind + "if (input." + mf + " > MAX_" + snake(mf).toUpperCase(Locale.ROOT) + ") {");
            w.l(ind + "  throw new ValidationError(`" + mf + " exceeds the limit of ${MAX_" + snake(mf).toUpperCase(Locale.ROOT) + "}`);");
            w.l(ind + "}");
        }
        w.l(ind + "const created = await " + repo + ".create(input, actorId);");
        w.l(ind + log + ".info({ id: created.id, actorId }, '" + e.kebab + " created');");
        if (e.events) w.l(ind + c + "Events.emit('created', created);");
        w.l(ind + "return created;");
        w.l(sep);

        open.accept("update(id: string, input: Update" + P + "Input)", P);
        w.l(ind + "await " + self + "(id);");
        w.l(ind + "const updated = await " + repo + ".update(id, input);");
        if (e.events) w.l(ind + c + "Events.emit('updated', updated, input);");
        w.l(ind + "return updated;");
        w.l(sep);

        open.accept("remove(id: string)", "void");
        w.l(ind + "await " + self + "(id);");
        w.l(ind + "await " + repo + ".remove(id);");
        w.l(ind + log + ".info({ id }, '" + e.kebab + " removed');");
        if (e.events) w.l(ind + c + "Events.emit('removed', id);");
        w.l(sep);

        open.accept("stats(days = 30)", P + "DailyStat[]");
        w.l(ind + "const since = new Date(Date.now() - days * " + DAY + ");");
        w.l(ind + "return " + repo + ".dailyStats(since);");
        w.l(sep);

        if (e.enumField != null) {
            Field f = e.enumField;
            open.accept("changeStatus(id: string, next: " + P + "['" + f.name + "'], actorId: string)", P);
            w.l(ind + "const current = await " + self + "(id);");
            w.l(ind + "if (!ALLOWED_TRANSITIONS[current." + f.name + "].includes(next)) {");
            w.l(ind + "  throw new ConflictError(`cannot move " + e.kebab + " from ${current." + f.name + "} to ${next}`);");
            w.l(ind + "}");
            w.l(ind + "const updated = await " + repo + ".updateStatus(id, next);");
            w.l(ind + log + ".info({ id, from: current." + f.name + ", to: next, actorId }, '" + e.kebab + " " + f.name + " changed');");
            w.l(ind + "return updated;");
            w.l(sep);
        }
        if (e.archive) {
            open.accept("archive(ids: string[], actorId: string)", "{ archived: number }");
            w.l(ind + "const unique = [...new Set(ids)];");
            w.l(ind + "const archived = await " + repo + ".archiveMany(unique, actorId);");
            w.l(ind + "if (archived !== unique.length) {");
            w.l(ind + "  " + log + ".warn({ requested: unique.length, archived }, 'some " + e.pathSeg + " were not archived');");
            w.l(ind + "}");
            w.l(ind + "return { archived };");
            w.l(sep);
        }
        if (e.refField != null) {
            String R = cap(e.refField.name);
            open.accept("listBy" + R + "(" + e.refField.name + ": string)", P + "[]");
            w.l(ind + "return " + repo + ".findBy" + R + "(" + e.refField.name + ");");
            w.l(sep);
        }
        if (cls) {
            w.l("}").l();
            w.l("export const " + c + "Service = new " + P + "Service();");
        } else {
            w.l("};");
        }
        write(e.module + ".service.ts", w);
    }

    // --- router -------------------------------------------------------------------------------

    static final class Handler {
        final String kind, method, path, name;
        boolean body;
        int vstyle;          // 0 parse, 1 safeParse, 2 validateBody middleware
        boolean unvalidated; // planted finding
        boolean admin;

        Handler(String kind, String method, String path, String name) {
            this.kind = kind;
            this.method = method;
            this.path = path;
            this.name = name;
        }
    }

    void writeRouter(Entity e) throws IOException {
        String P = e.pascal, c = e.camel;
        String rel = e.module + ".router.ts";
        List<Handler> hs = new ArrayList<>();
        hs.add(new Handler("list", "get", "/", "list"));
        hs.add(new Handler("stats", "get", "/stats", "stats"));
        if (e.archive) hs.add(new Handler("archive", "post", "/archive", "archive"));
        if (e.refField != null)
            hs.add(new Handler("byRef", "get", "/by-" + kebab(e.refField.name) + "/:" + e.refField.name, "listBy" + cap(e.refField.name)));
        boolean sql = sqlPlanter.tick(hs.size() + 4 + (e.enumField != null ? 1 : 0));
        if (sql) hs.add(new Handler("sqlBad", "get", "/export", "exportRows"));
        hs.add(new Handler("get", "get", "/:id", "getById"));
        hs.add(new Handler("create", "post", "/", "create"));
        hs.add(new Handler("update", "patch", "/:id", "update"));
        if (e.enumField != null) hs.add(new Handler("status", "post", "/:id/status", "changeStatus"));
        Handler rm = new Handler("remove", "delete", "/:id", "remove");
        rm.admin = chance(60);
        hs.add(rm);
        for (Handler h : hs) {
            h.body = h.kind.equals("create") || h.kind.equals("update") || h.kind.equals("status") || h.kind.equals("archive");
            if (h.body) {
                int r = rng.nextInt(100);
                h.vstyle = r < 45 ? 0 : r < 70 ? 1 : 2;
                h.unvalidated = bodyPlanter.tick(1);
            }
        }
        boolean cors = corsPlanter.tick(1);

        W w = new W();
        if (e.routerStyle == 2) w.l("import { Router, type Request, type Response } from 'express';");
        else if (e.routerStyle == 1) w.l("import { Router, type NextFunction, type Request, type Response } from 'express';");
        else w.l("import { Router } from 'express';");
        if (cors) w.l("import cors from 'cors';");
        if (sql) w.l("import { pool } from '../../lib/db';");
        w.l("import { requireAuth, requireRole } from '../../middleware/auth';");
        w.l("import { validateBody } from '../../middleware/validate';");
        if (e.routerStyle != 1) w.l("import { asyncHandler } from '../../utils/async-handler';");
        if (e.mapper) w.l("import { to" + P + "Dto, to" + P + "Dtos } from './" + e.kebab + ".mapper';");
        w.l("import { " + c + "Service } from './" + e.kebab + ".service';");
        List<String> schemas = new ArrayList<>(List.of("create" + P + "Schema", "update" + P + "Schema", c + "IdParamSchema", c + "QuerySchema", c + "StatsQuerySchema"));
        List<String> types = new ArrayList<>(List.of("Create" + P + "Input", "Update" + P + "Input"));
        if (e.enumField != null) { schemas.add(c + "StatusChangeSchema"); types.add(P + "StatusChange"); }
        if (e.archive) { schemas.add(c + "ArchiveSchema"); types.add(P + "ArchiveInput"); }
        if (e.refField != null) schemas.add(c + "By" + cap(e.refField.name) + "ParamSchema");
        w.l("import {");
        for (String s : schemas) w.l("  " + s + ",");
        for (String t : types) w.l("  type " + t + ",");
        w.l("} from './" + e.kebab + ".schema';");
        w.l();

        if (e.routerStyle == 0) {
            String r = c + "Router";
            w.l("export const " + r + " = Router();").l();
            if (cors) { plant(rel, w.line, "cors-any-origin"); w.l(r + ".use(cors());").l(); }
            boolean firstH = true;
            for (Handler h : hs) {
                if (!firstH) w.l();
                firstH = false;
                String mws = "requireAuth" + (h.admin ? ", requireRole('admin')" : "") + validationMw(e, h);
                if (chance(50) || h.admin || (h.body && h.vstyle == 2 && !h.unvalidated)) {
                    w.l(r + "." + h.method + "(");
                    w.l("  " + q(h.path) + ",");
                    for (String mw : mws.split(", ")) w.l("  " + mw + ",");
                    w.l("  asyncHandler(async (req, res) => {");
                    handlerBody(w, rel, "    ", e, h, c + "Service");
                    w.l("  }),");
                    w.l(");");
                } else {
                    w.l(r + "." + h.method + "(" + q(h.path) + ", " + mws + ", asyncHandler(async (req, res) => {");
                    handlerBody(w, rel, "  ", e, h, c + "Service");
                    w.l("}));");
                }
            }
        } else if (e.routerStyle == 1) {
            w.l("type " + P + "ServiceLike = typeof " + c + "Service;").l();
            w.l("export function create" + P + "Router(service: " + P + "ServiceLike = " + c + "Service): Router {");
            w.l("  const router = Router();");
            if (cors) { plant(rel, w.line, "cors-any-origin"); w.l("  router.use(cors());"); }
            w.l("  router.use(requireAuth);");
            for (Handler h : hs) {
                w.l();
                String mws = (h.admin ? "requireRole('admin')" : "") + validationMw(e, h);
                if (mws.startsWith(", ")) mws = mws.substring(2);
                w.l("  router." + h.method + "(" + q(h.path) + ", " + (mws.isEmpty() ? "" : mws + ", ")
                        + "async (req: Request, res: Response, next: NextFunction) => {");
                w.l("    try {");
                handlerBody(w, rel, "      ", e, h, "service");
                w.l("    } catch (err) {");
                w.l("      next(err);");
                w.l("    }");
                w.l("  });");
            }
            w.l().l("  return router;");
            w.l("}");
        } else {
            w.l("type " + P + "ServiceLike = typeof " + c + "Service;").l();
            w.l("class " + P + "Controller {");
            w.l("  constructor(private readonly service: " + P + "ServiceLike) {}");
            for (Handler h : hs) {
                w.l();
                w.l("  " + h.name + " = async (req: Request, res: Response): Promise<void> => {");
                handlerBody(w, rel, "    ", e, h, "this.service");
                w.l("  };");
            }
            w.l("}").l();
            w.l("const controller = new " + P + "Controller(" + c + "Service);");
            String r = c + "Router";
            w.l("export const " + r + " = Router();").l();
            if (cors) { plant(rel, w.line, "cors-any-origin"); w.l(r + ".use(cors());"); }
            w.l(r + ".use(requireAuth);");
            for (Handler h : hs) {
                String mws = (h.admin ? "requireRole('admin')" : "") + validationMw(e, h);
                if (mws.startsWith(", ")) mws = mws.substring(2);
                w.l(r + "." + h.method + "(" + q(h.path) + ", " + (mws.isEmpty() ? "" : mws + ", ") + "asyncHandler(controller." + h.name + "));");
            }
        }
        write(rel, w);
    }

    String validationMw(Entity e, Handler h) {
        if (!h.body || h.unvalidated || h.vstyle != 2) return "";
        return ", validateBody(" + bodySchema(e, h) + ")";
    }

    String bodySchema(Entity e, Handler h) {
        switch (h.kind) {
            case "create": return "create" + e.pascal + "Schema";
            case "update": return "update" + e.pascal + "Schema";
            case "status": return e.camel + "StatusChangeSchema";
            case "archive": return e.camel + "ArchiveSchema";
            default: throw new IllegalStateException(h.kind);
        }
    }

    String bodyType(Entity e, Handler h) {
        switch (h.kind) {
            case "create": return "Create" + e.pascal + "Input";
            case "update": return "Update" + e.pascal + "Input";
            case "status": return e.pascal + "StatusChange";
            case "archive": return e.pascal + "ArchiveInput";
            default: throw new IllegalStateException(h.kind);
        }
    }

    /** Writes `const input = ...` for a body handler, validated or (planted) not. */
    void bodyInput(W w, String rel, String ind, Entity e, Handler h) {
        if (h.unvalidated) {
            plant(rel, w.line, "unvalidated-body");
            w.l(ind + "const input = req.body as " + bodyType(e, h) + ";");
            return;
        }
        switch (h.vstyle) {
            case 0:
                w.l(ind + "const input = " + bodySchema(e, h) + ".parse(req.body);");
                break;
            case 1:
                w.l(ind + "const parsed = " + bodySchema(e, h) + ".safeParse(req.body);");
                w.l(ind + "if (!parsed.success) {");
                w.l(ind + "  res.status(400).json({ error: 'validation_failed', details: parsed.error.flatten() });");
                w.l(ind + "  return;");
                w.l(ind + "}");
                w.l(ind + "const input = parsed.data;");
                break;
            default:
                w.l(ind + "const input = req.body as " + bodyType(e, h) + ";");
        }
    }

    void handlerBody(W w, String rel, String ind, Entity e, Handler h, String svc) {
        String P = e.pascal, c = e.camel;
        String actor = "req.user?.id ?? 'anonymous'";
        switch (h.kind) {
            case "list":
                w.l(ind + "const query = " + c + "QuerySchema.parse(req.query);");
                w.l(ind + "const page = await " + svc + ".list(query);");
                w.l(ind + (e.mapper ? "res.json({ ...page, items: to" + P + "Dtos(page.items) });" : "res.json(page);"));
                break;
            case "stats":
                w.l(ind + "const { days } = " + c + "StatsQuerySchema.parse(req.query);");
                w.l(ind + "res.json({ days, series: await " + svc + ".stats(days) });");
                break;
            case "byRef": {
                String f = e.refField.name;
                w.l(ind + "const { " + f + " } = " + c + "By" + cap(f) + "ParamSchema.parse(req.params);");
                w.l(ind + "const items = await " + svc + ".listBy" + cap(f) + "(" + f + ");");
                w.l(ind + "res.json({ items" + (e.mapper ? ": to" + P + "Dtos(items)" : "") + " });");
                break;
            }
            case "sqlBad":
                if (chance(50)) {
                    plant(rel, w.line, "sql-injection");
                    w.l(ind + "const { rows } = await pool.query(`SELECT * FROM " + e.table + " WHERE " + e.search.col()
                            + " = '${req.query." + e.search.name + "}' ORDER BY created_at DESC LIMIT 500`);");
                    w.l(ind + "res.json(rows);");
                } else {
                    w.l(ind + "const sortColumn = String(req.query.sort ?? 'created_at');");
                    w.l(ind + "const sql = `SELECT id, " + e.search.col() + " FROM " + e.table + " ORDER BY ${sortColumn} DESC LIMIT 1000`;");
                    plant(rel, w.line, "sql-injection");
                    w.l(ind + "const result = await pool.query(sql);");
                    w.l(ind + "res.setHeader('content-disposition', 'attachment; filename=\"" + e.pathSeg + ".json\"');");
                    w.l(ind + "res.json(result.rows);");
                }
                break;
            case "get":
                w.l(ind + "const { id } = " + c + "IdParamSchema.parse(req.params);");
                w.l(ind + "const " + c + " = await " + svc + ".get(id);");
                w.l(ind + "res.json(" + (e.mapper ? "to" + P + "Dto(" + c + ")" : c) + ");");
                break;
            case "create":
                bodyInput(w, rel, ind, e, h);
                w.l(ind + "const created = await " + svc + ".create(input, " + actor + ");");
                if (chance(50)) w.l(ind + "res.status(201).location(`${req.baseUrl}/${created.id}`).json(created);");
                else w.l(ind + "res.status(201).json(created);");
                break;
            case "update":
                w.l(ind + "const { id } = " + c + "IdParamSchema.parse(req.params);");
                bodyInput(w, rel, ind, e, h);
                w.l(ind + "const updated = await " + svc + ".update(id, input);");
                w.l(ind + "res.json(updated);");
                break;
            case "status":
                w.l(ind + "const { id } = " + c + "IdParamSchema.parse(req.params);");
                bodyInput(w, rel, ind, e, h);
                w.l(ind + "const updated = await " + svc + ".changeStatus(id, input." + e.enumField.name + ", " + actor + ");");
                w.l(ind + "res.json(updated);");
                break;
            case "archive":
                bodyInput(w, rel, ind, e, h);
                w.l(ind + "const result = await " + svc + ".archive(input.ids, " + actor + ");");
                w.l(ind + "res.json(result);");
                break;
            case "remove":
                w.l(ind + "const { id } = " + c + "IdParamSchema.parse(req.params);");
                w.l(ind + "await " + svc + ".remove(id);");
                w.l(ind + "res.status(204).end();");
                break;
            default:
                throw new IllegalStateException(h.kind);
        }
    }

    // --- extra module files -------------------------------------------------------------------

    void writeMapper(Entity e) throws IOException {
        String P = e.pascal;
        W w = new W();
        String enumType = e.enumField != null ? ", " + e.pascal + cap(e.enumField.name) : "";
        w.l("import type { " + P + enumType + " } from './" + e.kebab + ".schema';").l();
        w.l("export interface " + P + "Dto {");
        w.l("  id: string;");
        for (Field f : e.fields) w.l("  " + f.name + ": " + (f.kind.equals("date") ? "string" : f.ts(e)) + ";");
        w.l("  createdAt: string;");
        w.l("  updatedAt: string;");
        w.l("}").l();
        w.l("export function to" + P + "Dto(entity: " + P + "): " + P + "Dto {");
        w.l("  return {");
        w.l("    id: entity.id,");
        for (Field f : e.fields)
            w.l("    " + f.name + ": entity." + f.name + (f.kind.equals("date") ? ".toISOString()" : "") + ",");
        w.l("    createdAt: entity.createdAt.toISOString(),");
        w.l("    updatedAt: entity.updatedAt.toISOString(),");
        w.l("  };");
        w.l("}").l();
        w.l("export const to" + P + "Dtos = (items: readonly " + P + "[]): " + P + "Dto[] => items.map(to" + P + "Dto);");
        write(e.module + ".mapper.ts", w);
    }

    void writeEvents(Entity e) throws IOException {
        String P = e.pascal;
        W w = new W();
        w.l("import { EventEmitter } from 'node:events';");
        w.l("import type { " + P + ", Update" + P + "Input } from './" + e.kebab + ".schema';").l();
        w.l("export type " + P + "EventMap = {");
        w.l("  created: [" + e.camel + ": " + P + "];");
        w.l("  updated: [" + e.camel + ": " + P + ", changes: Update" + P + "Input];");
        w.l("  removed: [id: string];");
        w.l("};").l();
        w.l("class TypedEmitter<T extends Record<string, unknown[]>> {");
        w.l("  private readonly emitter = new EventEmitter();").l();
        w.l("  on<K extends keyof T & string>(event: K, listener: (...args: T[K]) => void): this {");
        w.l("    this.emitter.on(event, listener as (...args: unknown[]) => void);");
        w.l("    return this;");
        w.l("  }").l();
        w.l("  emit<K extends keyof T & string>(event: K, ...args: T[K]): boolean {");
        w.l("    return this.emitter.emit(event, ...args);");
        w.l("  }");
        w.l("}").l();
        w.l("export const " + e.camel + "Events = new TypedEmitter<" + P + "EventMap>();");
        write(e.module + ".events.ts", w);
    }

    // ------------------------------------------------------------------------------------------
    // app.ts

    void writeApp() throws IOException {
        W w = new W();
        w.l("import express, { type Express } from 'express';");
        w.l("import helmet from 'helmet';");
        w.l("import cors from 'cors';");
        w.l("import { config } from './config';");
        w.l("import { httpLogger } from './lib/logger';");
        w.l("import { errorHandler, notFoundHandler } from './middleware/error-handler';");
        w.l("import { apiLimiter } from './middleware/rate-limit';");
        w.l("import { requestId } from './middleware/request-id';");
        for (Entity e : entities)
            w.l("import { " + e.routerExport() + " } from './modules/" + e.kebab + "/" + e.kebab + ".router';");
        w.l();
        w.l("export function createApp(): Express {");
        w.l("  const app = express();");
        w.l("  app.disable('x-powered-by');");
        w.l("  app.set('trust proxy', 1);");
        w.l("  app.use(helmet());");
        w.l("  app.use(cors({ origin: config.CORS_ORIGINS, credentials: true }));");
        w.l("  app.use(express.json({ limit: '100kb' }));");
        w.l("  app.use(requestId);");
        w.l("  app.use(httpLogger);");
        w.l("  app.use('/api', apiLimiter);").l();
        w.l("  app.get('/health', (_req, res) => {");
        w.l("    res.json({ status: 'ok' });");
        w.l("  });").l();
        for (Entity e : entities)
            w.l("  app.use('/api/v1/" + e.pathSeg + "', " + e.routerExport() + (e.routerStyle == 1 ? "()" : "") + ");");
        w.l();
        w.l("  app.use(notFoundHandler);");
        w.l("  app.use(errorHandler);");
        w.l("  return app;");
        w.l("}");
        write("src/app.ts", w);
    }

    // ------------------------------------------------------------------------------------------
    // static files

    void writeStatic() throws IOException {
        write("package.json", """
            {
              "name": "bench-backend-%d",
              "version": "1.0.0",
              "private": true,
              "main": "dist/server.js",
              "scripts": {
                "build": "tsc -p tsconfig.json",
                "start": "node dist/server.js",
                "dev": "tsx watch src/server.ts",
                "db:generate": "prisma generate"
              },
              "dependencies": {
                "@prisma/client": "^5.22.0",
                "cors": "^2.8.5",
                "express": "^4.21.2",
                "express-rate-limit": "^7.5.0",
                "helmet": "^8.0.0",
                "jsonwebtoken": "^9.0.2",
                "pg": "^8.13.1",
                "pino": "^9.6.0",
                "zod": "^3.24.1"
              },
              "devDependencies": {
                "@types/cors": "^2.8.17",
                "@types/express": "^4.17.21",
                "@types/jsonwebtoken": "^9.0.7",
                "@types/node": "^22.10.2",
                "@types/pg": "^8.11.10",
                "prisma": "^5.22.0",
                "tsx": "^4.19.2",
                "typescript": "^5.7.2"
              }
            }
            """.formatted(seed));
        write("tsconfig.json", """
            {
              "compilerOptions": {
                "target": "ES2022",
                "module": "commonjs",
                "moduleResolution": "node",
                "outDir": "dist",
                "rootDir": "src",
                "strict": true,
                "esModuleInterop": true,
                "skipLibCheck": true,
                "forceConsistentCasingInFileNames": true,
                "resolveJsonModule": true
              },
              "include": ["src"]
            }
            """);
        write("src/config.ts", """
            import { z } from 'zod';

            const envSchema = z.object({
              NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
              PORT: z.coerce.number().int().positive().default(3000),
              DATABASE_URL: z.string().url(),
              JWT_SECRET: z.string().min(32),
              JWT_ISSUER: z.string().default('bench-backend'),
              CORS_ORIGINS: z
                .string()
                .default('http://localhost:5173')
                .transform((value) =>
                  value
                    .split(',')
                    .map((origin) => origin.trim())
                    .filter(Boolean),
                ),
              LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
              DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
            });

            export type AppConfig = z.infer<typeof envSchema>;

            export const config: AppConfig = envSchema.parse(process.env);
            """);
        write("src/server.ts", """
            import { createApp } from './app';
            import { config } from './config';
            import { pool } from './lib/db';
            import { logger } from './lib/logger';
            import { prisma } from './lib/prisma';

            const app = createApp();

            const server = app.listen(config.PORT, () => {
              logger.info({ port: config.PORT }, 'listening');
            });

            async function shutdown(signal: NodeJS.Signals): Promise<void> {
              logger.info({ signal }, 'shutting down');
              server.close();
              await Promise.allSettled([pool.end(), prisma.$disconnect()]);
              process.exit(0);
            }

            process.on('SIGTERM', (signal) => void shutdown(signal));
            process.on('SIGINT', (signal) => void shutdown(signal));
            """);
        write("src/lib/db.ts", """
            import { Pool, type PoolClient, type QueryResultRow } from 'pg';
            import { config } from '../config';
            import { logger } from './logger';

            export const pool = new Pool({
              connectionString: config.DATABASE_URL,
              max: config.DB_POOL_MAX,
              idleTimeoutMillis: 30_000,
              connectionTimeoutMillis: 5_000,
            });

            pool.on('error', (err) => {
              logger.error({ err }, 'unexpected error on idle database client');
            });

            export async function withTransaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
              const client = await pool.connect();
              try {
                await client.query('BEGIN');
                const result = await work(client);
                await client.query('COMMIT');
                return result;
              } catch (err) {
                await client.query('ROLLBACK');
                throw err;
              } finally {
                client.release();
              }
            }

            export async function healthCheck(): Promise<boolean> {
              try {
                const { rows } = await pool.query<QueryResultRow>('SELECT 1 AS ok');
                return rows.length === 1;
              } catch (err) {
                logger.warn({ err }, 'database health check failed');
                return false;
              }
            }
            """);
        write("src/lib/prisma.ts", """
            import { PrismaClient } from '@prisma/client';
            import { config } from '../config';

            const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

            export const prisma =
              globalForPrisma.prisma ??
              new PrismaClient({
                log: config.NODE_ENV === 'development' ? ['query', 'warn', 'error'] : ['warn', 'error'],
              });

            if (config.NODE_ENV !== 'production') {
              globalForPrisma.prisma = prisma;
            }
            """);
        write("src/lib/logger.ts", """
            import pino from 'pino';
            import type { RequestHandler } from 'express';
            import { config } from '../config';

            export const logger = pino({
              level: config.LOG_LEVEL,
              redact: {
                paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
                censor: '[redacted]',
              },
            });

            export type Logger = typeof logger;

            export const httpLogger: RequestHandler = (req, res, next) => {
              const started = process.hrtime.bigint();
              res.on('finish', () => {
                const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
                logger.info(
                  { method: req.method, url: req.originalUrl, status: res.statusCode, durationMs, requestId: req.requestId },
                  'request completed',
                );
              });
              next();
            };
            """);
        write("src/types/express.d.ts", """
            import type { AuthUser } from '../middleware/auth';

            declare global {
              namespace Express {
                interface Request {
                  user?: AuthUser;
                  requestId?: string;
                }
              }
            }

            export {};
            """);
        write("src/middleware/auth.ts", """
            import type { NextFunction, Request, Response } from 'express';
            import jwt, { type JwtPayload } from 'jsonwebtoken';
            import { config } from '../config';
            import { ForbiddenError, UnauthorizedError } from '../utils/errors';

            export type Role = 'admin' | 'member' | 'viewer';

            export interface AuthUser {
              id: string;
              role: Role;
              orgId: string;
            }

            interface TokenClaims extends JwtPayload {
              sub: string;
              role: Role;
              org: string;
            }

            export function requireAuth(req: Request, _res: Response, next: NextFunction): void {
              const header = req.headers.authorization;
              if (!header?.startsWith('Bearer ')) {
                next(new UnauthorizedError('missing bearer token'));
                return;
              }
              try {
                const claims = jwt.verify(header.slice(7), config.JWT_SECRET, {
                  algorithms: ['HS256'],
                  issuer: config.JWT_ISSUER,
                }) as TokenClaims;
                req.user = { id: claims.sub, role: claims.role, orgId: claims.org };
                next();
              } catch {
                next(new UnauthorizedError('invalid or expired token'));
              }
            }

            export const requireRole =
              (...roles: Role[]) =>
              (req: Request, _res: Response, next: NextFunction): void => {
                if (!req.user || !roles.includes(req.user.role)) {
                  next(new ForbiddenError());
                  return;
                }
                next();
              };
            """);
        write("src/middleware/validate.ts", """
            import type { RequestHandler } from 'express';
            import type { ZodTypeAny } from 'zod';

            export function validateBody<S extends ZodTypeAny>(schema: S): RequestHandler {
              return (req, res, next) => {
                const result = schema.safeParse(req.body);
                if (!result.success) {
                  res.status(400).json({ error: 'validation_failed', details: result.error.flatten() });
                  return;
                }
                req.body = result.data;
                next();
              };
            }

            export function validateQuery<S extends ZodTypeAny>(schema: S): RequestHandler {
              return (req, res, next) => {
                const result = schema.safeParse(req.query);
                if (!result.success) {
                  res.status(400).json({ error: 'invalid_query', details: result.error.flatten() });
                  return;
                }
                res.locals.query = result.data;
                next();
              };
            }
            """);
        write("src/middleware/error-handler.ts", """
            import type { ErrorRequestHandler, RequestHandler } from 'express';
            import { ZodError } from 'zod';
            import { logger } from '../lib/logger';
            import { HttpError } from '../utils/errors';

            export const notFoundHandler: RequestHandler = (req, res) => {
              res.status(404).json({ error: 'not_found', path: req.path });
            };

            export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
              if (err instanceof ZodError) {
                res.status(400).json({ error: 'validation_failed', details: err.flatten() });
                return;
              }
              if (err instanceof HttpError) {
                res.status(err.status).json({ error: err.code, message: err.message });
                return;
              }
              logger.error({ err, requestId: req.requestId }, 'unhandled error');
              res.status(500).json({ error: 'internal_error' });
            };
            """);
        write("src/middleware/rate-limit.ts", """
            import rateLimit from 'express-rate-limit';

            const FIFTEEN_MINUTES = 15 * 60 * 1000;

            export const apiLimiter = rateLimit({
              windowMs: FIFTEEN_MINUTES,
              limit: 300,
              standardHeaders: 'draft-7',
              legacyHeaders: false,
            });

            export const authLimiter = rateLimit({
              windowMs: FIFTEEN_MINUTES,
              limit: 20,
              standardHeaders: 'draft-7',
              legacyHeaders: false,
            });
            """);
        write("src/middleware/request-id.ts", """
            import { randomUUID } from 'node:crypto';
            import type { RequestHandler } from 'express';

            const VALID_ID = /^[A-Za-z0-9-]{8,64}$/;

            export const requestId: RequestHandler = (req, res, next) => {
              const incoming = req.header('x-request-id');
              const id = incoming && VALID_ID.test(incoming) ? incoming : randomUUID();
              req.requestId = id;
              res.setHeader('x-request-id', id);
              next();
            };
            """);
        write("src/utils/async-handler.ts", """
            import type { NextFunction, Request, RequestHandler, Response } from 'express';

            export function asyncHandler(
              fn: (req: Request, res: Response, next: NextFunction) => Promise<unknown>,
            ): RequestHandler {
              return (req, res, next) => {
                fn(req, res, next).catch(next);
              };
            }
            """);
        write("src/utils/errors.ts", """
            export class HttpError extends Error {
              constructor(
                public readonly status: number,
                public readonly code: string,
                message: string,
              ) {
                super(message);
                this.name = new.target.name;
              }
            }

            export class NotFoundError extends HttpError {
              constructor(entity: string, id: string) {
                super(404, 'not_found', `${entity} ${id} was not found`);
              }
            }

            export class UnauthorizedError extends HttpError {
              constructor(message = 'authentication required') {
                super(401, 'unauthorized', message);
              }
            }

            export class ForbiddenError extends HttpError {
              constructor(message = 'not allowed') {
                super(403, 'forbidden', message);
              }
            }

            export class ConflictError extends HttpError {
              constructor(message: string) {
                super(409, 'conflict', message);
              }
            }

            export class ValidationError extends HttpError {
              constructor(message: string) {
                super(422, 'unprocessable', message);
              }
            }
            """);
        write("src/utils/pagination.ts", """
            export interface PageRequest {
              page: number;
              pageSize: number;
            }

            export interface Page<T> extends PageRequest {
              items: T[];
              total: number;
              pageCount: number;
            }

            export function buildPage<T>(items: T[], total: number, request: PageRequest): Page<T> {
              return {
                items,
                total,
                page: request.page,
                pageSize: request.pageSize,
                pageCount: Math.max(1, Math.ceil(total / request.pageSize)),
              };
            }

            export function mapPage<T, U>(page: Page<T>, fn: (item: T) => U): Page<U> {
              return { ...page, items: page.items.map(fn) };
            }
            """);
        write("src/utils/collections.ts", """
            export function chunk<T>(items: readonly T[], size: number): T[][] {
              if (size <= 0) throw new RangeError('size must be positive');
              const out: T[][] = [];
              for (let i = 0; i < items.length; i += size) {
                out.push(items.slice(i, i + size));
              }
              return out;
            }

            export function groupBy<T, K extends PropertyKey>(items: readonly T[], key: (item: T) => K): Record<K, T[]> {
              return items.reduce(
                (acc, item) => {
                  const k = key(item);
                  (acc[k] ??= []).push(item);
                  return acc;
                },
                {} as Record<K, T[]>,
              );
            }

            export const uniqueBy = <T, K>(items: readonly T[], key: (item: T) => K): T[] => {
              const seen = new Set<K>();
              return items.filter((item) => {
                const k = key(item);
                if (seen.has(k)) return false;
                seen.add(k);
                return true;
              });
            };

            export function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
              const out = {} as Pick<T, K>;
              for (const k of keys) out[k] = value[k];
              return out;
            }
            """);
        write("src/utils/retry.ts", """
            export interface RetryOptions {
              attempts?: number;
              baseDelayMs?: number;
              maxDelayMs?: number;
              shouldRetry?: (err: unknown) => boolean;
            }

            const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

            export async function retry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
              const { attempts = 3, baseDelayMs = 100, maxDelayMs = 2_000, shouldRetry = () => true } = options;
              let lastError: unknown;
              for (let attempt = 1; attempt <= attempts; attempt++) {
                try {
                  return await fn();
                } catch (err) {
                  lastError = err;
                  if (attempt === attempts || !shouldRetry(err)) break;
                  const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
                  await sleep(delay + Math.floor(Math.random() * 50));
                }
              }
              throw lastError;
            }
            """);
        write("src/utils/cache.ts", """
            interface Entry<V> {
              value: V;
              expiresAt: number;
            }

            export class TtlCache<K, V> {
              private readonly entries = new Map<K, Entry<V>>();

              constructor(
                private readonly ttlMs: number,
                private readonly maxEntries = 1_000,
              ) {}

              get(key: K): V | undefined {
                const entry = this.entries.get(key);
                if (!entry) return undefined;
                if (entry.expiresAt < Date.now()) {
                  this.entries.delete(key);
                  return undefined;
                }
                return entry.value;
              }

              set(key: K, value: V): void {
                if (this.entries.size >= this.maxEntries) {
                  const oldest = this.entries.keys().next();
                  if (!oldest.done) this.entries.delete(oldest.value);
                }
                this.entries.set(key, { value, expiresAt: Date.now() + this.ttlMs });
              }

              async getOrLoad(key: K, load: (key: K) => Promise<V>): Promise<V> {
                const hit = this.get(key);
                if (hit !== undefined) return hit;
                const value = await load(key);
                this.set(key, value);
                return value;
              }
            }
            """);
        write("src/utils/strings.ts", """
            export function slugify(input: string): string {
              return input
                .normalize('NFKD')
                .replace(/[^A-Za-z0-9 -]/g, '')
                .trim()
                .toLowerCase()
                .replace(/ +/g, '-')
                .replace(/-+/g, '-');
            }

            export const truncate = (value: string, max: number, suffix = '...'): string =>
              value.length <= max ? value : value.slice(0, Math.max(0, max - suffix.length)) + suffix;

            export function maskEmail(email: string): string {
              const [user, domain] = email.split('@');
              if (!user || !domain) return '***';
              return `${user.slice(0, 1)}***@${domain}`;
            }
            """);
        write("src/utils/dates.ts", """
            const DAY_MS = 24 * 60 * 60 * 1000;

            export function addDays(date: Date, days: number): Date {
              return new Date(date.getTime() + days * DAY_MS);
            }

            export function startOfDay(date: Date): Date {
              const copy = new Date(date);
              copy.setUTCHours(0, 0, 0, 0);
              return copy;
            }

            export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

            export function daysBetween(from: Date, to: Date): number {
              return Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);
            }
            """);
    }
}
