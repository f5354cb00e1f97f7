package dev.backcheck.concepts;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.workspace.Manifest;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a value read from the query string can be, per application: whether its parser builds nested objects
 * ({@code ?a[b]=1} → {@code {a: {b: '1'}}}) or only strings and arrays of strings.
 * <ul>
 *   <li>Express 4 (lib/application.js defaultConfiguration): {@code query parser} is {@code 'extended'}, the qs module:
 *       objects. Express 5 sets {@code 'simple'}, node:querystring: a string, or an array when the key repeats,
 *       never an object. {@code app.set('query parser', v)} (lib/utils.js compileQueryParser): {@code 'simple'} or
 *       {@code true} → node:querystring, {@code false} → no parsing (an empty object), {@code 'extended'} → qs, a
 *       function → whatever it returns. {@code app.enable('query parser')} is {@code true}, {@code disable} false.</li>
 *   <li>Hono: {@code c.req.query('x')} is a string, {@code c.req.queries('x')} an array of strings; no nesting.</li>
 *   <li>Fastify: fast-querystring (4.x and 5.x; node:querystring in 3.x) makes strings and arrays of strings, no nesting,
 *       unless the code passes a {@code querystringParser} (then objects are possible).</li>
 *   <li>NestJS on {@code @nestjs/platform-express}: the adapter brings its own Express and sets no query parser, so
 *       11.x (Express 5) parses flat and 10.x and older (Express 4) build objects; {@code app.set('query parser', ..)}
 *       counts as for Express.</li>
 * </ul>
 * Anything not known (another framework, an Express version the manifest does not pin to one major, a parser
 * setting whose value is not a literal) counts as building objects.
 */
public final class QueryParsers {
    /** What the parser makes of a query string. */
    public enum Shape {
        /** nested objects and arrays (qs) */
        OBJECTS,
        /** strings, or arrays of strings for a repeated key */
        FLAT
    }

    private final Project project;
    /** Every 'query parser' setting in the project's code: the literal value, or null when it is not one. */
    private final List<Object> settings = new ArrayList<>();
    private final IdentityHashMap<Application, Shape> memo = new IdentityHashMap<>();

    public static QueryParsers of(Project p) {
        return p.derived(QueryParsers.class, QueryParsers::new);
    }

    private QueryParsers(Project project) {
        this.project = project;
        CallIndex idx = CallIndex.of(project);
        for (String k : List.of("*.set", "*.enable", "*.disable")) {
            for (CallIndex.Site s : idx.sites(k)) {
                if (s.cs().args().isEmpty() || project.isTestPath(s.file().path())) continue;
                String name = Val.constString(project.resolve(s.cs().arg(0), s.file()).val());
                if (!"query parser".equals(name) && !"query parser fn".equals(name)) continue;
                String method = s.cs().methodName();
                if ("enable".equals(method)) settings.add(Boolean.TRUE);
                else if ("disable".equals(method)) settings.add(Boolean.FALSE);
                else if ("query parser fn".equals(name) || s.cs().args().size() < 2) settings.add(null);
                else {
                    Val v = project.resolve(s.cs().arg(1), s.file()).val();
                    settings.add(v instanceof Val.Lit l && (l.value() instanceof String || l.value() instanceof Boolean) ? l.value() : null);
                }
            }
        }
    }

    /** What req.query of {@code app} holds. */
    public synchronized Shape shape(Application app) {
        return memo.computeIfAbsent(app, this::compute);
    }

    /** True when no field of {@code app}'s query can hold an object. */
    public boolean flat(Application app) {
        return app != null && shape(app) == Shape.FLAT;
    }

    private Shape compute(Application app) {
        Integer major;
        switch (app.framework()) {
            case "hono":
                return Shape.FLAT;
            case "fastify":
                // Fastify parses the query with fast-querystring (4.x, 5.x; node:querystring before): strings, or arrays of
                // strings for a repeated key, never objects; a querystringParser option (qs.parse) may change that
                return customFastifyParser() ? Shape.OBJECTS : Shape.FLAT;
            case "express":
                major = expressMajor(app, "express");
                break;
            case "nestjs": {
                // @nestjs/platform-express pins its own Express: 11.x runs Express 5 (5.2.1 in 11.1) and leaves its default
                // 'simple' parser in place, 10.x and older run Express 4 ('extended')
                Integer platform = expressMajor(app, "@nestjs/platform-express");
                major = platform == null ? null : platform >= 11 ? 5 : 4;
                break;
            }
            default:
                return Shape.OBJECTS;
        }
        if (major == null) return Shape.OBJECTS;
        if (settings.isEmpty()) return major >= 5 ? Shape.FLAT : Shape.OBJECTS;
        // a setting somewhere in the project: the facts do not say which application it configures, so every one of
        // them must give a flat parser ('simple', true, false) for any application to count as flat
        for (Object s : settings) {
            boolean flat = "simple".equals(s) || Boolean.TRUE.equals(s) || Boolean.FALSE.equals(s);
            if (!flat) return Shape.OBJECTS;
        }
        return Shape.FLAT;
    }

    private Boolean customFastify;

    /** Some file that imports fastify names a {@code querystringParser} (the factory's option, or routerOptions' in 5.x). */
    private boolean customFastifyParser() {
        if (customFastify == null) {
            boolean found = false;
            for (dev.backcheck.lang.facts.FileFacts f : project.files().values()) {
                if (found) break;
                boolean fastify = f.imports().values().stream().anyMatch(i -> i.module() != null
                        && (i.module().equals("fastify") || i.module().startsWith("fastify/")));
                if (!fastify) continue;
                String text = SourceLines.text(project, f.path(), 4_000_000);
                if (text == null || text.contains("querystringParser")) found = true;
            }
            customFastify = found;
        }
        return customFastify;
    }

    /**
     * The major version of Express the manifest nearest the application's file declares, when its range admits one
     * major only ({@code ^5.1.0}, {@code ~4.18.2}, {@code 5.0.1}, {@code 5.x}); else null.
     */
    private Integer expressMajor(Application app, String pkg) {
        if (app.location() == null || app.location().path() == null) return null;
        String path = app.location().path();
        Manifest best = null;
        for (Manifest m : project.manifests()) {
            if (!"npm".equals(m.ecosystem()) || !m.has(pkg) || !path.startsWith(m.dir())) continue;
            if (best == null || m.dir().length() > best.dir().length()) best = m;
        }
        if (best == null) return null;
        Manifest.Dep d = best.dependencies().get(pkg);
        return d == null ? null : major(d.version());
    }

    private static final Pattern ONE_MAJOR = Pattern.compile("^[~^=]?\\s*v?(\\d{1,4})(?:\\.(?:\\d{1,6}|[xX*])(?:\\.(?:\\d{1,6}|[xX*]))?)?(?:[-+][\\w.]*)?$");

    static Integer major(String range) {
        if (range == null) return null;
        Matcher m = ONE_MAJOR.matcher(range.strip());
        if (!m.matches()) return null;
        // a bare major ("5") or ^0.x ranges are still one major
        return Integer.parseInt(m.group(1));
    }

    /** The settings read, for tests and explanations. */
    List<Object> settings() {
        return List.copyOf(settings);
    }
}
