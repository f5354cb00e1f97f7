package dev.backcheck.model;

import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Controls declared in {@code .backcheck.yml} ({@code controls:}): local or private-package
 * middleware, guards, decorators or plugins that the team says count as auth, rate-limit,
 * validation, headers or cors. Each is named either by import path + export name
 * ({@code import: "@acme/security", export: "limiter"}) or by function (or class) name in a file
 * ({@code file: src/middleware/limit.ts, function: limitRequests}).
 * <p>
 * Framework models ask {@link #match(Val, FileFacts, Project)} (or {@link Project#declaredControl})
 * about every middleware/guard/decorator value before their own classification; a match wins.
 */
public final class DeclaredControls {
    public static final DeclaredControls NONE = new DeclaredControls(List.of());

    /**
     * One declaration.
     *
     * @param kind     AUTH, RATE_LIMIT, VALIDATION, HEADERS or CORS
     * @param module   import path: an npm package name ("@acme/security") or a project path relative to
     *                 the scan root ("src/middleware/limit"); null for a function declaration
     * @param export   the export name for {@code module} ("default" for the default export)
     * @param file     a project path or glob ("src/middleware/*.ts") for a function declaration; null = any file
     * @param function the function or class name for a function declaration
     * @param name     how reports name the control (defaults to the export or function name)
     * @param parts    for validation: request parts it validates (body, query, params, headers, cookies; "*" = all)
     * @param reason   why, for readers of the config
     * @param line     where it is declared in the config file (0 when not from a file)
     */
    public record Entry(ControlKind kind, String module, String export, String file, String function, String name,
                        Set<String> parts, String reason, int line) {
        public Entry {
            Objects.requireNonNull(kind);
            parts = parts == null || parts.isEmpty() ? Set.of("*") : Set.copyOf(parts);
        }

        /** The name reports use for it. */
        public String displayName() {
            if (name != null && !name.isBlank()) return name;
            if (function != null) return function;
            if (export != null && !export.equals("default")) return export;
            return module;
        }
    }

    /** A value recognised as a declared control. */
    public record Match(ControlKind kind, String name, Set<String> parts, Entry entry) {
        /** The matched control as a chain element. */
        public Control toControl(dev.backcheck.findings.Location where, String scope) {
            return new Control(kind, name, where, kind == ControlKind.VALIDATION ? parts : Set.of(), scope);
        }
    }

    private final List<Entry> entries;
    private final List<Pattern> fileGlobs;

    public DeclaredControls(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        List<Pattern> g = new ArrayList<>();
        for (Entry e : this.entries) g.add(e.file() == null ? null : glob(e.file()));
        this.fileGlobs = Collections.unmodifiableList(g);
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * The declared control that {@code v} (a middleware, guard, hook or decorator expression written in
     * {@code in}) denotes, or null. Follows local bindings and project imports, and looks through calls
     * and {@code new} to their callee, so a factory ({@code app.use(limit({ max: 5 }))}) matches the
     * declaration of {@code limit}.
     */
    public Match match(Val v, FileFacts in, Project project) {
        if (entries.isEmpty() || v == null || in == null) return null;
        Val cur = v;
        FileFacts f = in;
        for (int i = 0; i < 8 && cur != null && f != null; i++) {
            Match m = matchOne(cur, f, project);
            if (m != null) return m;
            Project.Resolved r = project.resolve(cur, f);
            if (r.val() instanceof Call c) {
                cur = c.callee();
                f = r.file();
            } else if (r.val() instanceof New n) {
                cur = n.callee();
                f = r.file();
            } else if (cur instanceof Call c) {
                cur = c.callee();
            } else if (cur instanceof New n) {
                cur = n.callee();
            } else {
                break;
            }
        }
        return null;
    }

    /** The declaration for an export of a module as imported from {@code fromPath} (a project file), or null. */
    public Match matchImport(String module, String export, String fromPath, Project project) {
        for (Entry e : entries) {
            if (e.module() == null) continue;
            if (sameModule(e.module(), module, fromPath, project) && e.export().equals(export)) return match(e);
        }
        return null;
    }

    /** The declaration for a function or class named {@code name} defined in project file {@code path}, or null. */
    public Match matchFunction(String path, String name) {
        if (name == null || name.isEmpty()) return null;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.function() == null || !e.function().equals(name)) continue;
            Pattern g = fileGlobs.get(i);
            if (g == null || path != null && g.matcher(path).matches()) return match(e);
        }
        return null;
    }

    private Match matchOne(Val c, FileFacts f, Project project) {
        // as written: an imported binding, possibly a member of a namespace/default import
        if (c instanceof Local l) {
            Import imp = f.imports().get(l.name());
            if (imp != null) {
                Match m = matchImportPath(imp.module(), imp.export(), l.path(), f.path(), project);
                if (m != null) return m;
            } else if (l.path().isEmpty()) {
                Match m = matchFunction(f.path(), l.name());
                if (m != null) return m;
            }
        } else if (c instanceof Ref r) {
            Match m = matchImportPath(r.module(), r.export(), r.path(), f.path(), project);
            if (m != null) return m;
        }
        // after resolution: a package export, or a function/class of the project
        Project.Resolved r = project.resolve(c, f);
        Val x = r.val();
        FileFacts xf = r.file();
        if (xf == null) return null;
        if (x instanceof Ref ref) return matchImportPath(ref.module(), ref.export(), ref.path(), xf.path(), project);
        String name = x instanceof FnVal fv ? fv.fn().name() : x instanceof ClassRef cr ? cr.name() : null;
        if (name == null) return null;
        Match m = matchFunction(xf.path(), name);
        if (m != null) return m;
        // a declaration by import path of a project file: compare with what that export denotes
        for (Entry e : entries) {
            if (e.module() == null) continue;
            String target = projectFile(e.module(), project);
            if (target == null || !target.equals(xf.path())) continue;
            Val ev = xf.exports().get(e.export());
            if (ev == null) continue;
            Val ex = project.resolve(ev, xf).val();
            if (ex instanceof FnVal a && x instanceof FnVal b && a.fn() == b.fn()) return match(e);
            if (ex instanceof ClassRef a && x instanceof ClassRef b && a.name().equals(b.name())) return match(e);
        }
        return null;
    }

    private Match matchImportPath(String module, String export, List<String> path, String fromPath, Project project) {
        Match m = matchImport(module, export, fromPath, project);
        if (m != null) return m;
        if ((export.equals("*") || export.equals("default")) && !path.isEmpty()) {
            return matchImport(module, path.get(0), fromPath, project);
        }
        return null;
    }

    private static Match match(Entry e) {
        return new Match(e.kind(), e.displayName(), e.parts(), e);
    }

    private static boolean sameModule(String declared, String imported, String fromPath, Project project) {
        if (declared.equals(imported)) return true;
        String a = projectFile(declared, project);
        if (a == null) return false;
        String b = project.resolveModule(fromPath, imported);
        return a.equals(b);
    }

    /** The project file a declared import path (relative to the scan root) names, or null for a package. */
    static String projectFile(String declared, Project project) {
        String spec = declared.startsWith("./") ? declared : "./" + declared;
        if (declared.startsWith("@") && !project.files().containsKey(declared)) {
            return project.resolveModule("_", declared); // path aliases such as @/middleware/limit
        }
        return project.resolveModule("_", spec);
    }

    /** A path glob: {@code **} any number of directories, {@code *} and {@code ?} within one segment. */
    public static Pattern glob(String g) {
        return dev.backcheck.workspace.Globs.glob(g);
    }
}
