package dev.backcheck.lang.ts;

import com.caoccao.javet.swc4j.ast.clazz.*;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstBinaryOp;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstVarDeclKind;
import com.caoccao.javet.swc4j.ast.expr.*;
import com.caoccao.javet.swc4j.ast.expr.lit.*;
import com.caoccao.javet.swc4j.ast.interfaces.*;
import com.caoccao.javet.swc4j.ast.miscs.*;
import com.caoccao.javet.swc4j.ast.module.*;
import com.caoccao.javet.swc4j.ast.pat.*;
import com.caoccao.javet.swc4j.ast.stmt.*;
import com.caoccao.javet.swc4j.ast.ts.*;
import com.caoccao.javet.swc4j.comments.Swc4jComment;
import com.caoccao.javet.swc4j.span.Swc4jSpan;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;

/**
 * Turns one swc4j AST into {@link FileFacts}: import bindings, top-level symbols with constants
 * folded, exports, classes with decorators, and per function the calls it makes (arguments as
 * {@link Val}s), the request inputs it reads, what it returns and the statuses it answers with.
 * <p>
 * Recursion over expressions and statements is bounded by {@link #MAX_DEPTH}: deeper code is
 * summarised as {@link Val.Unknown}, so hostile nesting cannot overflow a Java stack.
 */
public final class TsExtractor {
    static final int MAX_DEPTH = 400;
    private static final int MAX_LOOP_EXPANSION = 16;
    /** A loop with a short body (a registry's {@code app.use(entry.path, entry.router)}) is expanded up to this many items. */
    private static final int MAX_SHORT_LOOP_EXPANSION = 64;
    /** The longest body (in source characters) a loop may have to be expanded up to {@link #MAX_SHORT_LOOP_EXPANSION} items. */
    private static final int SHORT_LOOP_BODY = 1_200;
    private static final int MAX_VAL_ITEMS = 64;
    /** Largest local value (in {@link Vals#weight} nodes) copied into the places that use it. */
    static final int MAX_INLINE_WEIGHT = 256;

    private final String path;
    private final LineIndex lines;
    private final Map<String, Import> imports = new LinkedHashMap<>();
    private final Map<String, Val> symbols = new LinkedHashMap<>();
    private final Map<String, Val> exports = new LinkedHashMap<>();
    /** Names exported with exports.name = x / module.exports.name = x (lost when module.exports is reassigned). */
    private final Set<String> cjsNamedExports = new HashSet<>();
    private final List<String> reexportAll = new ArrayList<>();
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private final Set<String> topNames = new HashSet<>();
    /**
     * Module-level functions of this file that never return: declared {@code : never}, or whose whole body is one
     * {@code throw} ({@code function httpError(msg: string, status: number): never { throw ... }}). A statement calling one
     * leaves the function as a throw does.
     */
    private final Set<String> throwingFns = new HashSet<>();
    /** The arrow function about to be walked is the callback of a list method (map, forEach, ..): its parameters are elements. */
    private boolean elementCallback;
    private static final Set<String> ELEMENT_CALLBACKS = Set.of("map", "forEach", "filter", "flatMap", "some", "every", "find", "findIndex");
    /** Record types of this module named like a request that are not one (see ownRecordType). */
    private final Set<String> ownRequestTypes = new HashSet<>();
    private final Set<FileFacts.Span> statementSpans = new HashSet<>();
    private int depth;

    public TsExtractor(String path, LineIndex lines) {
        this.path = path;
        this.lines = lines;
    }

    // ------------------------------------------------------------------ scopes and function builders

    /** A lexical scope: local bindings; the top scope resolves to imports, symbols and globals. */
    private static final class Scope {
        final Scope parent;
        final Map<String, Val> vars = new HashMap<>();
        /** Consts initialised with a comparison ({@code const up = conn.readyState === 1}): the comparison, for tests of the name. */
        Map<String, Val.Test> comparisons;
        /**
         * Consts initialised with comparisons joined by ||, && and ! ({@code const live = a === 'x' || b === 'y'}): the
         * shape, for if-tests of the name.
         */
        Map<String, Cond> conditions;
        /** True when the block always runs once its parent reaches it (a plain block, the live branch of a constant if). */
        final boolean straight;
        /** True for the outermost scope of a function (its parameters): a variable found above it is a closure's. */
        boolean fnRoot;

        Scope(Scope parent) {
            this(parent, false);
        }

        Scope(Scope parent, boolean straight) {
            this.parent = parent;
            this.straight = straight;
        }
    }

    /** Collects what one function body does. */
    private final class FnBuilder {
        final String name;
        final List<Fn.Param> params = new ArrayList<>();
        final List<CallSite> calls = new ArrayList<>();
        final List<Fn.Read> reads = new ArrayList<>();
        final List<Val> returns = new ArrayList<>();
        /** Per entry of returns: the guards holding where it is returned (none recorded for a literal). */
        final List<List<CallSite.Guard>> returnGuards = new ArrayList<>();
        final List<Integer> statuses = new ArrayList<>();
        final List<Fn> nested = new ArrayList<>();
        final List<String> throwsTypes = new ArrayList<>();
        /** The value of each throw statement (at most 32, the last then Unknown("more")). */
        final List<Val> thrown = new ArrayList<>();
        final List<Fn.Check> checks = new ArrayList<>();
        final List<Location> lenient = new ArrayList<>();
        final List<CallSite.Guard> authTests = new ArrayList<>();
        final List<Fn.Write> writes = new ArrayList<>();
        /** Assignments to members or to variables outside this function, ++/--, delete (at most MAX_WRITES). */
        final List<Location> mutations = new ArrayList<>();
        /** try statements with a catch clause (error-handling rules read them). */
        final List<Fn.Catch> catches = new ArrayList<>();
        /** Loop statements of the body, outermost first (a call inside one runs once per iteration). */
        final List<Fn.Loop> loops = new ArrayList<>();
        /** Equality comparisons (at most MAX_COMPARES) and names given to values holding calls (at most MAX_NAMES). */
        final List<Fn.Compare> compares = new ArrayList<>();
        final List<Fn.Named> names = new ArrayList<>();
        /** Variables given an HTTP status after they were made: err.statusCode = 401 (name to status). */
        final Map<String, Integer> errorStatuses = new HashMap<>();
        /** Throw statements walked so far. */
        int throwsSeen;
        /** How many times the body has turned the request away so far (4xx answer, throw, next(err), early return). */
        int rejects;
        /** Failure verdicts returned so far by a function that does not take the request ({@code return { valid: false }}). */
        int verdicts;
        final List<Decorator> decorators;
        final boolean async;
        final Location location;
        final Scope scope;
        /** True when a parameter is the request (or a Hono/Koa context): a handler or middleware. */
        boolean takesRequest;
        /** Parameter names that hold a Hono/Koa style context (c.req...). */
        final Set<String> contextParams = new HashSet<>();

        FnBuilder(String name, boolean async, Location location, Scope parent, List<Decorator> decorators) {
            this.name = name;
            this.async = async;
            this.location = location;
            this.scope = new Scope(parent);
            this.scope.fnRoot = true;
            this.decorators = decorators;
        }

        Fn build() {
            return new Fn(name, List.copyOf(params), async, location, List.copyOf(calls), List.copyOf(reads),
                    List.copyOf(returns), List.copyOf(statuses), List.copyOf(nested), List.copyOf(throwsTypes),
                    decorators == null ? List.of() : List.copyOf(decorators), path, List.copyOf(checks), List.copyOf(lenient), List.copyOf(authTests),
                    List.copyOf(writes), List.copyOf(mutations), List.copyOf(catches), List.copyOf(loops), List.copyOf(compares), List.copyOf(names),
                    List.copyOf(returnGuards), List.copyOf(thrown));
        }

        /** Records a returned value with the guards that hold where it is returned. */
        void returned(Val v, List<CallSite.Guard> holding) {
            returns.add(v);
            // (a literal's guards are kept only for true and false: a guard's early pass or refusal, if (!x) return true)
            returnGuards.add(v instanceof Lit l && !(l.value() instanceof Boolean) || holding.isEmpty() ? List.of() : List.copyOf(holding));
        }
    }

    private FnBuilder fn;       // the function whose body is being walked
    /** String literals by start offset (a node may be walked more than once). */
    private final Map<Integer, FileFacts.Str> strings = new HashMap<>();
    /** The name the expression being walked is bound to (see {@link FileFacts.Str#context()}). */
    private String strContext;
    private static final int MAX_STRING = 8192;
    /** While a class body is walked: fields assigned as {@code this.name = value}, first assignment kept (value, where). */
    private Map<String, Object[]> thisAssigns;
    /**
     * While a class body is walked: fields a method sets from its own parameter ({@code setApp(app) { this.app = app; }}),
     * first such assignment kept (the parameter, where). A field declared empty ({@code private app: Hono | null = null})
     * holds what the callers hand that method.
     */
    private Map<String, Object[]> thisSetters;
    private Val lastStatementValue; // value of the last expression statement walked at module level
    private Scope scope;        // current innermost scope

    // ------------------------------------------------------------------ entry point

    public FileFacts extract(ISwc4jAstProgram<?> program, List<Swc4jComment> comments) {
        Location loc = loc(program.getSpan());
        fn = new FnBuilder("<module>", false, loc, null, List.of());
        scope = fn.scope;
        List<? extends ISwc4jAst> body = program.getBody();
        // pass 1: imports and hoisted names
        for (ISwc4jAst item : body) {
            if (item instanceof Swc4jAstImportDecl imp) collectImport(imp);
            collectTopName(item);
        }
        // pass 2: statements in order
        for (ISwc4jAst item : body) {
            try {
                moduleItem(item);
            } catch (DepthExceeded e) {
                // summarised: the rest of this statement is unknown
            }
        }
        List<FileFacts.Comment> cs = new ArrayList<>();
        if (comments != null) {
            for (Swc4jComment c : comments) {
                Swc4jSpan s = c.getSpan();
                cs.add(new FileFacts.Comment(lines.line(s.getStart()), lines.line(Math.max(s.getStart(), s.getEnd() - 1)), c.getText()));
            }
        }
        cs.sort(Comparator.comparingInt(FileFacts.Comment::line));
        List<FileFacts.Span> spans = new ArrayList<>(statementSpans);
        spans.sort(Comparator.comparingInt(FileFacts.Span::line).thenComparingInt(FileFacts.Span::endLine));
        List<FileFacts.Str> strs = new ArrayList<>(strings.values());
        strs.sort(Comparator.comparing(FileFacts.Str::location, Location.ORDER));
        return new FileFacts(path, "ts", Collections.unmodifiableMap(imports), Collections.unmodifiableMap(symbols),
                Collections.unmodifiableMap(exports), List.copyOf(reexportAll), fn.build(),
                Collections.unmodifiableMap(classes), lines.lineCount(), List.copyOf(cs), List.copyOf(spans), List.copyOf(strs));
    }

    /** Records a string literal with the current binding context. */
    private void string(String value, Swc4jSpan span) {
        if (value == null || span == null || value.length() > MAX_STRING) return;
        strings.putIfAbsent(span.getStart(), new FileFacts.Str(value, loc(span), strContext));
    }

    /** Walks {@code e} with {@code name} as the binding context of the literals in it. */
    private Val named(String name, ISwc4jAstExpr e) {
        String saved = strContext;
        strContext = name;
        try {
            return expr(e);
        } finally {
            strContext = saved;
        }
    }

    private static final class DepthExceeded extends RuntimeException {
        DepthExceeded() {
            super(null, null, false, false);
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            depth--;
            throw new DepthExceeded();
        }
    }

    private void exit() {
        depth--;
    }

    // ------------------------------------------------------------------ module level

    private void collectImport(Swc4jAstImportDecl imp) {
        if (imp.isTypeOnly()) return;
        String module = imp.getSrc().getValue();
        for (ISwc4jAstImportSpecifier spec : imp.getSpecifiers()) {
            if (spec instanceof Swc4jAstImportDefaultSpecifier d) {
                addImport(d.getLocal().getSym(), module, "default", d.getSpan());
            } else if (spec instanceof Swc4jAstImportStarAsSpecifier s) {
                addImport(s.getLocal().getSym(), module, "*", s.getSpan());
            } else if (spec instanceof Swc4jAstImportNamedSpecifier n) {
                if (n.isTypeOnly()) continue;
                String imported = n.getImported().map(TsExtractor::exportName).orElse(n.getLocal().getSym());
                addImport(n.getLocal().getSym(), module, imported, n.getSpan());
            }
        }
    }

    private void addImport(String local, String module, String export, Swc4jSpan span) {
        Import i = new Import(local, module, export, loc(span));
        imports.put(i.local(), i);
        topNames.add(local);
    }

    private static String exportName(ISwc4jAstModuleExportName n) {
        if (n instanceof Swc4jAstIdent i) return i.getSym();
        if (n instanceof Swc4jAstStr s) return s.getValue();
        return String.valueOf(n);
    }

    private void collectTopName(ISwc4jAst item) {
        ISwc4jAst decl = item;
        if (item instanceof Swc4jAstExportDecl ed) decl = ed.getDecl();
        if (decl instanceof Swc4jAstFnDecl f) {
            topNames.add(f.getIdent().getSym());
            if (neverReturns(f.getFunction().getReturnType(), f.getFunction().getBody().map(Swc4jAstBlockStmt::getStmts).orElse(null))) {
                throwingFns.add(f.getIdent().getSym());
            }
        } else if (decl instanceof Swc4jAstClassDecl c) topNames.add(c.getIdent().getSym());
        else if (decl instanceof Swc4jAstVarDecl v) {
            for (Swc4jAstVarDeclarator d : v.getDecls()) {
                collectPatNames(d.getName(), topNames);
                // const httpError = (msg: string, status: number): never => { throw ... }
                if (v.getKind() == Swc4jAstVarDeclKind.Const && d.getName() instanceof Swc4jAstBindingIdent bi
                        && d.getInit().orElse(null) instanceof Swc4jAstArrowExpr ae
                        && neverReturns(ae.getReturnType(), ae.getBody() instanceof Swc4jAstBlockStmt bb ? bb.getStmts() : null)) {
                    throwingFns.add(bi.getId().getSym());
                }
            }
        } else if (decl instanceof Swc4jAstTsEnumDecl e) topNames.add(e.getId().getSym());
        ownRecordType(decl);
    }

    /**
     * The module's own record types named like a request (interface QueuedRequest { url: string }, type BatchFetchRequest
     * = { .. }, class RetryRequest { .. }) that extend no request type: a parameter so typed is the app's data, not the
     * framework's HTTP request. An interface or class extending Request (or any *Request) stays a request.
     */
    private void ownRecordType(ISwc4jAst decl) {
        if (decl instanceof Swc4jAstTsInterfaceDecl i && i.getId().getSym().endsWith("Request")
                && i.getExtends().stream().noneMatch(x -> requestTypeName(x.getExpr())) && !requestShaped(i.getBody().getBody()))
            ownRequestTypes.add(i.getId().getSym());
        else if (decl instanceof Swc4jAstTsTypeAliasDecl a && a.getId().getSym().endsWith("Request") && a.getTypeAnn() instanceof Swc4jAstTsTypeLit lit
                && !requestShaped(lit.getMembers())) ownRequestTypes.add(a.getId().getSym());
        else if (decl instanceof Swc4jAstClassDecl c && c.getIdent().getSym().endsWith("Request")
                && c.getClazz().getSuperClass().map(x -> !requestTypeName(x)).orElse(true)) ownRequestTypes.add(c.getIdent().getSym());
    }

    /** A member list that declares what a request carries (body, query, params, headers, cookies): a hand-written request type. */
    private static boolean requestShaped(List<ISwc4jAstTsTypeElement> members) {
        for (ISwc4jAstTsTypeElement m : members) {
            if (m instanceof Swc4jAstTsPropertySignature ps && ps.getKey() instanceof Swc4jAstIdent id
                    && Set.of("body", "query", "params", "headers", "cookies").contains(id.getSym())) return true;
        }
        return false;
    }

    private static boolean requestTypeName(ISwc4jAstExpr e) {
        if (e instanceof Swc4jAstIdent id) return id.getSym().endsWith("Request") || id.getSym().equals("IncomingMessage");
        if (e instanceof Swc4jAstMemberExpr m && m.getProp() instanceof Swc4jAstIdentName n) return n.getSym().endsWith("Request") || n.getSym().equals("IncomingMessage");
        return true; // not read: kept a request, as before
    }

    private void collectPatNames(ISwc4jAstPat pat, Set<String> out) {
        List<Swc4jAstBindingIdent> names = new ArrayList<>();
        patternNames(pat, names, 0);
        for (Swc4jAstBindingIdent b : names) out.add(b.getId().getSym());
    }

    private void moduleItem(ISwc4jAst item) {
        if (item instanceof Swc4jAstImportDecl) return;
        span(item);
        if (item instanceof Swc4jAstExportDecl ed) {
            ISwc4jAstDecl decl = ed.getDecl();
            stmt(decl);
            Set<String> names = new LinkedHashSet<>();
            if (decl instanceof Swc4jAstFnDecl f) names.add(f.getIdent().getSym());
            else if (decl instanceof Swc4jAstClassDecl c) names.add(c.getIdent().getSym());
            else if (decl instanceof Swc4jAstVarDecl v) for (Swc4jAstVarDeclarator d : v.getDecls()) collectPatNames(d.getName(), names);
            else if (decl instanceof Swc4jAstTsEnumDecl en) names.add(en.getId().getSym()); // export enum Status { .. }: its members object
            for (String n : names) exports.put(n, new Local(n, List.of()));
            return;
        }
        if (item instanceof Swc4jAstExportDefaultDecl dd) {
            ISwc4jAstDefaultDecl decl = dd.getDecl();
            if (decl instanceof Swc4jAstFnExpr fe) {
                Fn f = function(fe.getIdent().map(Swc4jAstIdent::getSym).orElse("default"), fe.getFunction(), List.of());
                FnVal v = new FnVal(f);
                fe.getIdent().ifPresent(i -> symbols.put(i.getSym(), v));
                exports.put("default", v);
            } else if (decl instanceof Swc4jAstClassExpr ce) {
                String name = ce.getIdent().map(Swc4jAstIdent::getSym).orElse("default");
                classDecl(name, ce.getClazz(), ce.getSpan());
                exports.put("default", new ClassRef(name));
            }
            return;
        }
        if (item instanceof Swc4jAstExportDefaultExpr de) {
            exports.put("default", expr(de.getExpr()));
            return;
        }
        if (item instanceof Swc4jAstNamedExport ne) {
            String src = ne.getSrc().map(Swc4jAstStr::getValue).orElse(null);
            for (ISwc4jAstExportSpecifier spec : ne.getSpecifiers()) {
                if (spec instanceof Swc4jAstExportNamedSpecifier ns) {
                    String orig = exportName(ns.getOrig());
                    String exported = ns.getExported().map(TsExtractor::exportName).orElse(orig);
                    exports.put(exported, src != null ? new Ref(src, orig, List.of()) : identVal(orig));
                } else if (spec instanceof Swc4jAstExportNamespaceSpecifier nss && src != null) {
                    exports.put(exportName(nss.getName()), new Ref(src, "*", List.of()));
                } else if (spec instanceof Swc4jAstExportDefaultSpecifier ds && src != null) {
                    exports.put(ds.getExported().getSym(), new Ref(src, "default", List.of()));
                }
            }
            return;
        }
        if (item instanceof Swc4jAstExportAll all) {
            reexportAll.add(all.getSrc().getValue());
            return;
        }
        if (item instanceof Swc4jAstTsExportAssignment ea) {
            exports.put("default", expr(ea.getExpr()));
            return;
        }
        if (item instanceof Swc4jAstTsImportEqualsDecl ied) {
            if (ied.getModuleRef() instanceof Swc4jAstTsExternalModuleRef ext) {
                addImport(ied.getId().getSym(), ext.getExpr().getValue(), "*", ied.getSpan());
            }
            return;
        }
        lastStatementValue = null;
        stmt(item);
        // CommonJS exports: module.exports = x / exports.name = x (the assigned value, evaluated once by stmt)
        if (item instanceof Swc4jAstExprStmt es && es.getExpr() instanceof Swc4jAstAssignExpr ae
                && ae.getLeft() instanceof Swc4jAstMemberExpr me && lastStatementValue != null) {
            cjsExport(me, lastStatementValue);
        }
        // const authRouter = module.exports = Router(): the local and the export are one value
        if (item instanceof Swc4jAstVarDecl vd && vd.getDecls().size() == 1 && vd.getDecls().get(0).getName() instanceof Swc4jAstBindingIdent bi
                && vd.getDecls().get(0).getInit().orElse(null) instanceof Swc4jAstAssignExpr ae && ae.getLeft() instanceof Swc4jAstMemberExpr me) {
            List<String> chain = memberChain(me);
            if (chain != null && (chain.get(0).equals("module") || chain.get(0).equals("exports"))) cjsExport(me, identVal(bi.getId().getSym()));
        }
    }

    /** module.exports = value / module.exports.name = value / exports.name = value at module level. */
    private void cjsExport(Swc4jAstMemberExpr me, Val value) {
        List<String> chain = memberChain(me);
        if (chain != null) {
            if (chain.equals(List.of("module", "exports"))) {
                // module.exports = x replaces the object earlier exports.name / module.exports.name were set on
                exports.keySet().removeAll(cjsNamedExports);
                cjsNamedExports.clear();
                exports.put("default", value);
            } else if (chain.size() == 3 && chain.get(0).equals("module") && chain.get(1).equals("exports")) {
                exports.put(chain.get(2), value);
                cjsNamedExports.add(chain.get(2));
            } else if (chain.size() == 2 && chain.get(0).equals("exports")) {
                exports.put(chain.get(1), value);
                cjsNamedExports.add(chain.get(1));
            }
            // a property set on a module-level binding: plugin.autoPrefix = '/x' (symbol "plugin.autoPrefix")
            else if (chain.size() == 2 && symbols.containsKey(chain.get(0))) symbols.put(chain.get(0) + "." + chain.get(1), value);
        } else if (me.getObj() instanceof Swc4jAstIdent id && symbols.containsKey(id.getSym())
                && me.getProp() instanceof Swc4jAstComputedPropName cp && cp.getExpr() instanceof Swc4jAstCallExpr ce
                && ce.getCallee() instanceof Swc4jAstMemberExpr sm && sm.getObj() instanceof Swc4jAstIdent si
                && si.getSym().equals("Symbol") && sm.getProp() instanceof Swc4jAstIdentName sn && sn.getSym().equals("for")
                && ce.getArgs().size() == 1 && ce.getArgs().get(0).getExpr() instanceof Swc4jAstStr key) {
            // plugin[Symbol.for('skip-override')] = true (symbol "plugin[Symbol.for('skip-override')]")
            symbols.put(id.getSym() + "[Symbol.for('" + key.getValue() + "')]", value);
        }
    }

    private static List<String> memberChain(ISwc4jAstExpr e) {
        LinkedList<String> out = new LinkedList<>();
        ISwc4jAstExpr cur = e;
        for (int i = 0; i < 32; i++) {
            if (cur instanceof Swc4jAstIdent id) {
                out.addFirst(id.getSym());
                return out;
            }
            if (cur instanceof Swc4jAstMemberExpr m && m.getProp() instanceof Swc4jAstIdentName n) {
                out.addFirst(n.getSym());
                cur = m.getObj();
            } else return null;
        }
        return null;
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<? extends ISwc4jAst> list) {
        // hoist nested function declarations so calls before them resolve
        for (ISwc4jAst s : list) {
            if (s instanceof Swc4jAstFnDecl f) {
                scope.vars.putIfAbsent(f.getIdent().getSym(), new Unknown("hoisted"));
            }
        }
        int mark = guards.size();
        int skipMark = skipGuards.size();
        try {
            for (ISwc4jAst s : list) {
                exitGuard = null;
                skipGuard = null;
                try {
                    stmt(s);
                } catch (DepthExceeded e) {
                    if (depth > 0) throw e;
                }
                // if (env !== 'production') return; -- the rest of the block runs only where the test is false
                if (exitGuard != null) exitGuardsOf(exitGuard, false, guards);
                // if (key === '__proto__') continue; -- likewise for the rest of the loop body (kept for writes only)
                if (skipGuard != null) guardsOf(skipGuard, false, skipGuards);
                exitGuard = null;
                skipGuard = null;
            }
        } finally {
            if (guards.size() > mark) guards.subList(mark, guards.size()).clear();
            if (skipGuards.size() > skipMark) skipGuards.subList(skipMark, skipGuards.size()).clear();
        }
    }

    /** The test of the if statement just walked when its branch always leaves the block (return/throw) and it has no else. */
    private Cond exitGuard;
    /** The test of the if statement just walked when its branch only skips the rest of a loop body (continue/break). */
    private Cond skipGuard;
    /** Conditions from {@code if (...) continue;} that hold for the rest of the block: recorded on computed-key writes. */
    private final List<CallSite.Guard> skipGuards = new ArrayList<>();

    private static boolean skips(ISwc4jAstStmt s) {
        if (s instanceof Swc4jAstContinueStmt || s instanceof Swc4jAstBreakStmt) return true;
        if (s instanceof Swc4jAstBlockStmt b && !b.getStmts().isEmpty()) return skips(b.getStmts().get(b.getStmts().size() - 1));
        return false;
    }

    private boolean exits(ISwc4jAstStmt s) {
        if (s instanceof Swc4jAstReturnStmt || s instanceof Swc4jAstThrowStmt || throwingCall(s) != null) return true;
        if (s instanceof Swc4jAstBlockStmt b && !b.getStmts().isEmpty()) return exits(b.getStmts().get(b.getStmts().size() - 1));
        return false;
    }

    /** A function declared {@code : never}, or whose body is a single {@code throw}. */
    private static boolean neverReturns(Optional<Swc4jAstTsTypeAnn> returnType, List<ISwc4jAstStmt> body) {
        if (returnType.isPresent() && returnType.get().getTypeAnn() instanceof Swc4jAstTsKeywordType k
                && k.getKind() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstTsKeywordTypeKind.TsNeverKeyword) return true;
        return body != null && body.size() == 1 && body.get(0) instanceof Swc4jAstThrowStmt;
    }

    /**
     * The call of a statement {@code httpError('Booking not found', 404);} when the callee is one of this module's
     * functions that never return ({@link #throwingFns}) and no inner binding shadows its name; null otherwise.
     */
    private Swc4jAstCallExpr throwingCall(ISwc4jAst s) {
        if (throwingFns.isEmpty() || !(s instanceof Swc4jAstExprStmt es)) return null;
        ISwc4jAstExpr e = es.getExpr();
        if (e instanceof Swc4jAstAwaitExpr aw) e = aw.getArg();
        if (!(e instanceof Swc4jAstCallExpr c) || !(c.getCallee() instanceof Swc4jAstIdent id) || !throwingFns.contains(id.getSym())) return null;
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.vars.containsKey(id.getSym())) return sc.parent == null ? c : null;
        }
        return c;
    }

    private void stmt(ISwc4jAst s) {
        if (s == null) return;
        span(s);
        enter();
        String savedContext = strContext;
        strContext = null;
        try {
            stmt0(s);
        } finally {
            strContext = savedContext;
            exit();
        }
    }

    /** The name an assignment binds: the variable, or the last property of a member target. */
    private String assignName(ISwc4jAstAssignTarget left) {
        if (left instanceof Swc4jAstBindingIdent b) return b.getId().getSym();
        if (left instanceof Swc4jAstIdent i) return i.getSym();
        if (left instanceof Swc4jAstMemberExpr m) {
            if (m.getProp() instanceof Swc4jAstIdentName n) return n.getSym();
            if (m.getProp() instanceof Swc4jAstComputedPropName c && c.getExpr() instanceof Swc4jAstStr st) return st.getValue();
        }
        return strContext;
    }

    /** Records the line span of a statement that covers several lines (for inline suppressions). */
    private void span(ISwc4jAst s) {
        Swc4jSpan sp = s.getSpan();
        if (sp == null) return;
        int a = lines.line(sp.getStart()), b = lines.line(Math.max(sp.getStart(), sp.getEnd() - 1));
        if (b > a) statementSpans.add(new FileFacts.Span(a, b));
    }

    private void stmt0(ISwc4jAst s) {
        if (s instanceof Swc4jAstExprStmt es) {
            lastStatementValue = expr(es.getExpr());
            // httpError('Booking not found', 404) where httpError never returns: a throw of an error with that status
            Swc4jAstCallExpr thrown = throwingCall(s);
            if (thrown != null) {
                fn.throwsSeen++;
                Integer st = null;
                for (Swc4jAstExprOrSpread a : thrown.getArgs()) {
                    if (a.getExpr() instanceof Swc4jAstNumber n && n.getValue() % 1 == 0 && n.getValue() >= 400 && n.getValue() < 600) {
                        st = (int) n.getValue();
                        break;
                    }
                }
                if (st != null) fn.statuses.add(st);
                if (st == null || isRejection(st)) fn.rejects++;
            }
        } else if (s instanceof Swc4jAstVarDecl vd) {
            boolean isConst = vd.getKind() == Swc4jAstVarDeclKind.Const;
            for (Swc4jAstVarDeclarator d : vd.getDecls()) {
                Val init;
                ISwc4jAstExpr ie = d.getInit().orElse(null);
                String bname = d.getName() instanceof Swc4jAstBindingIdent bi ? bi.getId().getSym() : "";
                if (ie instanceof Swc4jAstParenExpr pe) ie = pe.getExpr();
                if (ie instanceof Swc4jAstArrowExpr ae) init = namedFn(arrow(bname, ae));
                else if (ie instanceof Swc4jAstFnExpr fe) init = namedFn(function(fe.getIdent().map(Swc4jAstIdent::getSym).orElse(bname), fe.getFunction(), List.of()));
                else {
                    int before = fn.calls.size();
                    init = ie == null ? new Lit(null) : named(bname.isEmpty() ? strContext : bname, ie);
                    if (!bname.isEmpty()) nameCalls(bname, ie, before);
                }
                bindPattern(d.getName(), init, isConst);
                // const up = conn.readyState === 1; ... up ? 'ok' : 'down': a test of the name is a test of the comparison
                if (isConst && !bname.isEmpty() && ie instanceof Swc4jAstBinExpr cmp && EQUALITY.contains(cmp.getOp())
                        && (plainOperand(cmp.getLeft()) && plainOperand(cmp.getRight()) || lastEquality != null && lastEquality.node() == cmp
                                && (configRead(cmp.getLeft()) || configRead(cmp.getRight())))) {
                    // const isDev = config.get('NODE_ENV') !== 'production': the operands as binary() read them (no call recorded twice)
                    Val.Test t = lastEquality != null && lastEquality.node() == cmp
                            ? new Val.Test(lastEquality.left(), lastEquality.op(), lastEquality.right(), true) : test(cmp, true, 0);
                    if (t != null) {
                        if (scope.comparisons == null) scope.comparisons = new HashMap<>();
                        scope.comparisons.put(bname, t);
                    }
                } else if (!bname.isEmpty() && scope.comparisons != null) {
                    scope.comparisons.remove(bname);
                }
                // const live = process.env.MAIL_MODE === 'production' || process.env.NODE_ENV === 'production': if (!live)
                // tests both comparisons
                Cond joined = isConst && !bname.isEmpty() && ie instanceof Swc4jAstBinExpr jb
                        && (jb.getOp() == Swc4jAstBinaryOp.LogicalOr || jb.getOp() == Swc4jAstBinaryOp.LogicalAnd) ? plainCondition(ie, 0) : null;
                if (joined != null) {
                    if (scope.conditions == null) scope.conditions = new HashMap<>();
                    scope.conditions.put(bname, joined);
                } else if (!bname.isEmpty() && scope.conditions != null) {
                    scope.conditions.remove(bname);
                }
            }
        } else if (s instanceof Swc4jAstFnDecl fd) {
            String name = fd.getIdent().getSym();
            Fn f = function(name, fd.getFunction(), List.of());
            if (!atModuleLevel()) fn.nested.add(f);
            bind(name, new FnVal(f), true);
        } else if (s instanceof Swc4jAstClassDecl cd) {
            String name = cd.getIdent().getSym();
            classDecl(name, cd.getClazz(), cd.getSpan());
            bind(name, new ClassRef(name), true);
        } else if (s instanceof Swc4jAstBlockStmt b) {
            Scope saved = scope;
            scope = new Scope(scope, true);
            stmts(b.getStmts());
            scope = saved;
        } else if (s instanceof Swc4jAstReturnStmt r) {
            // an early return leaves a handler or middleware before the value is used (return sendError(res, ...));
            // in any other function it hands a value back and rejects nothing
            // ... or a failure verdict ({ valid: false, error }, { success: false }): the function leaves before it uses
            // the value, and its caller is told the input was refused
            if (fn.takesRequest) fn.rejects++;
            else if (r.getArg().isPresent() && failureVerdict(r.getArg().get())) fn.verdicts++;
            r.getArg().ifPresent(a -> {
                Val v = expr(a);
                if (fn.returns.size() < 8) fn.returned(v, guards);
            });
        } else if (s instanceof Swc4jAstIfStmt is) {
            Cond test = condition(is.getTest(), 0);
            // if (32 > 33) { ... }: only the live branch runs, and it runs whenever the if is reached
            Boolean constant = truth(fold(is.getTest(), 0));
            if (constant != null) {
                ISwc4jAstStmt live = constant ? is.getCons() : is.getAlt().orElse(null);
                if (live != null) {
                    Scope saved = scope;
                    scope = new Scope(scope, true);
                    if (live instanceof Swc4jAstBlockStmt lb) stmts(lb.getStmts());
                    else stmt(live);
                    scope = saved;
                }
                exitGuard = null;
                skipGuard = null;
                return;
            }
            int mark = guards.size();
            int before = fn.rejects, statusesBefore = fn.statuses.size(), verdictsBefore = fn.verdicts;
            guardsOf(test, true, guards);
            block1(is.getCons());
            guards.subList(mark, guards.size()).clear();
            if (is.getAlt().isPresent()) {
                guardsOf(test, false, guards);
                block1(is.getAlt().get());
                guards.subList(mark, guards.size()).clear();
            }
            // a guard that answers 401/403 checks who is asking (a token, a role), not the input's shape
            boolean auth = fn.statuses.subList(statusesBefore, fn.statuses.size()).stream()
                    .anyMatch(st -> st == 401 || st == 403 || st == 429);
            // (take > 100 answered 403 still bounds a request value: a numeric limit, not a question of who asks)
            if (fn.rejects > before && (!auth || numericBound(is.getTest(), 0))) guardChecks(is.getTest(), false, 0);
            else if (auth && fn.statuses.subList(statusesBefore, fn.statuses.size()).stream().allMatch(st -> st == 403)) {
                // if (!owned.rows.length) return 403: the record looked up by the value (and the caller) is missing, so
                // the value names an existing record the caller owns; only that is recorded, not the test's other checks
                int checks0 = fn.checks.size();
                rowLookupsOnly = true;
                try {
                    guardChecks(is.getTest(), false, 0);
                } finally {
                    rowLookupsOnly = false;
                }
                List<Fn.Check> added = fn.checks.subList(checks0, fn.checks.size());
                added.removeIf(c -> !c.kind().equals("exists"));
            }
            else if (fn.rejects == before && fn.verdicts > verdictsBefore && !auth) {
                // a helper answering { valid: false } / { success: false } leaves before it uses the value: its type,
                // format and range tests are checks (a presence test, or a record looked up, says nothing of the shape)
                int mark2 = fn.checks.size();
                verdictGuard = true;
                try {
                    guardChecks(is.getTest(), false, 0);
                } finally {
                    verdictGuard = false;
                }
                // (kind "verdict": the helper's caller is told, the request is not refused here; only input validation reads it)
                List<Fn.Check> added = new ArrayList<>(fn.checks.subList(mark2, fn.checks.size()));
                fn.checks.subList(mark2, fn.checks.size()).clear();
                for (Fn.Check c : added) if (!c.kind().equals("presence") && !c.kind().equals("exists")) fn.checks.add(new Fn.Check("verdict", c.subject(), c.location()));
            }
            // what the request must satisfy to get past the check: for !key || key !== env.KEY both halves,
            // for key && key !== env.KEY nothing (a request without a key passes)
            if (auth && fn.authTests.size() < 16) guardsOf(test, false, fn.authTests);
            typeReturned(is);
            exitGuard = !is.getAlt().isPresent() && exits(is.getCons()) ? test : null;
            skipGuard = !is.getAlt().isPresent() && skips(is.getCons()) ? test : null;
        } else if (s instanceof Swc4jAstTryStmt ts) {
            block(ts.getBlock().getStmts());
            ts.getHandler().ifPresent(h -> {
                Scope saved = scope;
                scope = new Scope(scope);
                int statuses0 = fn.statuses.size(), throws0 = fn.throwsSeen, calls0 = fn.calls.size();
                h.getParam().ifPresent(p -> bindPattern(p, new Unknown("error"), false));
                stmts(h.getBody().getStmts());
                scope = saved;
                // the catch of a handler, middleware or hook lets the request through: no answer, no throw,
                // no error handed on (a helper's catch that returns null leaves the decision to its caller)
                if (fn.takesRequest && fn.statuses.size() == statuses0 && fn.throwsSeen == throws0
                        && fn.calls.subList(calls0, fn.calls.size()).stream().noneMatch(TsExtractor::passesFailureOn)) {
                    fn.lenient.add(loc(ts.getBlock().getSpan()));
                }
                if (fn.catches.size() < 64) {
                    fn.catches.add(new Fn.Catch(loc(ts.getBlock().getSpan()), loc(h.getBody().getSpan()),
                            h.getBody().getStmts().isEmpty(), fn.throwsSeen > throws0));
                }
            });
            ts.getFinalizer().ifPresent(f -> block(f.getStmts()));
        } else if (s instanceof Swc4jAstThrowStmt th) {
            fn.throwsSeen++;
            Val v = expr(th.getArg());
            if (fn.thrown.size() < 32) fn.thrown.add(v);
            else fn.thrown.set(31, new Unknown("more"));
            Integer st = null;
            // const err = new Error('Authentication required'); err.statusCode = 401; throw err: the status the error carries
            // (as for next(err) / done(err)), what Fastify's and Express's error handlers answer with
            ISwc4jAstExpr ta = th.getArg();
            while (ta instanceof Swc4jAstParenExpr || ta instanceof Swc4jAstTsAsExpr) {
                ta = ta instanceof Swc4jAstParenExpr pe ? pe.getExpr() : ((Swc4jAstTsAsExpr) ta).getExpr();
            }
            Integer assigned = ta instanceof Swc4jAstIdent ai ? fn.errorStatuses.get(ai.getSym()) : null;
            if (v instanceof New n) {
                String t = Vals.lastName(n.callee());
                if (t != null) fn.throwsTypes.add(t);
                st = statusOfThrown(t, n.args());
                if (st == null) st = assigned;
                if (st != null) fn.statuses.add(st);
            } else if (assigned != null) {
                st = assigned;
                fn.statuses.add(st);
            } else if (v instanceof Call c) {
                st = statusOfThrown(Vals.lastName(c.callee()), c.args());
                if (st == null) st = statusOfErrorFactory(c.callee());
                if (st != null) fn.statuses.add(st);
            }
            if (st == null || isRejection(st)) fn.rejects++;
        } else if (s instanceof Swc4jAstForOfStmt fo) {
            forOf(fo);
        } else if (s instanceof Swc4jAstForInStmt fi) {
            Val over = expr(fi.getRight());
            loop("for-in", s, over);
            Scope saved = scope;
            scope = new Scope(scope);
            // for (const k in obj): k is one of obj's keys, as Object.keys(obj)[i] is
            bindForHead(fi.getLeft(), over instanceof Unknown ? over : loopItem(new Call(new Global("Object", List.of("keys")), List.of(over), null)));
            block1(fi.getBody());
            scope = saved;
        } else if (s instanceof Swc4jAstForStmt f) {
            loop("for", s, countedValues(f));
            Scope saved = scope;
            scope = new Scope(scope);
            f.getInit().ifPresent(i -> {
                if (i instanceof ISwc4jAstExpr e) expr(e);
                else stmt(i);
            });
            f.getTest().ifPresent(this::expr);
            block1(f.getBody());
            f.getUpdate().ifPresent(this::expr);
            scope = saved;
        } else if (s instanceof Swc4jAstWhileStmt w) {
            loop("while", s);
            expr(w.getTest());
            block1(w.getBody());
        } else if (s instanceof Swc4jAstDoWhileStmt dw) {
            loop("do-while", s);
            block1(dw.getBody());
            expr(dw.getTest());
        } else if (s instanceof Swc4jAstSwitchStmt sw) {
            Val d = expr(sw.getDiscriminant());
            List<ISwc4jAstStmt> live = liveCase(sw, constantOf(d));
            if (live != null) {
                // a switch on a constant where the code always reaches it: only the case it selects runs
                Scope saved = scope;
                scope = new Scope(scope, true);
                stmts(live);
                scope = saved;
                return;
            }
            // a case entered only by its own test (not the default, not reached by falling through from the case
            // above) runs where discriminant === test: its calls carry that guard, as under if (d === test)
            boolean open = false;
            // switch (kind) { case 'a': ..; case 'b': ..; default: throw new BadRequestException(..) }: every value the
            // cases do not name is refused, so the discriminant is one of the listed constants (an allow-list)
            boolean listedOnly = !(d instanceof Unknown), refusedElse = false;
            // the labels that lead into the current case: its own, and those of the cases above it that fall through
            // into it (case A: case B: { .. }: the body runs where the discriminant is A or B); null once a default
            // falls through (it is entered by every other value)
            List<Val> entry = null;
            for (Swc4jAstSwitchCase c : sw.getCases()) {
                Val t = c.getTest().map(this::expr).orElse(null);
                if (t != null && !(t instanceof Lit)) listedOnly = false;
                if (t == null) entry = null;
                else if (!open) entry = new ArrayList<>(List.of(t));
                else if (entry != null && entry.size() < 16) entry.add(t);
                else entry = null;
                int rejects0 = fn.rejects;
                if (t == null && !open) {
                    block(c.getCons());
                    List<ISwc4jAstStmt> body = c.getCons();
                    refusedElse = fn.rejects > rejects0 && !body.isEmpty() && exits(body.get(body.size() - 1))
                            && !(body.get(body.size() - 1) instanceof Swc4jAstReturnStmt && !fn.takesRequest);
                    open = body.isEmpty() || !(exits(body.get(body.size() - 1)) || skips(body.get(body.size() - 1)));
                    continue;
                }
                // case 'avatar': the discriminant is compared with the case's value, as by ===
                if (t != null && !(d instanceof Unknown)) {
                    compared(loc(c.getTest().get().getSpan()), sw.getDiscriminant(), d, "case", c.getTest().get(), t);
                }
                int mark = guards.size();
                if (t != null && !open && !(d instanceof Unknown) && guards.size() <= 16) guards.add(new CallSite.Guard(d, "==", t, true));
                // a case reached by falling through from the labels above: the discriminant is one of them (op "in")
                else if (t != null && open && entry != null && entry.size() > 1 && !(d instanceof Unknown) && guards.size() <= 16) {
                    guards.add(new CallSite.Guard(d, "in", new Arr(List.copyOf(entry)), true));
                }
                block(c.getCons());
                guards.subList(mark, guards.size()).clear();
                List<ISwc4jAstStmt> body = c.getCons();
                open = body.isEmpty() || !(exits(body.get(body.size() - 1)) || skips(body.get(body.size() - 1)));
            }
            if (listedOnly && refusedElse) check("range", sw.getDiscriminant(), sw);
        } else if (s instanceof Swc4jAstLabeledStmt ls) {
            block1(ls.getBody());
        } else if (s instanceof Swc4jAstTsEnumDecl en) {
            Map<String, Val> members = new LinkedHashMap<>();
            for (Swc4jAstTsEnumMember m : en.getMembers()) {
                String k = m.getId() instanceof Swc4jAstIdent i ? i.getSym() : m.getId() instanceof Swc4jAstStr st ? st.getValue() : null;
                if (k != null) members.put(k, m.getInit().map(this::expr).orElse(new Lit(k)));
            }
            bind(en.getId().getSym(), Val.obj(members), true);
        } else if (s instanceof Swc4jAstExportDecl || s instanceof Swc4jAstExportDefaultExpr
                || s instanceof Swc4jAstExportDefaultDecl) {
            moduleItem(s);
        }
        // type-only declarations and others carry nothing we use
    }

    // ------------------------------------------------------------------ conditions of if statements

    /** The conditions of the enclosing {@code if} statements, outermost first (recorded on each call). */
    private final List<CallSite.Guard> guards = new ArrayList<>();
    /** The last immutable copy of {@link #guards} handed out (see {@link #guardsNow}). */
    private List<CallSite.Guard> guardsCopy = List.of();

    /**
     * An immutable copy of {@link #guards} as they are now: the previous copy again while they hold the same guard
     * records (a function's calls under the same conditions share one list instead of a copy each; CallSite's own
     * {@code List.copyOf} returns an immutable list as it is). Equal to a fresh copy either way.
     */
    private List<CallSite.Guard> guardsNow() {
        List<CallSite.Guard> c = guardsCopy;
        int n = guards.size();
        if (c.size() == n) {
            int i = 0;
            while (i < n && c.get(i) == guards.get(i)) i++;
            if (i == n) return c;
        }
        c = List.copyOf(guards);
        guardsCopy = c;
        return c;
    }

    /** The shape of an if-test: comparisons and tested values joined by !, && and ||. */
    private sealed interface Cond permits Cmp, Truthy, Not, And, Or { }

    private record Cmp(Val left, String op, Val right) implements Cond { }

    private record Truthy(Val value) implements Cond { }

    private record Not(Cond c) implements Cond { }

    private record And(Cond a, Cond b) implements Cond { }

    private record Or(Cond a, Cond b) implements Cond { }

    /** Evaluates an if-test once (its calls and reads are recorded as for any expression) and keeps its shape. */
    private Cond condition(ISwc4jAstExpr e, int depth) {
        while (e instanceof Swc4jAstParenExpr pe) e = pe.getExpr();
        // a const holding comparisons joined by || / && (if (!live)): the test of the comparisons
        if (e instanceof Swc4jAstIdent id) {
            Cond named = conditionOf(id.getSym());
            if (named != null) {
                expr(e); // the read of the name, as before
                return named;
            }
        }
        if (depth < 8 && e instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang) {
            return new Not(condition(u.getArg(), depth + 1));
        }
        if (depth < 8 && e instanceof Swc4jAstBinExpr b) {
            Swc4jAstBinaryOp op = b.getOp();
            if (op == Swc4jAstBinaryOp.LogicalAnd) return new And(condition(b.getLeft(), depth + 1), condition(b.getRight(), depth + 1));
            if (op == Swc4jAstBinaryOp.LogicalOr) {
                Cond a = condition(b.getLeft(), depth + 1), c = condition(b.getRight(), depth + 1);
                // err instanceof BadRequestError || err instanceof NotFoundError: where it holds, a class test held
                if (a instanceof Truthy ta && c instanceof Truthy tc && ta.equals(tc)
                        && ta.value() instanceof Unknown u && u.kind().equals("binary:InstanceOf")) return ta;
                return new Or(a, c);
            }
            if (op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq || op == Swc4jAstBinaryOp.NotEqEq || op == Swc4jAstBinaryOp.NotEq) {
                Val l = expr(b.getLeft());
                Val r = expr(b.getRight());
                boolean eq = op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq;
                compared(b, l, r, eq);
                return new Cmp(l, eq ? "==" : "!=", r);
            }
            // 'statusCode' in err: a test that the value has that property, kept as a test of err.statusCode
            if (op == Swc4jAstBinaryOp.In && b.getLeft() instanceof Swc4jAstStr key) {
                expr(b.getLeft());
                Val r = expr(b.getRight());
                if (!(r instanceof Unknown)) return new Truthy(Val.member(r, key.getValue()));
                return new Truthy(new Unknown("binary:In"));
            }
        }
        return new Truthy(expr(e));
    }

    /** The guards that hold where {@code c} evaluated to {@code holds} (nothing for the unknown half of && and ||). */
    private static void guardsOf(Cond c, boolean holds, List<CallSite.Guard> out) {
        if (out.size() > 16) return;
        if (c instanceof Cmp cmp) out.add(new CallSite.Guard(cmp.left(), cmp.op(), cmp.right(), holds));
        else if (c instanceof Truthy t) out.add(new CallSite.Guard(t.value(), "truthy", null, holds));
        else if (c instanceof Not n) guardsOf(n.c(), !holds, out);
        else if (c instanceof And a && holds) {
            guardsOf(a.a(), true, out);
            guardsOf(a.b(), true, out);
        } else if (c instanceof Or o && !holds) {
            guardsOf(o.a(), false, out);
            guardsOf(o.b(), false, out);
        }
    }

    /**
     * {@link #guardsOf} for the rest of a block after {@code if (test) return ..;}: where a part of the test is an
     * {@code a && b} that must fail (or an {@code a || b} that must hold), one compound guard: op "any" (or "all") with
     * {@code left} an {@link Arr} of the parts, each a {@link OneOf} with no options whose {@link Val.Test} is the part
     * (op "any"/"all" again for a nested one) and {@code holds} what it must be. {@code if (c.req.method === 'GET' &&
     * c.req.path === '/config') return next(); return auth(c, next)}: auth runs where the method is not GET or the path
     * is not /config.
     */
    private static void exitGuardsOf(Cond c, boolean holds, List<CallSite.Guard> out) {
        // (more than guardsOf keeps: a gate's allow-list is one early return per open path, often twenty or more)
        if (out.size() > MAX_EXIT_GUARDS) return;
        if (c instanceof Not n) exitGuardsOf(n.c(), !holds, out);
        else if (c instanceof And a && holds) {
            exitGuardsOf(a.a(), true, out);
            exitGuardsOf(a.b(), true, out);
        } else if (c instanceof Or o && !holds) {
            exitGuardsOf(o.a(), false, out);
            exitGuardsOf(o.b(), false, out);
        } else if (c instanceof And || c instanceof Or) {
            Val.Test t = compound(c, holds, 0);
            if (t != null) out.add(new CallSite.Guard(t.left(), t.op(), null, true));
        } else if (c instanceof Cmp cmp) out.add(new CallSite.Guard(cmp.left(), cmp.op(), cmp.right(), holds));
        else if (c instanceof Truthy t) out.add(new CallSite.Guard(t.value(), "truthy", null, holds));
    }

    private static final int MAX_EXIT_GUARDS = 48;

    /** The test {@code c} must pass to be {@code holds}, as a {@link Val.Test} (compound: see {@link #exitGuardsOf}); null when too deep. */
    private static Val.Test compound(Cond c, boolean holds, int depth) {
        if (depth > 6) return null;
        if (c instanceof Cmp cmp) return new Val.Test(cmp.left(), cmp.op(), cmp.right(), holds);
        if (c instanceof Truthy t) return new Val.Test(t.value(), "truthy", null, holds);
        if (c instanceof Not n) return compound(n.c(), !holds, depth + 1);
        Cond x, y;
        boolean all;
        if (c instanceof And a) {
            x = a.a();
            y = a.b();
            all = holds;
        } else {
            Or o = (Or) c;
            x = o.a();
            y = o.b();
            all = !holds;
        }
        Val.Test tx = compound(x, holds, depth + 1), ty = compound(y, holds, depth + 1);
        if (tx == null || ty == null) return null;
        return new Val.Test(new Arr(List.of(new OneOf(List.of(), tx), new OneOf(List.of(), ty))), all ? "all" : "any", null, true);
    }

    /** A string or number a value surely is ({@code 'ABC'}, {@code 'ABC'[1]}), or null. */
    private static Object constantOf(Val v) {
        if (v instanceof Lit l && (l.value() instanceof String || l.value() instanceof Double)) return l.value();
        if (v instanceof Member m && m.object() instanceof Lit l && l.value() instanceof String str
                && m.prop().length() <= 3 && m.prop().chars().allMatch(Character::isDigit)) {
            int i = Integer.parseInt(m.prop());
            return i < str.length() ? String.valueOf(str.charAt(i)) : null;
        }
        return null;
    }

    /**
     * The statements a switch on constant {@code k} runs, when the switch is reached on every run of the function (no
     * loop or branch around it) and the cases it runs are plain statements ending in {@code break} (or the end); null
     * otherwise (then every case is walked as a possible one).
     */
    private List<ISwc4jAstStmt> liveCase(Swc4jAstSwitchStmt sw, Object k) {
        if (k == null) return null;
        for (Scope sc = scope; sc != null && sc != fn.scope; sc = sc.parent) if (!sc.straight) return null;
        List<Swc4jAstSwitchCase> cases = sw.getCases();
        int start = -1;
        for (int i = 0; i < cases.size() && start < 0; i++) {
            if (cases.get(i).getTest().isEmpty()) continue;
            Object t = fold(cases.get(i).getTest().get(), 0);
            if (t == null) return null; // a case that is not a constant: cannot tell
            if (t.equals(k)) start = i;
        }
        if (start < 0) for (int i = 0; i < cases.size(); i++) if (cases.get(i).getTest().isEmpty()) start = i;
        List<ISwc4jAstStmt> out = new ArrayList<>();
        if (start < 0) return out;
        for (int i = start; i < cases.size(); i++) {
            for (ISwc4jAstStmt st : cases.get(i).getCons()) {
                if (st instanceof Swc4jAstBreakStmt b && b.getLabel().isEmpty()) return out;
                if (!(st instanceof Swc4jAstExprStmt || st instanceof Swc4jAstVarDecl)) return null;
                out.add(st);
            }
        }
        return out;
    }

    private void block(List<? extends ISwc4jAst> list) {
        Scope saved = scope;
        scope = new Scope(scope);
        stmts(list);
        scope = saved;
    }

    private void block1(ISwc4jAstStmt s) {
        if (s instanceof Swc4jAstBlockStmt b) block(b.getStmts());
        else {
            Scope saved = scope;
            scope = new Scope(scope);
            stmt(s);
            scope = saved;
        }
    }

    /** How many expanded loops enclose the statement being walked (each expansion walks the body once per item). */
    private int loopExpansions;

    /**
     * The array a value denotes in this file: an array literal, a top-level binding of one
     * ({@code const routes = [{ path, route }]}), or a choice between such arrays (their union).
     */
    private Arr arrayOf(Val v) {
        if (v instanceof Arr a) return a;
        if (v instanceof Local l && l.path().isEmpty() && symbols.get(l.name()) instanceof Arr a) return a;
        if (v instanceof OneOf o) {
            List<Val> items = new ArrayList<>();
            for (Val x : o.options()) {
                Arr a = x instanceof Lit lit && lit.value() == null ? new Arr(List.of()) : arrayOf(x);
                if (a == null) return null;
                items.addAll(a.items());
            }
            return items.size() <= MAX_VAL_ITEMS ? new Arr(List.copyOf(items)) : null;
        }
        return null;
    }

    /** The object a value denotes in this file: an object literal or a top-level binding of one. */
    private Obj objectOf(Val v) {
        if (v instanceof Obj o) return o;
        if (v instanceof Local l && l.path().isEmpty() && symbols.get(l.name()) instanceof Obj o) return o;
        return null;
    }

    private void forOf(Swc4jAstForOfStmt fo) {
        Val iter = expr(fo.getRight());
        List<Val> items = null;
        Arr iterArr = arrayOf(iter);
        // a routers' registry of 30 entries walked by a loop of two lines: expanded like a short one
        Swc4jSpan body = fo.getBody().getSpan();
        int most = body != null && body.getEnd() - body.getStart() <= SHORT_LOOP_BODY ? MAX_SHORT_LOOP_EXPANSION : MAX_LOOP_EXPANSION;
        if (iterArr != null && iterArr.items().size() <= most) items = iterArr.items();
        else if (iter instanceof Call c && c.callee() instanceof Global g
                && g.name().equals("Object") && g.path().size() == 1 && c.args().size() == 1
                && objectOf(c.args().get(0)) != null && objectOf(c.args().get(0)).props().size() <= most) {
            Obj o = objectOf(c.args().get(0));
            items = switch (g.path().get(0)) {
                case "keys" -> o.props().keySet().stream().map(k -> (Val) new Lit(k)).toList();
                case "values" -> List.copyOf(o.props().values());
                case "entries" -> o.props().entrySet().stream()
                        .map(e -> (Val) new Arr(List.of(new Lit(e.getKey()), e.getValue()))).toList();
                default -> null;
            };
        }
        // expand the body per item when the items are known and small: constants, or objects of
        // constants and references ({ path: '/auth', route: authRouter })
        if (items != null && loopExpansions < 2 && Vals.weight(new Arr(items), MAX_INLINE_WEIGHT) <= MAX_INLINE_WEIGHT
                && items.stream().allMatch(TsExtractor::staticItem)) {
            loopExpansions++;
            try {
                for (Val item : items) {
                    Scope saved = scope;
                    scope = new Scope(scope);
                    bindForHead(fo.getLeft(), item);
                    block1(fo.getBody());
                    scope = saved;
                }
            } finally {
                loopExpansions--;
            }
        } else {
            loop("for-of", fo, iter);
            Scope saved = scope;
            scope = new Scope(scope);
            bindForHead(fo.getLeft(), loopItem(iter));
            block1(fo.getBody());
            scope = saved;
        }
    }

    /**
     * A spread of a parameter's list, or of it or an empty list ({@code ...(options.middlewares || [])}): kept as the
     * item, so a reader that knows what the caller passed (a factory's options) can list it.
     */
    private static boolean spreadOfParam(Val v) {
        if (v instanceof Param p) return !p.path().isEmpty();
        if (!(v instanceof OneOf o) || o.test() != null || o.options().size() != 2) return false;
        return o.options().get(0) instanceof Param p && !p.path().isEmpty()
                && o.options().get(1) instanceof Arr a && a.items().isEmpty();
    }

    /** Records a loop statement of the function being walked (a bounded number). */
    /**
     * The values a counted loop runs through when its bounds are literals ({@code for (let i = 6; i >= 0; i--)}: 6..0),
     * as an array of them; null for any other loop or more than 16 rounds.
     */
    private static Val countedValues(Swc4jAstForStmt f) {
        if (f.getInit().isEmpty() || f.getTest().isEmpty()) return null;
        if (!(f.getInit().get() instanceof Swc4jAstVarDecl vd) || vd.getDecls().size() != 1
                || !(vd.getDecls().get(0).getName() instanceof Swc4jAstBindingIdent bi)
                || vd.getDecls().get(0).getInit().isEmpty() || !(vd.getDecls().get(0).getInit().get() instanceof Swc4jAstNumber start)) return null;
        if (!(f.getTest().get() instanceof Swc4jAstBinExpr t) || !(t.getLeft() instanceof Swc4jAstIdent ti)
                || !ti.getSym().equals(bi.getId().getSym()) || !(t.getRight() instanceof Swc4jAstNumber end)) return null;
        double a = start.getValue(), b = end.getValue();
        double n = switch (t.getOp()) {
            case Lt -> b - a;
            case LtEq -> b - a + 1;
            case Gt -> a - b;
            case GtEq -> a - b + 1;
            default -> -1;
        };
        if (n < 1 || n > 16 || n != Math.floor(n)) return null;
        boolean up = t.getOp() == Swc4jAstBinaryOp.Lt || t.getOp() == Swc4jAstBinaryOp.LtEq;
        List<Val> items = new ArrayList<>();
        for (int i = 0; i < (int) n; i++) items.add(new Lit(up ? a + i : a - i));
        return new Arr(items);
    }

    private void loop(String kind, ISwc4jAst at) {
        loop(kind, at, null);
    }

    private void loop(String kind, ISwc4jAst at, Val over) {
        if (fn != null && fn.loops.size() < MAX_WRITES) fn.loops.add(new Fn.Loop(kind, loc(at.getSpan()), over));
    }

    /** An element of {@code iterable} ({@code for (const part of req.query.parts)}), or unknown when nothing is known of it. */
    private static Val loopItem(Val iterable) {
        if (iterable == null || iterable instanceof Unknown) return new Unknown("loop");
        return Val.member(iterable, "*");
    }

    /** A loop item known well enough to expand the loop body with: data, references, or arrays/objects of them. */
    private static boolean staticItem(Val v) {
        if (Vals.isData(v) || v instanceof Local || v instanceof Ref || v instanceof Global || v instanceof ClassRef
                || v instanceof FnVal || v instanceof Call || v instanceof New) return true;
        if (v instanceof Arr a) return a.items().stream().allMatch(TsExtractor::staticItem);
        if (v instanceof Obj o) return o.props().values().stream().allMatch(TsExtractor::staticItem);
        // a path built from constants and configuration (`${V}/auth` with V = `/api/${env.API_VERSION}`)
        if (v instanceof Concat c) return c.parts().stream().allMatch(TsExtractor::staticItem);
        if (v instanceof Tpl t) return t.holes().stream().allMatch(TsExtractor::staticItem);
        return false;
    }

    private void bindForHead(ISwc4jAstForHead head, Val v) {
        if (head instanceof Swc4jAstVarDecl vd) {
            for (Swc4jAstVarDeclarator d : vd.getDecls()) bindPattern(d.getName(), v, vd.getKind() == Swc4jAstVarDeclKind.Const);
        } else if (head instanceof ISwc4jAstPat p) {
            bindPattern(p, v, false);
        }
    }

    private boolean atModuleLevel() {
        return scope == fn.scope && fn.name.equals("<module>");
    }

    private void bind(String name, Val v, boolean isConst) {
        if (atModuleLevel()) {
            symbols.put(name, v);
            scope.vars.remove(name);
            return;
        }
        scope.vars.put(name, v);
    }

    private void bindPattern(ISwc4jAstPat pat, Val v, boolean isConst) {
        if (pat instanceof Swc4jAstBindingIdent b) {
            String name = b.getId().getSym();
            // const x = require('m')
            Import req = requireOf(v, name, b.getSpan());
            if (req != null && atModuleLevel()) {
                imports.put(name, req);
                return;
            }
            bind(name, v, isConst);
        } else if (pat instanceof Swc4jAstObjectPat o) {
            // const { a, b } = req.body reads the fields, not the whole body: the whole read just
            // recorded gives way to one read per field (unless a rest element keeps the remainder)
            if (v instanceof Req q && !q.part().equals("raw") && q.path().isEmpty() && !fn.reads.isEmpty()
                    && fn.reads.get(fn.reads.size() - 1).value().equals(q)
                    && o.getProps().stream().noneMatch(p -> p instanceof Swc4jAstRestPat)) {
                fn.reads.remove(fn.reads.size() - 1);
            }
            for (ISwc4jAstObjectPatProp p : o.getProps()) {
                if (isProcessEnv(v)) {
                    String envName = p instanceof Swc4jAstAssignPatProp a0 ? a0.getKey().getId().getSym()
                            : p instanceof Swc4jAstKeyValuePatProp kv0 ? propName(kv0.getKey()) : null;
                    if (envName != null) fn.reads.add(new Fn.Read("env", loc(p.getSpan()), new Lit(envName)));
                }
                if (p instanceof Swc4jAstAssignPatProp a) {
                    String key = a.getKey().getId().getSym();
                    Val mv = Val.member(v, key);
                    destructuredRead(v, mv, a.getSpan());
                    if (isRequireCall(v) && atModuleLevel()) {
                        imports.put(key, new Import(key, requireModule(v), key, loc(a.getSpan())));
                        continue;
                    }
                    // (a parameter's field too: const { withHeaders = true } = options; a caller that leaves it out gets the default)
                    if ((mv instanceof Member || mv instanceof Param) && a.getValue().isPresent()) mv = new OneOf(List.of(mv, expr(a.getValue().get())));
                    bind(key, mv, isConst);
                } else if (p instanceof Swc4jAstKeyValuePatProp kv) {
                    String key = propName(kv.getKey());
                    if (key == null) {
                        bindPattern(kv.getValue(), Val.UNKNOWN, isConst);
                        continue;
                    }
                    if (isRequireCall(v) && kv.getValue() instanceof Swc4jAstBindingIdent bi
                            && atModuleLevel()) {
                        String local = bi.getId().getSym();
                        imports.put(local, new Import(local, requireModule(v), key, loc(kv.getSpan())));
                        continue;
                    }
                    destructuredRead(v, Val.member(v, key), kv.getSpan());
                    bindPattern(kv.getValue(), Val.member(v, key), isConst);
                } else if (p instanceof Swc4jAstRestPat r) {
                    bindPattern(r.getArg(), v, isConst);
                }
            }
        } else if (pat instanceof Swc4jAstArrayPat a) {
            int i = 0;
            for (Optional<ISwc4jAstPat> e : a.getElems()) {
                final int idx = i++;
                e.ifPresent(x -> {
                    Val item = v instanceof Arr arr && idx < arr.items().size() ? arr.items().get(idx)
                            : v instanceof Req || v instanceof Param || v instanceof Call || v instanceof Member ? Val.member(v, Integer.toString(idx)) : new Unknown("element");
                    bindPattern(x, item, isConst);
                });
            }
        } else if (pat instanceof Swc4jAstAssignPat ap) {
            bindPattern(ap.getLeft(), v, isConst);
        } else if (pat instanceof Swc4jAstRestPat r) {
            bindPattern(r.getArg(), v, isConst);
        }
    }

    /** {@code const { body, user } = req}: reading a part of the request by destructuring it. */
    private void destructuredRead(Val from, Val part, Swc4jSpan span) {
        if (from instanceof Req q && q.part().equals("raw") && q.path().isEmpty() && part instanceof Req pq && !pq.part().equals("raw")) {
            fn.reads.add(new Fn.Read(pq.part(), loc(span), pq));
        } else if (from instanceof Req q && !q.part().equals("raw") && !q.part().startsWith("valid:") && q.path().isEmpty()
                && part instanceof Req pq) {
            // const { email, password } = req.body: each field is a read of its own
            fn.reads.add(new Fn.Read(pq.part(), loc(span), pq));
        }
    }

    private static boolean isRequireCall(Val v) {
        return v instanceof Call c && c.callee() instanceof Global g && g.name().equals("require") && g.path().isEmpty()
                && c.args().size() == 1 && Val.constString(c.args().get(0)) != null;
    }

    private static String requireModule(Val v) {
        return Val.constString(((Call) v).args().get(0));
    }

    private Import requireOf(Val v, String local, Swc4jSpan span) {
        if (isRequireCall(v)) return new Import(local, requireModule(v), "*", loc(span));
        if (v instanceof Member m && isRequireCall(m.object())) return new Import(local, requireModule(m.object()), m.prop(), loc(span));
        return null;
    }

    // ------------------------------------------------------------------ functions and classes

    private Fn function(String name, Swc4jAstFunction f, List<Decorator> decorators) {
        List<ISwc4jAstPat> pats = new ArrayList<>();
        List<List<Swc4jAstDecorator>> decs = new ArrayList<>();
        for (Swc4jAstParam p : f.getParams()) {
            pats.add(p.getPat());
            decs.add(p.getDecorators());
        }
        List<Decorator> fnDecs = new ArrayList<>(decorators);
        return functionBody(name, f.isAsync(), f.getSpan(), pats, decs, f.getBody().map(b -> (ISwc4jAst) b).orElse(null), fnDecs);
    }

    private Fn arrow(String name, Swc4jAstArrowExpr a) {
        List<List<Swc4jAstDecorator>> decs = new ArrayList<>();
        for (int i = 0; i < a.getParams().size(); i++) decs.add(List.of());
        return functionBody(name, a.isAsync(), a.getSpan(), a.getParams(), decs, a.getBody(), List.of());
    }

    private Fn functionBody(String name, boolean async, Swc4jSpan span, List<? extends ISwc4jAstPat> pats,
                            List<List<Swc4jAstDecorator>> paramDecs, ISwc4jAst body, List<Decorator> decorators) {
        FnBuilder outer = fn;
        Scope outerScope = scope;
        fn = new FnBuilder(name, async, loc(span), scope, decorators);
        scope = fn.scope;
        boolean element = elementCallback;
        elementCallback = false;
        try {
            for (int i = 0; i < pats.size(); i++) {
                ISwc4jAstPat p = pats.get(i);
                List<Decorator> pd = new ArrayList<>();
                for (Swc4jAstDecorator d : paramDecs.get(i)) pd.add(decorator(d));
                param(i, p, pd, element);
            }
            if (body instanceof Swc4jAstBlockStmt b) stmts(b.getStmts());
            else if (body instanceof ISwc4jAstExpr e) {
                Val v = expr(e);
                fn.returned(v, guards);
            }
            return fn.build();
        } catch (DepthExceeded e) {
            return fn.build();
        } finally {
            fn = outer;
            scope = outerScope;
        }
    }

    private void param(int i, ISwc4jAstPat p, List<Decorator> decs) {
        param(i, p, decs, false);
    }

    private void param(int i, ISwc4jAstPat p, List<Decorator> decs, boolean element) {
        ISwc4jAstPat inner = p instanceof Swc4jAstAssignPat ap ? ap.getLeft() : p;
        String pname = inner instanceof Swc4jAstBindingIdent b ? b.getId().getSym() : "{...}";
        String type = inner instanceof Swc4jAstBindingIdent b ? b.getTypeAnn().map(TsExtractor::typeName).orElse(null)
                : inner instanceof Swc4jAstObjectPat o ? o.getTypeAnn().map(TsExtractor::typeName).orElse(null) : null;
        // a default value (auth = apiKeyAuth) stands when the caller passes nothing
        Val dflt = p instanceof Swc4jAstAssignPat ap ? expr(ap.getRight()) : null;
        fn.params.add(new Fn.Param(pname, type, List.copyOf(decs), loc(p.getSpan()), dflt));
        Val v = paramValue(i, pname, type, decs, element);
        if (isContextParam(pname, type)) fn.contextParams.add(pname);
        if (v instanceof Req || isContextParam(pname, type)) fn.takesRequest = true;
        bindPattern(inner, v, false);
    }

    private static boolean isContextParam(String name, String type) {
        if (type != null && (type.equals("Context") || type.endsWith(".Context"))) return true;
        // an app's own alias of Hono's context (type HonoContext = Context<Env>) on the conventional name
        if (type != null && type.endsWith("Context") && !type.endsWith("ExecutionContext") && (name.equals("c") || name.equals("ctx"))) return true;
        return type == null && (name.equals("c") || name.equals("ctx") || name.equals("context"));
    }

    /** Request objects: Express/Fastify req/request, Nest parameter decorators. */
    private Val paramValue(int i, String name, String type, List<Decorator> decs, boolean element) {
        for (Decorator d : decs) {
            String part = d.requestPart();
            if (part != null) {
                String field = d.args().isEmpty() ? null : Val.constString(d.args().get(0));
                if (part.equals("raw")) return new Req("raw", List.of());
                return new Req(part, field == null ? List.of() : List.of(field));
            }
        }
        // the module's own record type named like a request (interface QueuedRequest { url: string }): app data
        if (type != null && ownRequestTypes.contains(type)) return new Param(i, name, List.of());
        boolean reqType = type != null && (type.equals("Request") || type.endsWith(".Request") || type.equals("FastifyRequest")
                || type.startsWith("FastifyRequest") || type.equals("ExpressRequest") || type.equals("IncomingMessage")
                || type.endsWith("Request") && !type.equals("HonoRequest"));
        // (request: any) says nothing about the value: the conventional name decides, as without a type
        boolean untyped = type == null || type.equals("any") || type.equals("unknown");
        if (reqType || !element && (untyped || type.endsWith("Request")) && (name.equals("req") || name.equals("request"))) {
            return new Req("raw", List.of());
        }
        return new Param(i, name, List.of());
    }

    private static String typeName(Swc4jAstTsTypeAnn ann) {
        ISwc4jAstTsType t = ann.getTypeAnn();
        if (t instanceof Swc4jAstTsTypeRef r) return entityName(r.getTypeName());
        if (t instanceof Swc4jAstTsArrayType a && a.getElemType() instanceof Swc4jAstTsTypeRef r) return entityName(r.getTypeName()) + "[]";
        if (t instanceof Swc4jAstTsKeywordType k) return KEYWORD_TYPE_NAMES.computeIfAbsent(k.getKind(), TsExtractor::keywordTypeName);
        return null;
    }

    /** A keyword type's name (TsStringKeyword: "string"), once per kind rather than two string rewrites per parameter. */
    private static final java.util.concurrent.ConcurrentHashMap<Enum<?>, String> KEYWORD_TYPE_NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private static String keywordTypeName(Enum<?> kind) {
        return kind.name().replace("Keyword", "").replaceFirst("^Ts", "").toLowerCase(Locale.ROOT);
    }

    private static String entityName(ISwc4jAstTsEntityName n) {
        if (n instanceof Swc4jAstIdent i) return i.getSym();
        if (n instanceof Swc4jAstTsQualifiedName q) return entityName(q.getLeft()) + "." + q.getRight().getSym();
        return "?";
    }

    private Decorator decorator(Swc4jAstDecorator d) {
        Val v = expr(d.getExpr());
        Val callee = v instanceof Call c ? c.callee() : v;
        List<Val> args = v instanceof Call c ? c.args() : List.of();
        String name = Vals.lastName(callee);
        if (callee instanceof Ref r && r.path().isEmpty() && !r.export().equals("default") && !r.export().equals("*")) name = r.export();
        return new Decorator(name == null ? "?" : name, callee, args, loc(d.getSpan()));
    }

    private void classDecl(String name, Swc4jAstClass c, Swc4jSpan span) {
        List<Decorator> decs = new ArrayList<>();
        for (Swc4jAstDecorator d : c.getDecorators()) decs.add(decorator(d));
        Val sup = c.getSuperClass().map(this::expr).orElse(null);
        List<Val> impl = new ArrayList<>();
        for (Swc4jAstTsExprWithTypeArgs i : c.getImplements()) impl.add(expr(i.getExpr()));
        List<Fn.Param> ctor = new ArrayList<>();
        List<Fn> methods = new ArrayList<>();
        List<ClassInfo.Prop> props = new ArrayList<>();
        FnBuilder outer = fn;
        Scope outerScope = scope;
        Map<String, Object[]> outerAssigns = thisAssigns;
        Map<String, Object[]> outerSetters = thisSetters;
        thisAssigns = new LinkedHashMap<>();
        thisSetters = new LinkedHashMap<>();
        for (ISwc4jAstClassMember m : c.getBody()) {
            span(m);
            try {
                if (m instanceof Swc4jAstClassMethod cm) {
                    String mname = propName(cm.getKey());
                    List<Decorator> mdecs = new ArrayList<>();
                    for (Swc4jAstDecorator d : cm.getFunction().getDecorators()) mdecs.add(decorator(d));
                    methods.add(function(mname == null ? "?" : mname, cm.getFunction(), mdecs));
                } else if (m instanceof Swc4jAstPrivateMethod pm) {
                    // #method() { ... }: a method like any other, named with its #
                    List<Decorator> mdecs = new ArrayList<>();
                    for (Swc4jAstDecorator d : pm.getFunction().getDecorators()) mdecs.add(decorator(d));
                    methods.add(function("#" + pm.getKey().getName(), pm.getFunction(), mdecs));
                } else if (m instanceof Swc4jAstPrivateProp pp) {
                    // #field = value: its value (a function literal becomes a method)
                    String pname = "#" + pp.getKey().getName();
                    Val value = null;
                    if (pp.getValue().isPresent()) {
                        ISwc4jAstExpr ve = pp.getValue().get();
                        if (ve instanceof Swc4jAstArrowExpr ae) {
                            Fn f = arrow(pname, ae);
                            methods.add(f);
                            value = new FnVal(f);
                        } else value = named(pname, ve);
                    }
                    List<Decorator> pdecs = new ArrayList<>();
                    for (Swc4jAstDecorator d : pp.getDecorators()) pdecs.add(decorator(d));
                    props.add(new ClassInfo.Prop(pname, pp.getTypeAnn().map(TsExtractor::typeName).orElse(null), pdecs, value,
                            loc(pp.getSpan())));
                } else if (m instanceof Swc4jAstConstructor k) {
                    List<ISwc4jAstPat> pats = new ArrayList<>();
                    List<List<Swc4jAstDecorator>> pdecs = new ArrayList<>();
                    for (ISwc4jAstParamOrTsParamProp p : k.getParams()) {
                        if (p instanceof Swc4jAstParam pp) {
                            pats.add(pp.getPat());
                            pdecs.add(pp.getDecorators());
                        } else if (p instanceof Swc4jAstTsParamProp tp) {
                            ISwc4jAstTsParamPropParam inner = tp.getParam();
                            if (inner instanceof ISwc4jAstPat ip) {
                                pats.add(ip);
                                pdecs.add(tp.getDecorators());
                            }
                        }
                    }
                    Fn ctorFn = functionBody("constructor", false, k.getSpan(), pats, pdecs,
                            k.getBody().orElse(null), List.of());
                    ctor.addAll(ctorFn.params());
                    methods.add(ctorFn);
                } else if (m instanceof Swc4jAstClassProp cp) {
                    List<Decorator> pdecs = new ArrayList<>();
                    for (Swc4jAstDecorator d : cp.getDecorators()) pdecs.add(decorator(d));
                    String pname = propName(cp.getKey());
                    Val value = null;
                    if (cp.getValue().isPresent()) {
                        ISwc4jAstExpr ve = cp.getValue().get();
                        if (ve instanceof Swc4jAstArrowExpr ae) {
                            Fn f = arrow(pname == null ? "?" : pname, ae);
                            methods.add(f);
                            value = new FnVal(f);
                        } else {
                            int callsBefore = fn.calls.size();
                            value = named(pname, ve);
                            nameCalls(pname, ve, callsBefore);
                        }
                    }
                    props.add(new ClassInfo.Prop(pname == null ? "?" : pname,
                            cp.getTypeAnn().map(TsExtractor::typeName).orElse(null), pdecs, value, loc(cp.getSpan())));
                }
            } catch (DepthExceeded e) {
                fn = outer;
                scope = outerScope;
            }
        }
        // fields assigned in the body (this.router = Router()) and not declared with a value
        for (Map.Entry<String, Object[]> e : thisAssigns.entrySet()) {
            boolean declaredWithValue = props.stream().anyMatch(p -> p.name().equals(e.getKey()) && p.value() != null);
            if (declaredWithValue) continue;
            String type = null;
            for (ClassInfo.Prop p : props) if (p.name().equals(e.getKey())) type = p.type();
            props.removeIf(p -> p.name().equals(e.getKey()));
            props.add(new ClassInfo.Prop(e.getKey(), type, List.of(), (Val) e.getValue()[0], (Location) e.getValue()[1]));
        }
        // a field that starts empty (= null, = undefined, or first set to null) and that a method sets from its own
        // parameter: the parameter, at the assignment (its method is the one whose body holds that place)
        for (Map.Entry<String, Object[]> e : thisSetters.entrySet()) {
            for (int i = 0; i < props.size(); i++) {
                ClassInfo.Prop p = props.get(i);
                if (!p.name().equals(e.getKey()) || !(p.value() == null || p.value() instanceof Lit l && l.value() == null)) continue;
                props.set(i, new ClassInfo.Prop(p.name(), p.type(), p.decorators(), (Val) e.getValue()[0], (Location) e.getValue()[1]));
            }
        }
        thisAssigns = outerAssigns;
        thisSetters = outerSetters;
        classes.put(name, new ClassInfo(name, loc(span), List.copyOf(decs), sup, List.copyOf(impl), List.copyOf(ctor),
                List.copyOf(methods), List.copyOf(props), path));
    }

    private String propName(ISwc4jAst key) {
        // one copy of each key name (object literals' keys are kept in the facts' maps; see Names)
        if (key instanceof Swc4jAstIdentName n) return Names.of(n.getSym());
        if (key instanceof Swc4jAstIdent i) return Names.of(i.getSym());
        if (key instanceof Swc4jAstStr s) return Names.of(s.getValue());
        if (key instanceof Swc4jAstNumber n) return Val.constString(new Lit(n.getValue()));
        if (key instanceof Swc4jAstComputedPropName c) {
            Val k = expr(c.getExpr());
            String s = Val.constString(k);
            // an imported enum-like constant as key: celebrate's { [Segments.BODY]: schema } is keyed BODY
            if (s == null && k instanceof Ref r && !r.path().isEmpty()) {
                String last = r.path().get(r.path().size() - 1);
                if (last.equals(last.toUpperCase(Locale.ROOT)) && Character.isLetter(last.charAt(0))) s = last;
                // Sequelize's operator symbols: { createdAt: { [Op.between]: [start, end] } } is keyed Op.between
                else s = dev.backcheck.concepts.SequelizeOperators.key(r.module(), r.export(), r.path());
            }
            return s;
        }
        if (key instanceof Swc4jAstPrivateName p) return "#" + p.getName();
        return null;
    }

    // ------------------------------------------------------------------ hand validation

    private static final Set<String> TYPE_PREDICATES = Set.of("isInteger", "isSafeInteger", "isFinite", "isNaN", "isArray");
    private static final Set<String> PASS_THROUGH = Set.of("trim", "toLowerCase", "toUpperCase", "toString", "String",
            "Number", "parseInt", "parseFloat", "BigInt", "normalize");

    /**
     * Records the request values (or parameters) the condition of a rejecting {@code if} checks, and how.
     * Walks the condition's AST without evaluating it again (no calls or reads are recorded twice).
     */
    /** guardChecks is reading the test of a helper's failure verdict: an equality with one constant is no allow-list there. */
    private boolean verdictGuard;

    private void guardChecks(ISwc4jAstExpr test, boolean negated, int depth) {
        if (depth > 16 || fn.checks.size() > 64) return;
        ISwc4jAstExpr e = unwrap(test);
        if (e instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang) {
            ISwc4jAstExpr arg = unwrap(u.getArg());
            if (arg instanceof Swc4jAstCallExpr || arg instanceof Swc4jAstBinExpr || arg instanceof Swc4jAstUnaryExpr) {
                guardChecks(arg, !negated, depth + 1);
            } else if (!matchResultCheck(arg, e)) check("presence", arg, e);
            return;
        }
        // if (error) return 404, where { error } = await db.from(t).select().eq('id', id).single(): the query found no row
        if (e instanceof Swc4jAstIdent || e instanceof Swc4jAstMemberExpr) {
            if (!negated && stripConversions(peek(e, 0)) instanceof Member m && m.prop().equals("error") && m.object() instanceof Call single
                    && "single".equals(Vals.lastName(single.callee()))) {
                for (Val key : chainKeys(single)) fn.checks.add(new Fn.Check("exists", key, loc(e.getSpan())));
            }
            return;
        }
        if (e instanceof Swc4jAstBinExpr b) {
            ISwc4jAstExpr l = unwrap(b.getLeft()), r = unwrap(b.getRight());
            switch (b.getOp()) {
                case LogicalOr, LogicalAnd -> {
                    guardChecks(l, negated, depth + 1);
                    guardChecks(r, negated, depth + 1);
                }
                case EqEq, NotEq, EqEqEq, NotEqEq -> {
                    if (isTypeof(l)) check("type", ((Swc4jAstUnaryExpr) l).getArg(), e);
                    else if (isTypeof(r)) check("type", ((Swc4jAstUnaryExpr) r).getArg(), e);
                    else if (isNullish(r)) {
                        if (!matchResultCheck(l, e)) check("presence", l, e);
                    } else if (isNullish(l)) {
                        if (!matchResultCheck(r, e)) check("presence", r, e);
                    } else if (verdictGuard) {
                        // (a helper's verdict on x == 'undefined' refuses one value and lets every other through)
                    } else if (isConstant(r)) check(isEmptyString(r) || isZeroOrOne(r) ? "presence" : "range", l, e);
                    else if (isConstant(l)) check(isEmptyString(l) || isZeroOrOne(l) ? "presence" : "range", r, e);
                }
                case Lt, LtEq, Gt, GtEq -> {
                    // x.length < 1 and x.length === 0 only ask whether there is anything
                    String kind = isZeroOrOne(l) || isZeroOrOne(r) ? "presence" : "range";
                    // if (typeof offset === 'string') offset = parseInt(offset); if (offset < 0) reject: the sign of a number
                    // parsed from the value is a bound on it, as offset > 100 is (x.length < 1 stays a presence test)
                    if (kind.equals("presence") && (numberParsed(l) || numberParsed(r))) kind = "range";
                    // if (quantity < 0) return 400, if (price <= 0) throw: the sign of the value itself (not of its length) is a
                    // bound on it, tested before the value is handed anywhere
                    if (kind.equals("presence") && (signBound(l, r) && !declaredText(b.getRight()) || signBound(r, l) && !declaredText(b.getLeft()))
                            && !handedOnBefore(isConstant(l) ? r : l, e)) kind = "range";
                    if (!isConstant(l)) check(kind, l, e);
                    if (!isConstant(r)) check(kind, r, e);
                }
                case InstanceOf -> check("type", l, e);
                // if (!(sort in SORTS)) return 400: x is one of the keys of a map, an allow-list
                case In -> { if (!(l instanceof Swc4jAstStr) && !handedOnBefore(l, e)) check("range", l, e); }
                default -> { }
            }
            return;
        }
        if (e instanceof Swc4jAstCallExpr c && c.getCallee() instanceof ISwc4jAstExpr callee) {
            ISwc4jAstExpr ce = unwrap(callee);
            String m = ce instanceof Swc4jAstIdent id ? id.getSym()
                    : ce instanceof Swc4jAstMemberExpr me && me.getProp() instanceof Swc4jAstIdentName n ? n.getSym() : null;
            ISwc4jAstExpr recv = ce instanceof Swc4jAstMemberExpr me ? me.getObj() : null;
            ISwc4jAstExpr a0 = c.getArgs().isEmpty() ? null : c.getArgs().get(0).getExpr();
            if (m == null) return;
            if (TYPE_PREDICATES.contains(m)) {
                if (a0 != null) check("type", a0, e);
            } else if (m.equals("test") && a0 != null) {
                check("format", a0, e);
            } else if (m.equals("match") && recv != null) {
                check("format", recv, e);
            } else if ((m.equals("includes") || m.equals("has")) && a0 != null && verdictGuard && !negated) {
                // (a helper refusing what a list has, BLOCKED.includes(x): a deny-list, every other value passes)
            } else if ((m.equals("includes") || m.equals("has")) && a0 != null) {
                // ALLOWED.includes(x), ALLOWED_SET.has(x): x is in an allow-list; x.includes('..'): x's content is checked
                if (recv != null && isRequestValue(peek(unwrap(recv), 0))) check("format", recv, e);
                else if (recv != null && a0 instanceof Swc4jAstStr && isRequestValue(unreplaced(peek(unwrap(recv), 0)))) {
                    // const p = rel.replace(/\\/g, '/'); if (p.includes('..')) throw: rel's content is checked, as rewritten
                    fn.checks.add(new Fn.Check("format", unreplaced(peek(unwrap(recv), 0)), loc(e.getSpan())));
                } else check("range", a0, e);
            } else if ((m.equals("find") || m.equals("some")) && negated && recv != null && unwrap(a0) instanceof Swc4jAstArrowExpr ae) {
                // if (!ROLES.find(r => r.name === role)) return 400: role equals a member of the list, an allow-list
                dev.backcheck.findings.Location span = loc(ae.getSpan());
                for (Fn f : fn.nested) if (f.location() != null && f.location().equals(span)) matchedInCallback(f, e);
            } else if (m.equals("hasOwnProperty") && recv != null && a0 != null && !(unwrap(a0) instanceof Swc4jAstStr)) {
                // if (!FORMATS.hasOwnProperty(format)) throw ...: format is one of the map's own keys, an allow-list (one
                // tested after the value was already handed on checks nothing)
                if (!handedOnBefore(a0, e)) check("range", a0, e);
            } else if (m.equals("hasOwn") && c.getArgs().size() == 2 && !(unwrap(c.getArgs().get(1).getExpr()) instanceof Swc4jAstStr)) {
                if (!handedOnBefore(c.getArgs().get(1).getExpr(), e)) check("range", c.getArgs().get(1).getExpr(), e);
            } else if (m.equals("isEmpty")) {
                check("presence", a0 != null ? a0 : recv, e);
            } else if ((m.equals("fails") || m.equals("passes")) && recv != null && peek(recv, 0) instanceof New n
                    && !n.args().isEmpty()) {
                // validatorjs: v = new Validator(data, rules); if (v.fails()) reject: data (or its fields) is checked
                Val data = n.args().get(0);
                if (data instanceof Obj o) o.props().values().forEach(x -> checkVal("format", x, e));
                else checkVal("format", data, e);
            } else if (isPredicateName(m)) {
                // validator.isEmail(x), isValidObjectId(x), ObjectId.isValid(x), uuidValidate(x), isStrongPassword(x)
                for (Swc4jAstExprOrSpread a : c.getArgs()) check("format", a.getExpr(), e);
            }
        }
    }

    /**
     * {@code const m = url.match(PATTERN); if (!m) return 400}, {@code re.exec(code) === null}: the local tested holds the
     * result of matching a request value against a pattern, so the test is of that value's format. True when recorded.
     */
    private boolean matchResultCheck(ISwc4jAstExpr tested, ISwc4jAst at) {
        if (!(unwrap(tested) instanceof Swc4jAstIdent)) return false;
        if (!(peek(tested, 0) instanceof Call c)) return false;
        // const role = ROLES.find(r => r.name === roleText); if (!role) return 400: the value is one of the list's
        if ("find".equals(Vals.lastName(c.callee())) && c.args().size() == 1 && c.args().get(0) instanceof FnVal cb) {
            return matchedInCallback(cb.fn(), at);
        }
        Val subject = null;
        if (c.callee() instanceof Req q && q.path().size() > 1 && q.path().get(q.path().size() - 1).equals("match")) {
            subject = new Req(q.part(), q.path().subList(0, q.path().size() - 1));
        } else if (c.callee() instanceof Param p && !p.path().isEmpty() && p.path().get(p.path().size() - 1).equals("match")) {
            subject = new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
        } else if ("exec".equals(Vals.lastName(c.callee())) && c.args().size() == 1) {
            subject = c.args().get(0);
        }
        if (subject == null || !isRequestValue(subject)) return false;
        checkVal("format", subject, at);
        return true;
    }

    /**
     * The request values a find/some callback compares for equality with its own element ({@code r => r.role === x},
     * {@code r => r === x}): recorded as checked by range (an allow-list) at {@code at}. True when any was.
     */
    private boolean matchedInCallback(Fn cb, ISwc4jAst at) {
        if (cb.params().isEmpty()) return false;
        String el = cb.params().get(0).name();
        java.util.function.Predicate<Val> element = v -> Vals.anyPart(v, x -> x instanceof Param p && p.index() == 0 && Objects.equals(p.name(), el));
        boolean any = false;
        for (Fn.Compare c : cb.compares()) {
            if (!c.op().equals("==")) continue;
            for (Val[] lr : new Val[][]{{c.left(), c.right()}, {c.right(), c.left()}}) {
                // (t => t.name.toLowerCase() === status.toLowerCase(): the element's text against the value's)
                if (!element.test(stripConversions(lr[0])) || element.test(lr[1])) continue;
                Val other = stripConversions(lr[1]);
                if (!isRequestValue(other)) continue;
                checkVal("range", other, at);
                any = true;
            }
        }
        return any;
    }

    /** A call before {@code at} (outside it) was already handed the value of {@code subject}. */
    private boolean handedOnBefore(ISwc4jAstExpr subject, ISwc4jAst at) {
        return handedOnBefore(peek(unwrap(subject), 0), at);
    }

    /** A call before {@code at} (outside it) was already handed value {@code v}. */
    private boolean handedOnBefore(Val v, ISwc4jAst at) {
        return handedOnBefore(v, at, null);
    }

    /** The same, leaving out the call at {@code except} (the lookup whose answer is tested). */
    private boolean handedOnBefore(Val v, ISwc4jAst at, dev.backcheck.findings.Location except) {
        if (v == null || v instanceof Lit || v instanceof Unknown) return false;
        dev.backcheck.findings.Location test = loc(at.getSpan());
        for (CallSite cs : fn.calls) {
            if (cs.location() == null || test == null || dev.backcheck.findings.Location.ORDER.compare(cs.location(), test) >= 0) continue;
            if (cs.location().equals(except)) continue;
            for (Val a : cs.args()) if (Vals.anyPart(a, x -> x.equals(v))) return true;
        }
        return false;
    }

    private static boolean isPredicateName(String m) {
        String l = m.toLowerCase(Locale.ROOT);
        return m.length() > 2 && m.startsWith("is") && Character.isUpperCase(m.charAt(2))
                || l.startsWith("isvalid") || l.startsWith("valid") || l.endsWith("valid") || l.startsWith("check")
                || l.startsWith("assert") || m.equals("validate");
    }

    /**
     * Set while the test of a 403 answer is read: only the rows of a bound SELECT prove a record there (an access
     * helper, getUserHasAccess(req, id), answers who may, not what exists).
     */
    private boolean rowLookupsOnly;

    /**
     * The key of each lookup in a constant object literal ({@code COMMANDS[service]}) by the value it answered: a test of
     * that value's presence whose failure is refused checks the key against the literal's keys, an allow-list.
     */
    private final Map<Val, Val> constKeys = new IdentityHashMap<>();

    private void check(String kind, ISwc4jAstExpr subject, ISwc4jAst at) {
        if (subject == null) return;
        ISwc4jAstExpr x = unwrap(subject);
        Val mapKey = kind.equals("presence") ? constKeys.get(peek(x, 0)) : null;
        if (mapKey != null) {
            // const cmd = COMMANDS[service]; if (!cmd) return 400: service is one of the keys (one handed on before is not)
            Val k = stripConversions(mapKey);
            // (the Map's own get(key) is the lookup tested, no handing on)
            Location lookup = peek(x, 0) instanceof Call lc ? lc.site() : null;
            if (isRequestValue(k) && !handedOnBefore(k, at, lookup)) fn.checks.add(new Fn.Check("range", k, loc(at.getSpan())));
            return;
        }
        // x.length, x.trim(), String(x), Number(x): the check is about x
        for (int i = 0; i < 4; i++) {
            if (x instanceof Swc4jAstMemberExpr me && me.getProp() instanceof Swc4jAstIdentName n && n.getSym().equals("length")) {
                x = unwrap(me.getObj());
            } else if (x instanceof Swc4jAstBinExpr nb && (nb.getOp() == Swc4jAstBinaryOp.NullishCoalescing || nb.getOp() == Swc4jAstBinaryOp.LogicalOr)
                    && unwrap(nb.getRight()) instanceof Swc4jAstNumber) {
                // (res.meta?.changes ?? 0) === 0: the value, or a number standing in when it is missing; the test is about the value
                x = unwrap(nb.getLeft());
            } else if (x instanceof Swc4jAstNewExpr ne && unwrap(ne.getCallee()) instanceof Swc4jAstIdent di && di.getSym().equals("Date")
                    && ne.getArgs().isPresent() && ne.getArgs().get().size() == 1) {
                // isNaN(new Date(x).getTime()): the parse of x is tested
                x = unwrap(ne.getArgs().get().get(0).getExpr());
            } else if (x instanceof Swc4jAstCallExpr c && c.getCallee() instanceof ISwc4jAstExpr ce) {
                ISwc4jAstExpr cu = unwrap(ce);
                String m = cu instanceof Swc4jAstIdent id ? id.getSym()
                        : cu instanceof Swc4jAstMemberExpr me && me.getProp() instanceof Swc4jAstIdentName n ? n.getSym() : null;
                if (m == null || !PASS_THROUGH.contains(m) && !(PARSED_TIME.contains(m) && cu instanceof Swc4jAstMemberExpr)) break;
                if (cu instanceof Swc4jAstMemberExpr me && !(unwrap(me.getObj()) instanceof Swc4jAstIdent gi && Set.of("Number", "String").contains(gi.getSym()))) {
                    x = unwrap(me.getObj());
                } else if (!c.getArgs().isEmpty()) x = unwrap(c.getArgs().get(0).getExpr());
                else break;
            } else break;
        }
        Val v = stripConversions(peek(x, 0));
        if (isRequestValue(v)) fn.checks.add(new Fn.Check(kind, v, loc(at.getSpan())));
        else if (v instanceof OneOf o && o.options().stream().allMatch(y -> isRequestValue(y) || Vals.isData(y))) {
            // c.req.query('Token') ?? c.req.query('token'): either spelling is checked
            for (Val y : o.options()) if (isRequestValue(y)) fn.checks.add(new Fn.Check(kind, y, loc(at.getSpan())));
        } else if (v instanceof OneOf o && o.options().stream().map(TsExtractor::stripConversions).allMatch(y -> isRequestValue(y) || Vals.isData(y))) {
            // if (typeof limit === 'string') limit = parseInt(limit); if (!limit || limit > 100) reject: the value as it came
            // or its parse, whichever it holds, is checked (a check on the parse is about the value, as for parseInt(x))
            Set<Val> seen = new HashSet<>();
            for (Val y : o.options()) {
                Val z = stripConversions(y);
                if (isRequestValue(z) && seen.add(z)) fn.checks.add(new Fn.Check(kind, z, loc(at.getSpan())));
            }
        } else if (v instanceof OneOf o && (kind.equals("format") || kind.equals("type"))) {
            // const ip = req.query.ip ? req.query.ip.trim() : clientIp; if (!IPV4.test(ip)) return 400: whichever value was
            // taken is tested by format or type, the request's own (converted) copy among them (a comparison with one
            // constant, base === DEFAULT_URL, only picks a branch for one of the values it may hold)
            for (Val y : o.options()) {
                Val sy = stripConversions(y);
                if (isRequestValue(sy)) fn.checks.add(new Fn.Check(kind, sy, loc(at.getSpan())));
            }
        } else if (kind.equals("presence") && testedLookups(v) != null && (!rowLookupsOnly || preparedSelect(v) != null || boundStatement(v) != null
                || testedLookups(v).stream().allMatch(TsExtractor::whereLookup))) {
            // const host = await Host.findById(hostId); if (!host) return 404: the id must name an existing record; also
            // through either of two lookups, or one run beside others in Promise.all (see testedLookups)
            List<Call> lookups = testedLookups(v);
            List<Val> keys = lookupKeys(lookups.get(0));
            if (lookups.size() > 1) keys = new ArrayList<>(new LinkedHashSet<>(keys));
            for (Call other : lookups.subList(1, lookups.size())) keys.retainAll(lookupKeys(other));
            for (Val key : keys) fn.checks.add(new Fn.Check("exists", key, loc(at.getSpan())));
        } else if (kind.equals("presence") && v instanceof Member m && m.prop().equals("data") && m.object() instanceof Call single
                && Set.of("single", "maybeSingle").contains(String.valueOf(Vals.lastName(single.callee())))) {
            // const { data } = await db.from('hosts').select().eq('id', hostId).maybeSingle(); if (!data) return 404
            for (Val key : chainKeys(single)) fn.checks.add(new Fn.Check("exists", key, loc(at.getSpan())));
        }
    }

    /**
     * The record lookups whose answer {@code v} is, when a presence test of it asks whether a record was found: one lookup
     * call ({@code await Host.findById(id)}), an item of a destructured {@code Promise.all} that is one
     * ({@code const [user, provider] = await Promise.all([getUser(uid), getProviderForCreator(uuid)])}), or a choice between
     * such calls ({@code multiUser ? await Workspace.getWithUser(user, { slug }) : await Workspace.get({ slug })}), where only a
     * key every branch looks up is proven. Null for anything else.
     */
    private static List<Call> testedLookups(Val v) {
        if (boundStatement(v) != null) return List.of(boundStatement(v));
        if (changedRows(v) != null) return List.of(changedRows(v));
        if (drizzleRow(v) != null) return List.of(drizzleRow(v));
        if (v instanceof Call c) return isLookupCall(c) ? List.of(c) : null;
        if (v instanceof OneOf o && o.options().size() > 1) {
            List<Call> out = new ArrayList<>();
            for (Val y : o.options()) {
                if (!(y instanceof Call yc) || !isLookupCall(yc)) return null;
                out.add(yc);
            }
            return out;
        }
        if (preparedSelect(v) != null) return List.of(preparedSelect(v));
        return awaitedItem(v) instanceof Call item && isLookupCall(item) ? List.of(item) : null;
    }

    /**
     * {@code const [rows] = await conn.execute('SELECT id FROM t WHERE id = ?', [id])} (or {@code const [[row]] = ...}): the
     * rows of a mysql2 prepared SELECT, whose bound values travel as values, an object as its JSON text (mysql2's
     * execute never expands one into SQL as its query does). The execute call, or null.
     */
    private static Call preparedSelect(Val v) {
        if (v instanceof Member m0 && m0.prop().equals("0") && m0.object() instanceof Member m1 && (m1.prop().equals("0") || m1.prop().equals("rows"))) v = m1;
        // const r = await query('SELECT id FROM t WHERE id = $1', [id]); if (r.rows.length === 0): the rows of a pg result (or
        // of a project helper answering in its shape, { rows }); pg binds an object as its JSON text (prepareValue), a
        // mysql result is no such object ([rows, fields])
        String method = v instanceof Member mr && mr.prop().equals("rows") ? "query" : "execute";
        if (!(v instanceof Member m) || !(m.prop().equals("0") || m.prop().equals("rows")) || !(m.object() instanceof Call c) || c.args().size() != 2
                || !method.equals(Vals.lastName(c.callee())) || !(c.args().get(1) instanceof Arr)) return null;
        String sql = c.args().get(0) instanceof Lit l && l.value() instanceof String str ? str
                : c.args().get(0) instanceof Tpl t && t.holes().isEmpty() ? String.join("", t.quasis()) : null;
        return sql != null && sql.matches("(?is)\\s*select\\s.*\\swhere\\s.*(\\?|\\$\\d).*") ? c : null;
    }

    /**
     * {@code await env.DB.prepare('SELECT id FROM t WHERE id = ? AND org = ?').bind(id, org).first()} (Cloudflare D1) or
     * {@code db.prepare('SELECT .. WHERE id = ?').get(id)} (better-sqlite3): one row of a SELECT whose values are bound
     * to its placeholders. The call holding the bound values ({@code bind(..)}, {@code get(..)}), or null.
     */
    private static Call boundStatement(Val v) {
        if (!(v instanceof Call c) || !(c.callee() instanceof Member m)) return null;
        Call values;
        Val prepared;
        if (m.prop().equals("first") && m.object() instanceof Call bind && bind.callee() instanceof Member bm && bm.prop().equals("bind")) {
            values = bind;
            prepared = bm.object();
        } else if (m.prop().equals("get") && !c.args().isEmpty()) {
            values = c;
            prepared = m.object();
        } else return null;
        if (!(prepared instanceof Call p) || !"prepare".equals(Vals.lastName(p.callee())) || p.args().size() != 1) return null;
        String sql = p.args().get(0) instanceof Lit l && l.value() instanceof String str ? str
                : p.args().get(0) instanceof Tpl t && t.holes().isEmpty() ? String.join("", t.quasis()) : null;
        return sql != null && sql.matches("(?is)\\s*select\\s.*\\swhere\\s.*(\\?|\\$\\d).*") ? values : null;
    }

    /**
     * {@code (res.meta?.changes ?? 0) === 0} where {@code res = await env.DB.prepare('UPDATE t SET .. WHERE id = ?').bind(..).run()}
     * (Cloudflare D1), or {@code info.changes} of better-sqlite3's {@code db.prepare('UPDATE ..').run(..)}: the count of rows a
     * bound UPDATE or DELETE changed. Tested against zero with a 4xx answer, the keys it filters by name a stored row, as the
     * row of a bound SELECT does. The call holding the bound values, or null.
     */
    private static Call changedRows(Val v) {
        // (res.meta?.changes ?? 0): the count, or zero when the driver left it out
        if (v instanceof OneOf o && o.options().size() == 2 && o.options().stream().anyMatch(x -> x instanceof Lit l && l.value() instanceof Double d && d == 0)) {
            v = o.options().stream().filter(x -> !(x instanceof Lit)).findFirst().orElse(null);
        }
        if (!(v instanceof Member m) || !m.prop().equals("changes")) return null;
        Val result = m.object() instanceof Member meta && meta.prop().equals("meta") ? meta.object() : m.object();
        if (!(result instanceof Call c) || !(c.callee() instanceof Member rm) || !rm.prop().equals("run")) return null;
        Call values;
        Val prepared;
        if (rm.object() instanceof Call bind && bind.callee() instanceof Member bm && bm.prop().equals("bind")) {
            values = bind;
            prepared = bm.object();
        } else if (!c.args().isEmpty()) {
            values = c;
            prepared = rm.object();
        } else return null;
        if (!(prepared instanceof Call p) || !"prepare".equals(Vals.lastName(p.callee())) || p.args().size() != 1) return null;
        String sql = p.args().get(0) instanceof Lit l && l.value() instanceof String str ? str
                : p.args().get(0) instanceof Tpl t && t.holes().isEmpty() ? String.join("", t.quasis()) : null;
        return sql != null && sql.matches("(?is)\\s*(update\\s.*\\sset\\s|delete\\s+from\\s).*\\swhere\\s.*(\\?|\\$\\d).*") ? values : null;
    }

    /**
     * {@code const [row] = await db.update(t).set(..).where(eq(t.id, id)).returning()} (also {@code db.delete(t).where(..)
     * .returning()} and {@code db.select().from(t).where(..).limit(1)}) of drizzle: the first row the filtered statement
     * answered. Its {@code where(..)} call, whose drizzle filter names the keys, or null.
     */
    private static Call drizzleRow(Val v) {
        if (!(v instanceof Member m) || !m.prop().equals("0") || !(m.object() instanceof Call top)) return null;
        Call where = null;
        boolean rows = false, statement = false;
        Val cur = top;
        for (int i = 0; i < 10 && cur instanceof Call c; i++) {
            String step = Vals.lastName(c.callee());
            switch (step == null ? "" : step) {
                case "returning" -> rows = true;
                case "where" -> {
                    if (c.args().size() == 1 && c.args().get(0) instanceof Call w && w.callee() instanceof Ref r && "drizzle-orm".equals(r.module())) where = c;
                }
                case "from" -> rows = true;
                case "update", "delete", "select" -> statement = true;
                default -> { }
            }
            cur = c.callee() instanceof Member cm ? cm.object() : null;
        }
        return where != null && rows && statement ? where : null;
    }

    /** Item {@code i} of {@code Promise.all([...])} destructured ({@code const [a, b] = await Promise.all([f(), g()])}), or null. */
    private static Val awaitedItem(Val v) {
        if (!(v instanceof Member m) || !m.prop().matches("\\d{1,2}") || !(m.object() instanceof Call all) || all.args().size() != 1
                || !(all.callee() instanceof Global g) || !g.name().equals("Promise") || !g.path().equals(List.of("all"))
                || !(all.args().get(0) instanceof Arr items)) return null;
        int i = Integer.parseInt(m.prop());
        return i < items.items().size() ? items.items().get(i) : null;
    }

    /**
     * The id-like request values a query builder chain filters by equality before it asks for one row:
     * {@code from(t).select('*').eq(col, req.params.id).single()} (supabase/postgrest).
     */
    private static List<Val> chainKeys(Call single) {
        List<Val> out = new ArrayList<>();
        Val cur = single.callee() instanceof Member sm ? sm.object() : null;
        for (int i = 0; i < 12 && cur instanceof Call c && c.callee() instanceof Member cm; i++) {
            if (cm.prop().equals("eq") && c.args().size() == 2) lookupKey(stripConversions(c.args().get(1)), out);
            else if (cm.prop().equals("match") && c.args().size() == 1 && c.args().get(0) instanceof Obj o) {
                for (Val y : o.props().values()) lookupKey(stripConversions(y), out);
            }
            cur = cm.object();
        }
        return out;
    }

    /** Member calls the {@code time} of a parsed date is read with: isNaN(d.getTime()) tests the parse. */
    private static final Set<String> PARSED_TIME = Set.of("getTime", "valueOf");

    private static final java.util.regex.Pattern LOOKUP_METHOD = java.util.regex.Pattern.compile(
            "(find|fetch|load|lookup|retrieve|first)\\w*|get\\w+|one|oneOrNone|exists");
    private static final java.util.regex.Pattern ID_NAME = java.util.regex.Pattern.compile(
            "(?i:_?id|uuid|guid|slug)|.*[a-z0-9](Id|ID|_id|_ID|Uuid|UUID|_uuid|Guid|Slug|_slug)");

    /**
     * A call that looks a record up: findById(id), getUserById(id), findUnique({ where }), db.first(sql, [id]); a bare
     * get (a Map, a cache, a config) is not taken for one.
     */
    /** ORM methods that answer one stored row for a {@code where} filter (Prisma, TypeORM, Sequelize, MikroORM). */
    private static final Set<String> ROW_LOOKUPS = Set.of("findUnique", "findFirst", "findOne", "findUniqueOrThrow", "findFirstOrThrow");

    /**
     * A record lookup by a {@code where} filter ({@code prisma.userStore.findUnique({ where: { userId_storeId: { userId,
     * storeId } } })}): its answer is a stored row, not an access helper's verdict on who may.
     */
    private static boolean whereLookup(Call c) {
        return ROW_LOOKUPS.contains(Vals.lastName(c.callee())) && !c.args().isEmpty()
                && c.args().get(0) instanceof Obj o && o.props().get("where") instanceof Obj;
    }

    private static boolean isLookupCall(Call c) {
        String m = Vals.lastName(c.callee());
        if ("get".equals(m)) {
            // Workspace.get({ slug }), cache.get(id): a model or store read; not an HTTP client's or the request's own get
            Val recv = c.callee() instanceof Member cm ? cm.object() : null;
            if (c.callee() instanceof Local l && l.path().size() == 1) recv = new Local(l.name(), List.of());
            if (c.callee() instanceof Ref r && !r.path().isEmpty()) recv = new Ref(r.module(), r.export(), r.path().subList(0, r.path().size() - 1));
            String rn = recv == null ? null : Vals.lastName(recv);
            return rn != null && !NOT_A_STORE.matcher(rn).matches() && !(recv instanceof Req) && !httpClient(recv);
        }
        return m != null && LOOKUP_METHOD.matcher(m).matches() && !m.equals("getTime") && !m.startsWith("getAll");
    }

    private static final Set<String> HTTP_MODULES = Set.of("axios", "got", "ky", "node-fetch", "superagent", "undici", "ofetch",
            "cross-fetch", "needle", "phin", "request", "request-promise");

    /** A value made by an HTTP client library (axios.create(...), got.extend(...), the default export itself). */
    private static boolean httpClient(Val v) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Ref r) return HTTP_MODULES.contains(r.module());
            if (v instanceof Member m) v = m.object();
            else if (v instanceof Call c) v = c.callee();
            else if (v instanceof New n) v = n.callee();
            else return false;
        }
        return false;
    }

    /** Receivers whose get is an HTTP request or a read of the request, not a lookup of a stored record. */
    private static final java.util.regex.Pattern NOT_A_STORE = java.util.regex.Pattern.compile(
            "(?i)axios|https?|got|ky|superagent|request|req|res|reply|c|ctx|context|client|\\w*api|fetch\\w*|instance|headers|"
            + "params|query|searchParams|url|router|app|server|config|process|env|formData|cookies");

    /**
     * The id-like request values or parameters a lookup is keyed by: a direct argument, an element of a bound
     * parameter list, or a value under {@code where}; a filter object such as findOne({ email }) is not a key.
     */
    private static List<Val> lookupKeys(Call c) {
        List<Val> out = new ArrayList<>();
        for (Val a : c.args()) {
            lookupKey(stripConversions(a), out);
            if (a instanceof Arr arr) for (Val y : arr.items()) lookupKey(stripConversions(y), out);
            if (a instanceof Obj o && o.props().get("where") instanceof Obj w) {
                // Prisma's findUnique takes only unique fields in its where, each a plain value: whatever the field is
                // called (where: { type }), a row found by it is the one row holding that value
                boolean unique = Set.of("findUnique", "findUniqueOrThrow").contains(Vals.lastName(c.callee())) && w.props().size() == 1;
                for (Val y : w.props().values()) {
                    // Prisma's compound unique key: where: { userId_storeId: { userId, storeId } } names one row by both
                    if (y instanceof Obj compound) for (Val z : compound.props().values()) lookupKey(stripConversions(z), out);
                    else if (unique && isRequestValue(stripConversions(y))) out.add(stripConversions(y));
                    else lookupKey(stripConversions(y), out);
                }
            }
            // drizzle's relational queries: db.query.assets.findFirst({ where: eq(assets.id, id) }), also under and(...)
            if (a instanceof Obj o && o.props().get("where") instanceof Call w) drizzleEqKeys(w, out, 0);
            // drizzle's query builder: db.update(t).set(..).where(eq(t.id, id))
            if (a instanceof Call w && "where".equals(Vals.lastName(c.callee())) && c.args().size() == 1) drizzleEqKeys(w, out, 0);
            // Workspace.get({ slug }): a clause of one path value handed to a project lookup (a path value is a string)
            if (a instanceof Obj o && o.props().size() == 1 && stripConversions(o.props().values().iterator().next()) instanceof Req q
                    && q.part().equals("params")) lookupKey(q, out);
        }
        return out;
    }

    /** The values a drizzle filter {@code eq(column, value)} (or an {@code and(...)} of such) requires equal to a column. */
    private static void drizzleEqKeys(Call w, List<Val> out, int depth) {
        String m = Vals.lastName(w.callee());
        if (depth > 3 || !(w.callee() instanceof Ref r) || !r.module().equals("drizzle-orm")) return;
        if ("eq".equals(m) && w.args().size() == 2) lookupKey(stripConversions(w.args().get(1)), out);
        else if ("and".equals(m)) for (Val x : w.args()) if (x instanceof Call xc) drizzleEqKeys(xc, out, depth + 1);
    }

    private static void lookupKey(Val v, List<Val> out) {
        // const id = params.shareId ?? params.id (or has(params, 'shareId') ? params.shareId : params.id): whichever
        // request value is the key, it names the record found
        if (v instanceof OneOf o && o.options().stream().allMatch(y -> isRequestValue(stripConversions(y)) || Vals.isData(y))) {
            for (Val y : o.options()) if (!(y instanceof OneOf)) lookupKey(stripConversions(y), out);
            return;
        }
        if (!isRequestValue(v)) return;
        String name = v instanceof Param p ? (p.path().isEmpty() ? p.name() : p.path().get(p.path().size() - 1))
                : ((Req) v).path().isEmpty() ? null : ((Req) v).path().get(((Req) v).path().size() - 1);
        if (name != null && ID_NAME.matcher(name).matches()) out.add(v);
    }

    private static final Set<String> NUMBER_PARSERS = Set.of("parseInt", "parseFloat");

    /** {@code const t = String(req.query.t)} then a check of {@code t}: the check is about the request value. */
    /** {@code x.replace(a, b)} / {@code replaceAll} of a request value or parameter: that value (else {@code v}). */
    private static Val unreplaced(Val v) {
        if (v instanceof Call c && c.args().size() == 2) {
            if (c.callee() instanceof Param p && !p.path().isEmpty() && Set.of("replace", "replaceAll").contains(p.path().get(p.path().size() - 1))) {
                return new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
            }
            if (c.callee() instanceof Req q && !q.path().isEmpty() && Set.of("replace", "replaceAll").contains(q.path().get(q.path().size() - 1))) {
                return new Req(q.part(), q.path().subList(0, q.path().size() - 1));
            }
        }
        return v;
    }

    private static Val stripConversions(Val v) {
        for (int i = 0; i < 4; i++) {
            if (v instanceof Call c && c.args().size() >= 1 && c.callee() instanceof Global g && g.path().isEmpty()
                    && PASS_THROUGH.contains(g.name())) {
                v = c.args().get(0);
            } else if (v instanceof Call c && c.args().size() >= 1 && c.callee() instanceof Global g && g.name().equals("Number")
                    && g.path().size() == 1 && NUMBER_PARSERS.contains(g.path().get(0))) {
                // const n = Number.parseInt(x, 10); if (!Number.isInteger(n)) ...: the check is about x, as with parseInt(x)
                v = c.args().get(0);
            } else if (v instanceof Call c && c.args().isEmpty() && c.callee() instanceof Member m && PASS_THROUGH.contains(m.prop())
                    && (m.object() instanceof Call || m.object() instanceof OneOf)) {
                // String(x).trim(): the text of x; (req.query.format || 'json').toString(): the text of the value or its default
                v = m.object();
            } else if (v instanceof New n && n.args().size() == 1 && n.callee() instanceof Global g && g.path().isEmpty()
                    && g.name().equals("Date")) {
                // const d = new Date(x); if (isNaN(d.getTime())) ...: the check is about x
                v = n.args().get(0);
            } else if (v instanceof Call c && c.callee() instanceof Req q && !q.path().isEmpty()
                    && PASS_THROUGH.contains(q.path().get(q.path().size() - 1))) {
                v = new Req(q.part(), q.path().subList(0, q.path().size() - 1));
            } else if (v instanceof Call c && c.args().isEmpty() && c.callee() instanceof Param p && !p.path().isEmpty()
                    && PASS_THROUGH.contains(p.path().get(p.path().size() - 1))) {
                // status.toLowerCase() in a helper handed the value: the text of the parameter
                v = new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1));
            } else if (v instanceof OneOf o && o.options().stream().filter(x -> !Vals.isData(x)).count() == 1) {
                // const sort = req.query.sort || 'name'; if (!ALLOWED.includes(sort)) ...: the check is about req.query.sort
                v = o.options().stream().filter(x -> !Vals.isData(x)).findFirst().orElse(v);
            } else {
                break;
            }
        }
        return v;
    }

    private void checkVal(String kind, Val v, ISwc4jAst at) {
        if (isRequestValue(v)) fn.checks.add(new Fn.Check(kind, v, loc(at.getSpan())));
    }

    private static boolean isRequestValue(Val v) {
        if (v instanceof Req q) return !q.part().equals("raw") && !q.part().startsWith("valid:") && !q.part().startsWith("meta:");
        return v instanceof Param;
    }

    /** The value of a plain reference expression (identifier, member chain) without recording anything. */
    private Val peek(ISwc4jAstExpr e, int depth) {
        if (e == null || depth > 32) return Val.UNKNOWN;
        e = unwrap(e);
        if (e instanceof Swc4jAstIdent id) return identVal(id.getSym());
        if (e instanceof Swc4jAstThisExpr) return new This(List.of());
        ISwc4jAstExpr obj = null;
        ISwc4jAstMemberProp prop = null;
        if (e instanceof Swc4jAstMemberExpr m) {
            obj = m.getObj();
            prop = m.getProp();
        } else if (e instanceof Swc4jAstOptChainExpr oc && oc.getBase() instanceof Swc4jAstMemberExpr m) {
            obj = m.getObj();
            prop = m.getProp();
        }
        if (obj == null) return Val.UNKNOWN;
        String name = prop instanceof Swc4jAstIdentName n ? n.getSym()
                : prop instanceof Swc4jAstComputedPropName cp && unwrap(cp.getExpr()) instanceof Swc4jAstStr st ? st.getValue() : null;
        if (name == null) return Val.UNKNOWN;
        return Val.member(peek(obj, depth + 1), name);
    }

    private static ISwc4jAstExpr unwrap(ISwc4jAstExpr e) {
        for (int i = 0; i < 16 && e != null; i++) {
            if (e instanceof Swc4jAstParenExpr p) e = p.getExpr();
            else if (e instanceof Swc4jAstTsAsExpr a) e = a.getExpr();
            else if (e instanceof Swc4jAstTsNonNullExpr a) e = a.getExpr();
            else if (e instanceof Swc4jAstAwaitExpr a) e = a.getArg();
            else break;
        }
        return e;
    }

    /**
     * The operand of a {@code typeof X === 'string'} test (also {@code ==}, a number or boolean type, the literal on
     * either side); {@code equal} says which of === / !== it must be. Null for any other test.
     */
    private static ISwc4jAstExpr typeofOperand(ISwc4jAstExpr test, boolean equal) {
        if (!(unparen(test) instanceof Swc4jAstBinExpr b)) return null;
        Swc4jAstBinaryOp op = b.getOp();
        boolean eq = op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq;
        if (!eq && op != Swc4jAstBinaryOp.NotEqEq && op != Swc4jAstBinaryOp.NotEq || eq != equal) return null;
        ISwc4jAstExpr l = unparen(b.getLeft()), r = unparen(b.getRight());
        ISwc4jAstExpr t = isTypeof(l) ? l : isTypeof(r) ? r : null;
        ISwc4jAstExpr lit = t == l ? r : l;
        if (t == null || !(lit instanceof Swc4jAstStr str) || !KEPT_TYPES.contains(str.getValue())) return null;
        return unparen(((Swc4jAstUnaryExpr) t).getArg());
    }

    private static final Set<String> KEPT_TYPES = Set.of("string", "number", "boolean");

    /** A literal a value is replaced by: a string, number, boolean, null or undefined. */
    private static boolean literal(ISwc4jAstExpr e) {
        e = unparen(e);
        return e instanceof Swc4jAstStr || e instanceof Swc4jAstNumber || e instanceof Swc4jAstBool || isNullish(e)
                || e instanceof Swc4jAstTpl t && t.getExprs().isEmpty();
    }

    /** {@code e} is {@code x} itself, or a text method of it ({@code x.trim()}, {@code x.toLowerCase()}). */
    private static boolean sameOrText(ISwc4jAstExpr e, ISwc4jAstExpr x) {
        e = unparen(e);
        if (e instanceof Swc4jAstCallExpr c && c.getArgs().isEmpty() && c.getCallee() instanceof Swc4jAstMemberExpr m
                && m.getProp() instanceof Swc4jAstIdentName n && PASS_THROUGH.contains(n.getSym())) e = unparen(m.getObj());
        return sameRef(e, x);
    }

    /** The same variable or member path: {@code raw}, {@code req.body.name} (optional chaining aside). */
    private static boolean sameRef(ISwc4jAstExpr a, ISwc4jAstExpr b) {
        a = unparen(a);
        b = unparen(b);
        if (a instanceof Swc4jAstOptChainExpr oa && oa.getBase() instanceof ISwc4jAstExpr ab) a = ab;
        if (b instanceof Swc4jAstOptChainExpr ob && ob.getBase() instanceof ISwc4jAstExpr bb) b = bb;
        if (a instanceof Swc4jAstIdent ia) return b instanceof Swc4jAstIdent ib && ia.getSym().equals(ib.getSym());
        if (a instanceof Swc4jAstThisExpr) return b instanceof Swc4jAstThisExpr;
        return a instanceof Swc4jAstMemberExpr ma && b instanceof Swc4jAstMemberExpr mb && ma.getProp() instanceof Swc4jAstIdentName pa
                && mb.getProp() instanceof Swc4jAstIdentName pb && pa.getSym().equals(pb.getSym()) && sameRef(ma.getObj(), mb.getObj());
    }

    /**
     * {@code typeof raw === 'string' ? raw.trim() : ''} (or {@code typeof raw !== 'string' ? undefined : raw}): the value
     * is kept only when it has the type, a literal takes its place otherwise. Recorded as a verdict check of the value:
     * input validation counts a type test, the injection rules take no string for a sanitiser.
     */
    private void typeKept(Swc4jAstCondExpr c) {
        for (boolean equal : new boolean[]{true, false}) {
            ISwc4jAstExpr x = typeofOperand(c.getTest(), equal);
            if (x == null) continue;
            ISwc4jAstExpr kept = equal ? c.getCons() : c.getAlt(), other = equal ? c.getAlt() : c.getCons();
            if (sameOrText(kept, x) && literal(other)) check("verdict", x, c);
        }
    }

    /**
     * {@code Array.isArray(raw) ? raw.filter((v) => typeof v === 'string') : []} (or the negated test): the value is kept
     * only as an array of elements of one type, an empty array or a literal takes its place otherwise. Recorded as a
     * verdict check, as {@link #typeKept} records a typeof choice.
     */
    private void arrayKept(Swc4jAstCondExpr c) {
        ISwc4jAstExpr test = unparen(c.getTest());
        boolean negated = false;
        if (test instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang) {
            negated = true;
            test = unparen(u.getArg());
        }
        if (!(test instanceof Swc4jAstCallExpr call) || call.getArgs().size() != 1 || !(call.getCallee() instanceof ISwc4jAstExpr cce) || !(unparen(cce) instanceof Swc4jAstMemberExpr cm)
                || !(unparen(cm.getObj()) instanceof Swc4jAstIdent ai) || !ai.getSym().equals("Array")
                || !(cm.getProp() instanceof Swc4jAstIdentName an) || !an.getSym().equals("isArray")) return;
        ISwc4jAstExpr x = unparen(call.getArgs().get(0).getExpr());
        ISwc4jAstExpr kept = unparen(negated ? c.getAlt() : c.getCons()), other = unparen(negated ? c.getCons() : c.getAlt());
        if (!literal(other) && !(other instanceof Swc4jAstArrayLit al && al.getElems().isEmpty())) return;
        if (!(kept instanceof Swc4jAstCallExpr kc) || kc.getArgs().size() != 1 || !(kc.getCallee() instanceof ISwc4jAstExpr kce) || !(unparen(kce) instanceof Swc4jAstMemberExpr km)
                || !(km.getProp() instanceof Swc4jAstIdentName kn) || !kn.getSym().equals("filter") || !sameRef(km.getObj(), x)) return;
        // the filter keeps elements by their type: (v) => typeof v === 'string'
        if (!(unparen(kc.getArgs().get(0).getExpr()) instanceof Swc4jAstArrowExpr ae) || ae.getParams().size() != 1
                || !(ae.getParams().get(0) instanceof Swc4jAstBindingIdent bi) || !(ae.getBody() instanceof ISwc4jAstExpr body)) return;
        ISwc4jAstExpr operand = typeofOperand(body, true);
        if (operand instanceof Swc4jAstIdent oi && oi.getSym().equals(bi.getId().getSym())) check("verdict", x, c);
    }

    /**
     * {@code if (typeof raw !== 'string') return undefined;} in a helper: past the test the value has the type (a literal
     * is answered otherwise). Recorded as a verdict check, as {@link #typeKept} records the ternary.
     */
    private void typeReturned(Swc4jAstIfStmt is) {
        if (fn.takesRequest || is.getAlt().isPresent()) return;
        ISwc4jAstExpr x = typeofOperand(is.getTest(), false);
        ISwc4jAstStmt cons = is.getCons();
        if (cons instanceof Swc4jAstBlockStmt b && b.getStmts().size() == 1) cons = b.getStmts().get(0);
        if (x != null && cons instanceof Swc4jAstReturnStmt r && (r.getArg().isEmpty() || literal(r.getArg().get()))) check("verdict", x, is);
    }

    private static boolean isTypeof(ISwc4jAstExpr e) {
        return e instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.TypeOf;
    }

    private static boolean isNullish(ISwc4jAstExpr e) {
        return e instanceof Swc4jAstNull || e instanceof Swc4jAstIdent i && i.getSym().equals("undefined");
    }

    /**
     * A test made only of ordering comparisons of a request value with a number ({@code take > 100},
     * {@code limit < 1 || limit > 500}): a range bound on the input whatever status its branch answers.
     */
    private boolean numericBound(ISwc4jAstExpr test, int depth) {
        ISwc4jAstExpr e = unwrap(test);
        if (depth > 4 || !(e instanceof Swc4jAstBinExpr b)) return false;
        ISwc4jAstExpr l = unwrap(b.getLeft()), r = unwrap(b.getRight());
        return switch (b.getOp()) {
            case LogicalOr -> numericBound(l, depth + 1) && numericBound(r, depth + 1);
            case Lt, LtEq, Gt, GtEq -> l instanceof Swc4jAstNumber && inputValue(peek(r, 0))
                    || r instanceof Swc4jAstNumber && inputValue(peek(l, 0));
            default -> false;
        };
    }

    /** A value the client sends (body, query, path), perhaps with a default ({@code take = 10}); not who it is. */
    private static boolean inputValue(Val v) {
        if (v instanceof OneOf o) return o.options().stream().anyMatch(TsExtractor::inputValue)
                && o.options().stream().allMatch(x -> inputValue(x) || x instanceof Lit);
        return v instanceof Req q && Set.of("body", "query", "params").contains(q.part());
    }

    private static boolean isConstant(ISwc4jAstExpr e) {
        return e instanceof Swc4jAstStr || e instanceof Swc4jAstNumber || e instanceof Swc4jAstBool
                || e instanceof Swc4jAstTpl t && t.getExprs().isEmpty()
                || e instanceof Swc4jAstIdent i && Character.isUpperCase(i.getSym().charAt(0)) && i.getSym().equals(i.getSym().toUpperCase(Locale.ROOT));
    }

    /**
     * A number parsed from a value: parseInt(x), Number(x), Number.parseFloat(x), or a local that holds such a parse in every
     * branch it may come from other than the value itself ({@code if (typeof x === 'string') x = parseInt(x)}).
     */
    private boolean numberParsed(ISwc4jAstExpr side) {
        ISwc4jAstExpr x = unwrap(side);
        Val v = x instanceof Swc4jAstCallExpr ? numberParse(x) : peek(x, 0);
        if (isNumberParse(v)) return true;
        if (!(v instanceof OneOf o) || o.options().isEmpty() || o.options().size() > 4) return false;
        Val subject = null;
        boolean parsed = false;
        for (Val y : o.options()) {
            Val z = isNumberParse(y) ? ((Call) y).args().get(0) : y;
            parsed |= isNumberParse(y);
            if (subject == null) subject = z;
            else if (!subject.equals(z)) return false;
        }
        return parsed && isRequestValue(subject);
    }

    /** The call of a number parser written at {@code e} (parseInt(x), Number.parseInt(x), Number(x)), without recording it. */
    private Val numberParse(ISwc4jAstExpr e) {
        if (!(e instanceof Swc4jAstCallExpr c) || c.getArgs().isEmpty() || !(c.getCallee() instanceof ISwc4jAstExpr ce)) return Val.UNKNOWN;
        ISwc4jAstExpr cu = unwrap(ce);
        Val callee = peek(cu, 0);
        return new Call(callee, List.of(peek(c.getArgs().get(0).getExpr(), 0)));
    }

    private static boolean isNumberParse(Val v) {
        return v instanceof Call c && c.args().size() >= 1 && c.callee() instanceof Global g
                && (g.path().isEmpty() && Set.of("parseInt", "parseFloat", "Number").contains(g.name())
                    || g.name().equals("Number") && g.path().size() == 1 && NUMBER_PARSERS.contains(g.path().get(0)));
    }

    /**
     * {@code value < 0}, {@code value <= 0}, {@code 0 > value}: a zero or one compared with a value that is not a size
     * ({@code x.length}, {@code x.size}, {@code x.byteLength}, {@code Object.keys(x).length}) nor a literal.
     */
    private boolean signBound(ISwc4jAstExpr constant, ISwc4jAstExpr value) {
        if (!isZeroOrOne(constant) || isConstant(value)) return false;
        if (value instanceof Swc4jAstMemberExpr me && me.getProp() instanceof Swc4jAstIdentName n && SIZE_PROPS.contains(n.getSym())) return false;
        // a local holding a size (const n = req.body.items.length)
        Val v = peek(value, 0);
        List<String> path = v instanceof Req q ? q.path() : v instanceof Param p ? p.path() : v instanceof Member m ? List.of(m.prop()) : List.of();
        return path.isEmpty() || !SIZE_PROPS.contains(path.get(path.size() - 1));
    }

    private static final Set<String> SIZE_PROPS = Set.of("length", "size", "byteLength");

    /**
     * The operand is known to hold text: forced to a number by a type assertion ({@code (skip as unknown as number) < 0})
     * or a parameter declared as a string ({@code skip: string | undefined}). Text compared with 0 is a string compare
     * ('x' < 0 is false): it bounds nothing.
     */
    private boolean declaredText(ISwc4jAstExpr side) {
        ISwc4jAstExpr e = side;
        while (e instanceof Swc4jAstParenExpr p) e = p.getExpr();
        if (e instanceof Swc4jAstTsAsExpr) return true;
        if (peek(unwrap(side), 0) instanceof Param p && p.path().isEmpty() && p.index() < fn.params.size()) {
            String t = fn.params.get(p.index()).type();
            return t != null && t.contains("string") && !t.contains("number");
        }
        return false;
    }

    private static boolean isZeroOrOne(ISwc4jAstExpr e) {
        return e instanceof Swc4jAstNumber n && (n.getValue() == 0 || n.getValue() == 1);
    }

    private static boolean isEmptyString(ISwc4jAstExpr e) {
        return e instanceof Swc4jAstStr s && s.getValue().isBlank();
    }

    // ------------------------------------------------------------------ expressions

    private Val expr(ISwc4jAstExpr e) {
        if (e == null) return new Lit(null);
        enter();
        try {
            return expr0(e);
        } finally {
            exit();
        }
    }

    private Val expr0(ISwc4jAstExpr e) {
        if (e instanceof Swc4jAstStr s) {
            string(s.getValue(), s.getSpan());
            return new Lit(s.getValue());
        }
        if (e instanceof Swc4jAstNumber n) return new Lit(n.getValue());
        if (e instanceof Swc4jAstBool b) return new Lit(b.isValue());
        if (e instanceof Swc4jAstNull) return new Lit(null);
        if (e instanceof Swc4jAstRegex r) return new Regex(r.getExp(), r.getFlags());
        if (e instanceof Swc4jAstIdent id) return identVal(id.getSym());
        if (e instanceof Swc4jAstParenExpr p) return expr(p.getExpr());
        if (e instanceof Swc4jAstTsAsExpr a) return expr(a.getExpr());
        if (e instanceof Swc4jAstTsNonNullExpr a) return expr(a.getExpr());
        if (e instanceof Swc4jAstTsSatisfiesExpr a) return expr(a.getExpr());
        if (e instanceof Swc4jAstTsConstAssertion a) return expr(a.getExpr());
        if (e instanceof Swc4jAstTsTypeAssertion a) return expr(a.getExpr());
        if (e instanceof Swc4jAstTsInstantiation a) return expr(a.getExpr());
        if (e instanceof Swc4jAstAwaitExpr a) {
            ISwc4jAstExpr arg = a.getArg();
            while (arg instanceof Swc4jAstParenExpr pe) arg = pe.getExpr();
            if (arg instanceof Swc4jAstCallExpr) pendingAwait = arg;
            return expr(arg);
        }
        if (e instanceof Swc4jAstThisExpr) return new This(List.of());
        if (e instanceof Swc4jAstTpl t) return tpl(t);
        if (e instanceof Swc4jAstTaggedTpl tt) return taggedTpl(tt);
        if (e instanceof Swc4jAstMemberExpr m) return member(m);
        if (e instanceof Swc4jAstSuperPropExpr sp) {
            // super.findAll: the method of the base class, by name (Analysis.resolveCallee follows it to the class extended)
            return sp.getProp() instanceof Swc4jAstIdentName n ? new Member(new Unknown("super"), n.getSym()) : new Unknown("super");
        }
        if (e instanceof Swc4jAstCallExpr c) return call(c, c.getCallee(), c.getArgs(), false);
        if (e instanceof Swc4jAstNewExpr n) return call(n, n.getCallee(), n.getArgs().orElse(List.of()), true);
        if (e instanceof Swc4jAstOptChainExpr oc) {
            ISwc4jAstOptChainBase base = oc.getBase();
            if (base instanceof Swc4jAstMemberExpr m) return member(m);
            if (base instanceof Swc4jAstOptCall c) return call(c, c.getCallee(), c.getArgs(), false);
            return Val.UNKNOWN;
        }
        if (e instanceof Swc4jAstObjectLit o) return objectLit(o);
        if (e instanceof Swc4jAstArrayLit a) {
            List<Val> items = new ArrayList<>();
            for (Optional<Swc4jAstExprOrSpread> el : a.getElems()) {
                if (items.size() >= MAX_VAL_ITEMS) {
                    el.ifPresent(x -> expr(x.getExpr()));
                    continue;
                }
                if (el.isEmpty()) items.add(new Lit(null));
                else if (el.get().getSpread().isPresent()) {
                    Val sv = expr(el.get().getExpr());
                    Arr sa = arrayOf(sv);
                    if (sa != null && items.size() + sa.items().size() <= MAX_VAL_ITEMS) items.addAll(sa.items());
                    // [...authChain, audit()]: keep the reference, so readers that resolve and flatten arrays
                    // (middleware chains, module lists) still see what it names
                    else if (sv instanceof Local || sv instanceof Ref || sv instanceof Member || spreadOfParam(sv)) items.add(sv);
                    else items.add(new Unknown("spread"));
                } else items.add(expr(el.get().getExpr()));
            }
            return new Arr(List.copyOf(items));
        }
        if (e instanceof Swc4jAstArrowExpr a) {
            Fn f = arrow("", a);
            fn.nested.add(f);
            return new FnVal(f);
        }
        if (e instanceof Swc4jAstFnExpr fe) {
            Fn f = function(fe.getIdent().map(Swc4jAstIdent::getSym).orElse(""), fe.getFunction(), List.of());
            fn.nested.add(f);
            return new FnVal(f);
        }
        if (e instanceof Swc4jAstClassExpr ce) {
            String name = ce.getIdent().map(Swc4jAstIdent::getSym).orElse("<class@" + lines.line(ce.getSpan().getStart()) + ">");
            classDecl(name, ce.getClazz(), ce.getSpan());
            return new ClassRef(name);
        }
        if (e instanceof Swc4jAstBinExpr b) return binary(b);
        if (e instanceof Swc4jAstCondExpr c) {
            Boolean constant = truth(fold(c.getTest(), 0));
            if (constant != null) return expr(constant ? c.getCons() : c.getAlt());
            Val.Test test = test(c.getTest(), true, 0);
            if (test == null) expr(c.getTest());
            Val cons = expr(c.getCons()), alt = expr(c.getAlt());
            Val v = oneOf(cons, alt);
            typeKept(c);
            arrayKept(c);
            // the test is kept for a plain choice between two values (a ? X : Y), not for merged alternatives
            if (test != null && v instanceof OneOf o && o.options().size() == 2) return new OneOf(o.options(), test);
            // ALLOWED.includes(sortBy) ? sortBy : 'createdAt' with a sortBy that has a default ({ sortBy = 'createdAt' } =
            // dto): the tested choice of the two values, the defaulted one kept whole, so readers still see the test
            if (test != null && (cons instanceof OneOf co && co.test() == null || alt instanceof OneOf ao && ao.test() == null)
                    && !(cons instanceof OneOf ct && ct.test() != null) && !(alt instanceof OneOf at && at.test() != null)) {
                return new OneOf(List.of(cons, alt), test);
            }
            // isDev ? true : (list.length ? list : false): the outer choice kept with its own test, the inner tested choice
            // whole as its second option, so a reader deciding by the environment still sees which side is which
            if (test != null && (cons instanceof OneOf ct && ct.test() != null) != (alt instanceof OneOf at && at.test() != null)
                    && !(cons instanceof OneOf c0 && c0.test() == null) && !(alt instanceof OneOf a0 && a0.test() == null)) {
                return new OneOf(List.of(cons, alt), test);
            }
            return v;
        }
        if (e instanceof Swc4jAstAssignExpr a) {
            int callsBefore = fn.calls.size();
            Val v = named(assignName(a.getLeft()), a.getRight());
            ISwc4jAstAssignTarget left = a.getLeft();
            nameCalls(left instanceof Swc4jAstBindingIdent lb ? lb.getId().getSym() : left instanceof Swc4jAstIdent li ? li.getSym()
                    : left instanceof Swc4jAstMemberExpr lm && lm.getProp() instanceof Swc4jAstIdentName ln ? ln.getSym() : null,
                    a.getRight(), callsBefore);
            // x += y, x ||= y keep what x held: only a plain = may replace it
            boolean plain = a.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstAssignOp.Assign;
            mutation(left, a);
            if (left instanceof Swc4jAstBindingIdent b) reassign(b.getId().getSym(), v, plain);
            else if (left instanceof Swc4jAstIdent i) reassign(i.getSym(), v, plain);
            else if (left instanceof Swc4jAstMemberExpr m) {
                memberNoRead(m);
                computedWrite(m, v, a);
                fieldWrite(m, v, plain);
                // const err = new Error('unauthorized'); err.statusCode = 401: the status the error will carry
                if (m.getObj() instanceof Swc4jAstIdent eo && m.getProp() instanceof Swc4jAstIdentName sp
                        && (sp.getSym().equals("statusCode") || sp.getSym().equals("status")) && intOf(v) != null
                        && fn.errorStatuses.size() < MAX_VAL_ITEMS) {
                    fn.errorStatuses.put(eo.getSym(), intOf(v));
                }
                // this.app = express() in a constructor or method: a field of the class being declared
                if (thisAssigns != null && m.getObj() instanceof Swc4jAstThisExpr && m.getProp() instanceof Swc4jAstIdentName pn
                        && thisAssigns.size() < MAX_VAL_ITEMS) {
                    thisAssigns.putIfAbsent(pn.getSym(), new Object[]{v, loc(a.getSpan())});
                    if (plain && v instanceof Param sp && sp.path().isEmpty() && sp.index() < fn.params.size()
                            && fn.params.get(sp.index()).name().equals(sp.name())) {
                        thisSetters.putIfAbsent(pn.getSym(), new Object[]{v, loc(a.getSpan())});
                    }
                }
            }
            return v;
        }
        if (e instanceof Swc4jAstUnaryExpr u) {
            if (u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Delete) mutation(u.getArg(), u);
            Val v = expr(u.getArg());
            return switch (u.getOp()) {
                case Minus -> v instanceof Lit l && l.value() instanceof Double d ? new Lit(-d) : new Unknown("unary");
                // +id converts as Number(id) does (Nest's generated controllers pass +id to their services)
                case Plus -> v instanceof Lit l && l.value() instanceof Double ? v : new Call(new Global("Number", List.of()), List.of(v));
                case Bang -> new Unknown("boolean");
                case TypeOf -> new Unknown("typeof");
                default -> new Unknown("unary");
            };
        }
        if (e instanceof Swc4jAstUpdateExpr u) {
            mutation(u.getArg(), u);
            expr(u.getArg());
            return new Unknown("number");
        }
        if (e instanceof Swc4jAstSeqExpr s) {
            Val last = Val.UNKNOWN;
            for (ISwc4jAstExpr x : s.getExprs()) last = expr(x);
            return last;
        }
        if (e instanceof Swc4jAstYieldExpr y) {
            y.getArg().ifPresent(this::expr);
            return Val.UNKNOWN;
        }
        if (e instanceof Swc4jAstJsxElement || e instanceof Swc4jAstJsxFragment) {
            jsxChildren(e);
            return new Unknown("jsx");
        }
        return new Unknown(e.getType().name());
    }

    /** Walks JSX only for the calls and functions inside expression containers. */
    private void jsxChildren(ISwc4jAst node) {
        Deque<ISwc4jAst> stack = new ArrayDeque<>();
        stack.push(node);
        int guard = 0;
        while (!stack.isEmpty() && guard++ < 100_000) {
            ISwc4jAst n = stack.pop();
            if (n instanceof Swc4jAstJsxExprContainer c && c.getExpr() instanceof ISwc4jAstExpr x) {
                expr(x);
                continue;
            }
            if (n instanceof Swc4jAstJsxSpreadChild sc) {
                expr(sc.getExpr());
                continue;
            }
            for (ISwc4jAst ch : n.getChildNodes()) stack.push(ch);
        }
    }

    private void reassign(String name, Val v) {
        reassign(name, v, true);
    }

    private void reassign(String name, Val v, boolean plain) {
        boolean straight = plain; // every block between the binding and here always runs: the new value replaces the old
        for (Scope s = scope; s != null; s = s.parent) {
            if (s.vars.containsKey(name)) {
                Val old = s.vars.get(name);
                s.vars.put(name, straight || old instanceof Unknown || old instanceof Lit l && l.value() == null ? v : oneOf(old, v));
                return;
            }
            straight &= s.straight;
        }
        if (symbols.containsKey(name) && fn.name.equals("<module>")) symbols.put(name, v);
    }

    /**
     * {@code o.k = v} / {@code o['k'] = v} on a local object literal binding: the field takes the value (replacing the
     * old one when every block between the binding and here always runs, else as one more choice).
     */
    private void fieldWrite(Swc4jAstMemberExpr m, Val v, boolean plain) {
        if (!(m.getObj() instanceof Swc4jAstIdent id)) return;
        String k = m.getProp() instanceof Swc4jAstIdentName n ? n.getSym()
                : m.getProp() instanceof Swc4jAstComputedPropName c ? (fold(c.getExpr(), 0) instanceof String fs ? fs
                : fold(c.getExpr(), 0) instanceof Double d && d >= 0 && d == Math.rint(d) && d < 100 ? Long.toString(d.longValue())
                : Val.constString(peek(c.getExpr(), 0))) : null;
        if (k == null || k.startsWith("...")) return;
        boolean straight = plain;
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.vars.containsKey(id.getSym())) {
                if (sc.vars.get(id.getSym()) instanceof Arr arr && k.matches("\\d{1,2}")) {
                    // items[3] = v on a local array: that item takes the value (appended when past the end); a write
                    // that may not run adds the value beside the old one
                    int i = Integer.parseInt(k);
                    List<Val> items = new ArrayList<>(arr.items());
                    if (i < items.size()) items.set(i, straight ? v : oneOf(items.get(i), v));
                    else if (items.size() < MAX_VAL_ITEMS) items.add(v);
                    sc.vars.put(id.getSym(), new Arr(List.copyOf(items)));
                    return;
                }
                if (!(sc.vars.get(id.getSym()) instanceof Obj o) || o.props().size() >= MAX_VAL_ITEMS) return;
                Map<String, Val> props = new LinkedHashMap<>(o.props());
                // a write that may not run: one more choice beside the old value (none when the field is new);
                // left alone when a spread may supply the field (the object would have to name itself)
                boolean spread = o.props().keySet().stream().anyMatch(p -> p.startsWith("..."));
                if (!straight && spread) return;
                Val old = o.props().get(k);
                Val field = straight || old == null ? v : oneOf(old, v);
                props.remove(k);
                props.put(k, field); // last, after any spread it now overrides
                sc.vars.put(id.getSym(), Val.obj(props));
                return;
            }
            straight &= sc.straight;
        }
    }

    /** True when every block between the binding of {@code name} and here always runs. */
    private boolean straightTo(String name) {
        boolean straight = true;
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.vars.containsKey(name)) return straight;
            straight &= sc.straight;
        }
        return false;
    }

    /** Replaces a binding where it lives (for values updated in place, such as arrays built with push). */
    private void rebind(String name, Val v) {
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.vars.containsKey(name)) {
                sc.vars.put(name, v);
                return;
            }
        }
        if (symbols.containsKey(name) && atModuleLevel()) symbols.put(name, v);
    }

    /**
     * The constant value of an expression made of literals only ({@code 32 > 33}, {@code !true}, {@code 'a' === 'b'}):
     * a Double, String or Boolean, or null. Variables are not folded (a loop may change them later).
     */
    private static Object fold(ISwc4jAstExpr e, int depth) {
        if (e == null || depth > 8) return null;
        if (e instanceof Swc4jAstParenExpr p) return fold(p.getExpr(), depth + 1);
        if (e instanceof Swc4jAstNumber n) return n.getValue();
        if (e instanceof Swc4jAstStr st) return st.getValue();
        if (e instanceof Swc4jAstBool b) return b.isValue();
        if (e instanceof Swc4jAstUnaryExpr u) {
            Object v = fold(u.getArg(), depth + 1);
            if (v == null) return null;
            return switch (u.getOp()) {
                case Bang -> truth(v) == null ? null : !truth(v);
                case Minus -> v instanceof Double d ? -d : null;
                default -> null;
            };
        }
        if (e instanceof Swc4jAstBinExpr b) {
            Object l = fold(b.getLeft(), depth + 1);
            if (l == null) return null;
            Swc4jAstBinaryOp op = b.getOp();
            if (op == Swc4jAstBinaryOp.LogicalAnd) return truth(l) == null ? null : truth(l) ? fold(b.getRight(), depth + 1) : l;
            if (op == Swc4jAstBinaryOp.LogicalOr) return truth(l) == null ? null : truth(l) ? l : fold(b.getRight(), depth + 1);
            Object r = fold(b.getRight(), depth + 1);
            if (r == null) return null;
            if (op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.NotEqEq) {
                return (op == Swc4jAstBinaryOp.EqEqEq) == l.equals(r);
            }
            if (l instanceof Double x && r instanceof Double y) {
                return switch (op) {
                    case Gt -> x > y;
                    case GtEq -> x >= y;
                    case Lt -> x < y;
                    case LtEq -> x <= y;
                    case EqEq -> x.doubleValue() == y.doubleValue();
                    case NotEq -> x.doubleValue() != y.doubleValue();
                    case Add -> x + y;
                    case Sub -> x - y;
                    case Mul -> x * y;
                    default -> null;
                };
            }
            if (l instanceof String x && r instanceof String y) {
                return switch (op) {
                    case EqEq -> x.equals(y);
                    case NotEq -> !x.equals(y);
                    case Add -> x + y;
                    default -> null;
                };
            }
        }
        return null;
    }

    /** JavaScript truthiness of a folded constant, or null when unknown. */
    private static Boolean truth(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Double d) return d != 0 && !d.isNaN();
        if (v instanceof String st) return !st.isEmpty();
        return null;
    }

    /** A ternary's condition as a comparison or a truthiness test (through {@code !} and parentheses), or null. */
    private Val.Test test(ISwc4jAstExpr e, boolean holds, int depth) {
        if (depth > 4) return null;
        if (e instanceof Swc4jAstParenExpr p) return test(p.getExpr(), holds, depth + 1);
        if (e instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang) return test(u.getArg(), !holds, depth + 1);
        if (e instanceof Swc4jAstBinExpr b) {
            Swc4jAstBinaryOp op = b.getOp();
            boolean eq = op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq;
            if (EQUALITY.contains(op)) {
                Val tl = expr(b.getLeft());
                Val tr = expr(b.getRight());
                compared(b, tl, tr, eq);
                return new Val.Test(tl, eq ? "==" : "!=", tr, holds);
            }
            return null;
        }
        if (e instanceof Swc4jAstIdent id) {
            Val.Test cmp = comparisonOf(id.getSym());
            if (cmp != null) return new Val.Test(cmp.left(), cmp.op(), cmp.right(), cmp.holds() == holds);
        }
        if (e instanceof Swc4jAstIdent || e instanceof Swc4jAstMemberExpr || e instanceof Swc4jAstCallExpr) {
            return new Val.Test(expr(e), "truthy", null, holds);
        }
        return null;
    }

    private static final Set<Swc4jAstBinaryOp> EQUALITY = Set.of(Swc4jAstBinaryOp.EqEqEq, Swc4jAstBinaryOp.EqEq,
            Swc4jAstBinaryOp.NotEqEq, Swc4jAstBinaryOp.NotEq);

    /** A name, a member chain of names or a literal: reading it again for the test records no call twice. */
    /** The last equality binary() read, with its operands' values. */
    private record Equality(Swc4jAstBinExpr node, Val left, String op, Val right) { }
    private Equality lastEquality;

    /**
     * A config getter asked for one key: {@code config.get('NODE_ENV')}, {@code configService.getOrThrow('APP_ENV')}, and
     * the same getter held in a field ({@code this.config.get('NODE_ENV')}, {@code this.configService.get<string>('NODE_ENV')}
     * in a service's method: s29 legaladv csrf.service.ts).
     */
    private static boolean configRead(ISwc4jAstExpr e) {
        if (!(e instanceof Swc4jAstCallExpr c) || c.getArgs().size() != 1 || !(c.getArgs().get(0).getExpr() instanceof Swc4jAstStr)) return false;
        if (!(c.getCallee() instanceof Swc4jAstMemberExpr m) || !(m.getProp() instanceof Swc4jAstIdentName n)) return false;
        return (n.getSym().equals("get") || n.getSym().equals("getOrThrow")) && (plainOperand(m.getObj()) || thisMember(m.getObj()));
    }

    /** A member chain of names on {@code this}: {@code this.config}, {@code this.deps.configService}. */
    private static boolean thisMember(ISwc4jAstExpr e) {
        for (int i = 0; i < 8; i++) {
            if (!(e instanceof Swc4jAstMemberExpr m) || !(m.getProp() instanceof Swc4jAstIdentName)) return false;
            e = m.getObj();
            if (e instanceof Swc4jAstThisExpr) return true;
        }
        return false;
    }

    private static boolean plainOperand(ISwc4jAstExpr e) {
        return plainOperand(e, false);
    }

    /** {@link #plainOperand(ISwc4jAstExpr)}; with {@code named}, a member read by a string literal too ({@code headers['x-id']}). */
    private static boolean plainOperand(ISwc4jAstExpr e, boolean named) {
        for (int i = 0; i < 8; i++) {
            if (e instanceof Swc4jAstIdent || e instanceof Swc4jAstStr || e instanceof Swc4jAstNumber || e instanceof Swc4jAstBool
                    || e instanceof Swc4jAstNull) return true;
            if (e instanceof Swc4jAstMemberExpr m && (m.getProp() instanceof Swc4jAstIdentName
                    || named && m.getProp() instanceof Swc4jAstComputedPropName c && c.getExpr() instanceof Swc4jAstStr)) e = m.getObj();
            else return false;
        }
        return false;
    }

    /**
     * The shape of comparisons (equalities of names, member chains and literals, nothing called) joined by ||, && and !,
     * read without recording anything new; null for any other expression.
     */
    private Cond plainCondition(ISwc4jAstExpr e, int depth) {
        while (e instanceof Swc4jAstParenExpr pe) e = pe.getExpr();
        if (depth > 6) return null;
        if (e instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.Bang) {
            Cond c = plainCondition(u.getArg(), depth + 1);
            return c == null ? null : new Not(c);
        }
        if (!(e instanceof Swc4jAstBinExpr b)) return null;
        Swc4jAstBinaryOp op = b.getOp();
        if (op == Swc4jAstBinaryOp.LogicalAnd || op == Swc4jAstBinaryOp.LogicalOr) {
            Cond l = plainCondition(b.getLeft(), depth + 1), r = plainCondition(b.getRight(), depth + 1);
            if (l == null || r == null) return null;
            return op == Swc4jAstBinaryOp.LogicalAnd ? new And(l, r) : new Or(l, r);
        }
        if (!EQUALITY.contains(op)) return null;
        boolean eq = op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq;
        // typeof request.headers['x-tenant'] === 'string' (!== 'undefined'): a test that the value is there
        ISwc4jAstExpr tl = b.getLeft(), tr = b.getRight();
        while (tl instanceof Swc4jAstParenExpr pe) tl = pe.getExpr();
        if (tl instanceof Swc4jAstUnaryExpr u && u.getOp() == com.caoccao.javet.swc4j.ast.enums.Swc4jAstUnaryOp.TypeOf
                && tr instanceof Swc4jAstStr type && plainOperand(u.getArg(), true)) {
            Cond present = new Truthy(expr(u.getArg()));
            boolean there = type.getValue().equals("undefined") ? !eq : eq;
            return there ? present : new Not(present);
        }
        // (request.headers['x-mode'] === 'fallback': a header read by its name is as plain as a member chain)
        if (!plainOperand(b.getLeft(), true) || !plainOperand(b.getRight(), true)) return null;
        return new Cmp(expr(b.getLeft()), eq ? "==" : "!=", expr(b.getRight()));
    }

    /** The joined comparisons a const of this name was initialised with, in the nearest scope that declares the name. */
    private Cond conditionOf(String name) {
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.conditions != null && sc.conditions.containsKey(name)) return sc.conditions.get(name);
            if (sc.vars.containsKey(name)) return null;
        }
        return null;
    }

    /** The comparison a const of this name was initialised with, in the nearest scope that declares the name. */
    private Val.Test comparisonOf(String name) {
        for (Scope sc = scope; sc != null; sc = sc.parent) {
            if (sc.comparisons != null && sc.comparisons.containsKey(name)) return sc.comparisons.get(name);
            if (sc.vars.containsKey(name)) return null;
        }
        return null;
    }

    private static Val oneOf(Val a, Val b) {
        List<Val> opts = new ArrayList<>();
        for (Val v : List.of(a, b)) {
            if (v instanceof OneOf o) opts.addAll(o.options());
            else opts.add(v);
        }
        if (opts.size() > 8) return new Unknown("choice");
        return new OneOf(List.copyOf(opts));
    }

    Val identVal(String name) {
        for (Scope s = scope; s != null; s = s.parent) {
            Val v = s.vars.get(name);
            if (v != null) {
                if (v instanceof Unknown u && u.kind().equals("hoisted")) return new Local(name, List.of());
                // values are copied into every use: a local built from locals built from locals...
                // would grow without bound (exponentially when each is used twice), so a large one
                // is not copied
                if (Vals.weight(v, MAX_INLINE_WEIGHT) > MAX_INLINE_WEIGHT) {
                    // kept as a lighter summary (the request data, parameters and small calls it is built from),
                    // bound in place of the value so later uses copy the summary
                    // (a long literal list of data, a seed table, is known as one: a loop over it runs a fixed number of times)
                    Val light = v instanceof Arr && Vals.isData(v) ? new Unknown(Vals.CONSTANT_LIST) : Vals.summary(v, MAX_INLINE_WEIGHT);
                    if (light == null) light = new Unknown("large-value");
                    s.vars.put(name, light);
                    return light;
                }
                return v;
            }
        }
        Import imp = imports.get(name);
        if (imp != null) return new Ref(imp.module(), imp.export(), List.of());
        if (topNames.contains(name) || symbols.containsKey(name)) {
            Val sym = symbols.get(name);
            if (sym != null && Vals.isData(sym) && Vals.size(sym) <= MAX_VAL_ITEMS) return sym;
            return new Local(name, List.of());
        }
        if (name.equals("undefined")) return new Lit(null);
        return new Global(name, List.of());
    }

    private Val member(Swc4jAstMemberExpr m) {
        Val obj = expr(m.getObj());
        String prop = memberProp(m.getProp());
        if (prop == null) {
            // computed with a non-constant key: req[part] keeps the request taint
            if (obj instanceof Req q) return new Req(q.part().equals("raw") && q.path().isEmpty() ? "raw" : q.part(), Val.append(q.path(), "*"));
            Member out = new Member(obj, "*");
            // COMMANDS[service] of a constant object literal: the key is kept beside the value, so a refused miss
            // (if (!cmd) return 400) is known to check it against the literal's keys (see check)
            if (obj instanceof Obj && Vals.isData(obj) && m.getProp() instanceof Swc4jAstComputedPropName cp) constKeys.put(out, peek(cp.getExpr(), 0));
            return out;
        }
        // c.req.json().catch(() => ({})): a promise method on what a request accessor answered, not a field of the body
        if (obj instanceof Req pq && pq.path().isEmpty() && !pq.part().equals("raw") && PROMISE_METHODS.contains(prop)
                && unparen(m.getObj()) instanceof Swc4jAstCallExpr) {
            return new Member(obj, prop);
        }
        Val v = Val.member(obj, prop);
        if (isProcessEnv(obj)) fn.reads.add(new Fn.Read("env", loc(m.getSpan()), new Lit(prop)));
        if (v instanceof Req q && obj instanceof Req oq && oq.part().equals("raw") && oq.path().isEmpty() && !q.part().equals("raw")) {
            fn.reads.add(new Fn.Read(q.part(), loc(m.getSpan()), v));
        } else if (v instanceof Req q && obj instanceof Req oq && oq.path().isEmpty() && !oq.part().equals("raw") && !fn.reads.isEmpty()) {
            // req.body.email: the read just recorded for req.body names the field it reads
            int last = fn.reads.size() - 1;
            Fn.Read r = fn.reads.get(last);
            Location here = loc(m.getSpan());
            // (the part may sit in parentheses or a type assertion: (request.query as { note?: string }).note)
            Location objAt = loc(unwrap(m.getObj()).getSpan());
            if (r.value().equals(oq) && r.location().line() == objAt.line() && r.location().column() == objAt.column()) {
                fn.reads.set(last, new Fn.Read(r.part(), here, q));
            }
        }
        return v;
    }

    private static boolean isProcessEnv(Val v) {
        return v instanceof Global g && g.name().equals("process") && g.path().size() == 1 && g.path().get(0).equals("env");
    }

    /** How many computed-key writes one function records at most. */
    private static final int MAX_WRITES = 32;

    /**
     * {@code target[key][sub] = value}: records the chain when one of its keys is not a constant. The object
     * and the inner keys were evaluated by {@link #memberNoRead}; they are read again without recording
     * ({@link #peek}); the outermost key, which nothing evaluated yet, is evaluated here.
     */
    private void computedWrite(Swc4jAstMemberExpr m, Val value, ISwc4jAst at) {
        List<Val> keys = new ArrayList<>();
        boolean computed = false;
        ISwc4jAstExpr cur = m;
        boolean outer = true;
        for (int i = 0; i < 8 && unwrap(cur) instanceof Swc4jAstMemberExpr me; i++) {
            ISwc4jAstMemberProp p = me.getProp();
            Val k;
            if (p instanceof Swc4jAstIdentName n) k = new Lit(n.getSym());
            else if (p instanceof Swc4jAstPrivateName pn) k = new Lit("#" + pn.getName());
            else if (p instanceof Swc4jAstComputedPropName c) {
                k = outer ? expr(c.getExpr()) : peek(c.getExpr(), 0);
                if (Val.constString(k) == null) computed = true;
            } else k = Val.UNKNOWN;
            keys.add(0, k);
            cur = me.getObj();
            outer = false;
        }
        if (!computed || fn.writes.size() >= MAX_WRITES) return;
        Val target = peek(cur, 0);
        // this.flags[tenant][flag]: the chain starts at this.flags
        while (keys.size() > 1 && Val.constString(keys.get(0)) != null) target = Val.member(target, Val.constString(keys.remove(0)));
        List<CallSite.Guard> g = new ArrayList<>(guards);
        g.addAll(skipGuards);
        fn.writes.add(new Fn.Write(target, List.copyOf(keys), value, loc(at.getSpan()), List.copyOf(g)));
    }

    /**
     * Records a change to something that is not a local of the function being walked: any member target
     * (the object may be shared: {@code items.find(..).done = true}), or a variable bound outside the function.
     */
    private void mutation(Object target, ISwc4jAst at) {
        if (fn == null || fn.mutations.size() >= MAX_WRITES) return;
        // [question] = await db.insert(..).returning(), ({ a, b } = x): each name the pattern assigns, as if assigned alone
        if (target instanceof Swc4jAstArrayPat || target instanceof Swc4jAstObjectPat) {
            List<Swc4jAstBindingIdent> names = new ArrayList<>();
            if (patternNames((ISwc4jAst) target, names, 0)) {
                for (Swc4jAstBindingIdent b : names) mutation(b, at);
                return;
            }
        }
        Object t = target instanceof ISwc4jAstExpr x ? unwrap(x) : target;
        String name = t instanceof Swc4jAstBindingIdent b ? b.getId().getSym() : t instanceof Swc4jAstIdent i ? i.getSym() : null;
        // out.total = n where out is an object or array literal made by this function: still its own
        // (one level only: out.inner.x = n may reach an object out merely refers to)
        // (also an object it constructed: const err = new Error(msg); err.statusCode = 400; throw err)
        String owner = t instanceof Swc4jAstMemberExpr me && unwrap(me.getObj()) instanceof Swc4jAstIdent oi ? oi.getSym() : null;
        boolean ownBinding = false;
        for (Scope s = scope; s != null; s = s.parent) {
            if (name != null && s.vars.containsKey(name)) return; // a local of this function (or of a block inside it)
            if (owner != null && s.vars.containsKey(owner)) {
                Val v = s.vars.get(owner);
                if (v instanceof Obj || v instanceof Arr || v instanceof New) return;
                ownBinding = true;
                break;
            }
            if (s == fn.scope) break;
        }
        // a variable of a function this one is written in (response += .. in a forEach callback): the location says how
        // many functions out it is bound ("closure:1"), so a reader can tell a caller's local from module state
        // (or a field of an object or array literal such a function made: scores[k] = 0 in a forEach callback)
        int out = 1;
        for (Scope s = fn.scope.parent; !ownBinding && (name != null || owner != null) && s != null && s.parent != null; s = s.parent) {
            if (name != null && s.vars.containsKey(name)
                    || owner != null && s.vars.containsKey(owner) && (s.vars.get(owner) instanceof Obj || s.vars.get(owner) instanceof Arr)) {
                fn.mutations.add(loc(at.getSpan()).withMessage("closure:" + out));
                return;
            }
            if (owner != null && s.vars.containsKey(owner)) break;
            if (s.fnRoot) out++;
        }
        fn.mutations.add(loc(at.getSpan()));
    }

    /**
     * The names a destructuring pattern binds or assigns, every one of them; false when a part of it assigns something else
     * (a member: [a.b] = x) or nests deeper than six levels (whose names are then left out).
     */
    private static boolean patternNames(ISwc4jAst pat, List<Swc4jAstBindingIdent> out, int depth) {
        if (depth > 6) return false;
        if (pat instanceof Swc4jAstBindingIdent b) {
            out.add(b);
            return true;
        }
        boolean all = true;
        if (pat instanceof Swc4jAstArrayPat a) {
            for (Optional<ISwc4jAstPat> e : a.getElems()) if (e.isPresent()) all &= patternNames(e.get(), out, depth + 1);
            return all;
        }
        if (pat instanceof Swc4jAstObjectPat o) {
            for (ISwc4jAstObjectPatProp p : o.getProps()) {
                if (p instanceof Swc4jAstAssignPatProp ap) out.add(ap.getKey());
                else if (p instanceof Swc4jAstKeyValuePatProp kv) all &= patternNames(kv.getValue(), out, depth + 1);
                else if (p instanceof Swc4jAstRestPat r) all &= patternNames(r.getArg(), out, depth + 1);
                else all = false;
            }
            return all;
        }
        if (pat instanceof Swc4jAstAssignPat ap) return patternNames(ap.getLeft(), out, depth + 1);
        if (pat instanceof Swc4jAstRestPat r) return patternNames(r.getArg(), out, depth + 1);
        return false;
    }

    private void memberNoRead(Swc4jAstMemberExpr m) {
        expr(m.getObj());
    }

    /** The constant text an expression holds: a literal, or a name bound to one. */
    private String constText(ISwc4jAstExpr e) {
        return fold(e, 0) instanceof String f ? f : Val.constString(peek(e, 0));
    }

    private String memberProp(ISwc4jAstMemberProp p) {
        if (p instanceof Swc4jAstIdentName n) return n.getSym();
        if (p instanceof Swc4jAstComputedPropName c) {
            String k = Val.constString(expr(c.getExpr()));
            // req.headers[API_KEY_HEADER.toLowerCase()] with const API_KEY_HEADER = 'X-API-Key': the header's own name
            if (k == null && unwrap(c.getExpr()) instanceof Swc4jAstCallExpr ce && ce.getArgs().isEmpty()
                    && ce.getCallee() instanceof Swc4jAstMemberExpr cm && cm.getProp() instanceof Swc4jAstIdentName cn
                    && (cn.getSym().equals("toLowerCase") || cn.getSym().equals("toUpperCase") || cn.getSym().equals("trim"))
                    && constText(cm.getObj()) != null) {
                String base = constText(cm.getObj());
                k = cn.getSym().equals("toLowerCase") ? base.toLowerCase(Locale.ROOT) : cn.getSym().equals("toUpperCase") ? base.toUpperCase(Locale.ROOT) : base.trim();
            }
            return k;
        }
        if (p instanceof Swc4jAstPrivateName pn) return "#" + pn.getName();
        return null;
    }

    private Val tpl(Swc4jAstTpl t) {
        List<String> quasis = new ArrayList<>();
        for (Swc4jAstTplElement q : t.getQuasis()) quasis.add(q.getCooked().orElse(q.getRaw()));
        if (t.getExprs().isEmpty() && quasis.size() == 1) string(quasis.get(0), t.getSpan());
        List<Val> holes = new ArrayList<>();
        for (ISwc4jAstExpr x : t.getExprs()) holes.add(expr(x));
        // fold constant holes
        StringBuilder sb = new StringBuilder(quasis.get(0));
        List<String> q2 = new ArrayList<>();
        List<Val> h2 = new ArrayList<>();
        for (int i = 0; i < holes.size(); i++) {
            String c = Val.constString(holes.get(i));
            if (c != null) sb.append(c).append(quasis.get(i + 1));
            else {
                q2.add(sb.toString());
                h2.add(holes.get(i));
                sb.setLength(0);
                sb.append(quasis.get(i + 1));
            }
        }
        q2.add(sb.toString());
        if (h2.isEmpty()) return new Lit(q2.get(0));
        return new Tpl(List.copyOf(q2), List.copyOf(h2));
    }

    private Val taggedTpl(Swc4jAstTaggedTpl tt) {
        Val tag = expr(tt.getTag());
        Val t = tpl(tt.getTpl());
        // A tagged template is a call of the tag with the template: record it as such, marked tagged.
        List<Val> args = List.of(new Unknown("tagged-template"), t);
        Location l = loc(tt.getSpan());
        fn.calls.add(new CallSite(tag, args, false, l, loc(tt.getTag().getSpan()), List.of(loc(tt.getTpl().getSpan()), loc(tt.getTpl().getSpan()))));
        return new Call(tag, args);
    }

    private Val binary(Swc4jAstBinExpr b) {
        Swc4jAstBinaryOp op = b.getOp();
        if (op == Swc4jAstBinaryOp.Add) {
            // flatten left-leaning chains iteratively: a + b + c + ...
            Deque<ISwc4jAstExpr> operands = new ArrayDeque<>();
            ISwc4jAstExpr cur = b;
            int guard = 0;
            while (cur instanceof Swc4jAstBinExpr be && be.getOp() == Swc4jAstBinaryOp.Add && guard++ < 10_000) {
                operands.push(be.getRight());
                cur = be.getLeft();
            }
            operands.push(cur);
            List<Val> parts = new ArrayList<>();
            for (ISwc4jAstExpr x : operands) {
                Val v = expr(x);
                if (v instanceof Concat c) parts.addAll(c.parts());
                else parts.add(v);
            }
            // fold adjacent constants
            List<Val> folded = new ArrayList<>();
            boolean anyString = false;
            for (Val v : parts) {
                if (v instanceof Lit l && l.value() instanceof String) anyString = true;
                if (v instanceof Tpl) anyString = true;
                String c = Val.constString(v);
                if (c != null && !folded.isEmpty() && Val.constString(folded.get(folded.size() - 1)) != null
                        && (anyString || v instanceof Lit l && l.value() instanceof String)) {
                    folded.set(folded.size() - 1, new Lit(Val.constString(folded.get(folded.size() - 1)) + c));
                } else folded.add(v);
            }
            if (folded.size() == 1) return folded.get(0);
            if (folded.size() > MAX_VAL_ITEMS) {
                // a very long concatenation: its leading text and the distinct parts that carry data
                Val light = Vals.summary(new Concat(List.copyOf(folded)), MAX_INLINE_WEIGHT);
                return light instanceof Concat lc && lc.parts().size() <= MAX_VAL_ITEMS ? light : new Unknown("long-concat");
            }
            return new Concat(List.copyOf(folded));
        }
        Val l = expr(b.getLeft());
        Val r = expr(b.getRight());
        if (op == Swc4jAstBinaryOp.LogicalOr || op == Swc4jAstBinaryOp.NullishCoalescing) return oneOf(l, r);
        if (op == Swc4jAstBinaryOp.LogicalAnd) return r;
        if (op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq || op == Swc4jAstBinaryOp.NotEqEq || op == Swc4jAstBinaryOp.NotEq) {
            compared(b, l, r, op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq);
            lastEquality = new Equality(b, l, op == Swc4jAstBinaryOp.EqEqEq || op == Swc4jAstBinaryOp.EqEq ? "==" : "!=", r);
        }
        // arithmetic on number literals (expiresIn: 60 * 60 * 24): the number
        if (l instanceof Lit la && la.value() instanceof Double x && r instanceof Lit lb && lb.value() instanceof Double y) {
            Double folded = switch (op) {
                case Mul -> x * y;
                case Div -> y != 0 ? x / y : null;
                case Sub -> x - y;
                case Mod -> y != 0 ? x % y : null;
                case Exp -> Math.pow(x, y);
                default -> null;
            };
            if (folded != null && Double.isFinite(folded)) return new Lit(folded);
        }
        return new Unknown("binary:" + op.name());
    }

    private static final int MAX_COMPARES = 64;
    private static final int MAX_NAMES = 128;

    /** Records an equality comparison of the current function (once per place). */
    private void compared(Swc4jAstBinExpr b, Val l, Val r, boolean eq) {
        compared(loc(b.getSpan()), b.getLeft(), l, eq ? "==" : "!=", b.getRight(), r);
    }

    /**
     * Records a comparison of the current function, once per place ({@code at}): {@code left} and {@code right} are the
     * operands as written, {@code l} and {@code r} their values; op "==", "!=" or "case" (a switch case's test).
     */
    private void compared(Location at, ISwc4jAstExpr left, Val l, String op, ISwc4jAstExpr right, Val r) {
        if (fn.compares.size() >= MAX_COMPARES) return;
        for (Fn.Compare c : fn.compares) if (c.location().equals(at)) return;
        fn.compares.add(new Fn.Compare(l, op, r, at, sideName(left), sideName(right), sideKind(left), sideKind(right)));
    }

    /** The name a compared operand is written with: identifier, last property, a header/config key, a callee. */
    private static String sideName(ISwc4jAstExpr e) {
        e = unwrap(e);
        if (e instanceof Swc4jAstOptChainExpr oc && oc.getBase() instanceof ISwc4jAstExpr base) return sideName(base);
        if (e instanceof Swc4jAstOptChainExpr oc && oc.getBase() instanceof Swc4jAstOptCall call) return sideName(call.getCallee());
        if (e instanceof Swc4jAstIdent i) return i.getSym();
        if (e instanceof Swc4jAstMemberExpr m) {
            if (m.getProp() instanceof Swc4jAstIdentName n) return n.getSym();
            if (m.getProp() instanceof Swc4jAstComputedPropName c && unwrap(c.getExpr()) instanceof Swc4jAstStr str) return str.getValue();
            return null;
        }
        if (e instanceof Swc4jAstCallExpr c && c.getCallee() instanceof ISwc4jAstExpr ce) {
            String callee = sideName(ce);
            // req.get('x-api-key'), config.get('API_KEY'), req.header('x-signature'): the key names the value
            if (callee != null && Set.of("get", "header", "getOrThrow", "getHeader").contains(callee) && !c.getArgs().isEmpty()
                    && unwrap(c.getArgs().get(0).getExpr()) instanceof Swc4jAstStr str) return str.getValue();
            return callee;
        }
        return null;
    }

    /** "typeof" for a typeof operand, "length" for x.length / x.size, else null. */
    private static String sideKind(ISwc4jAstExpr e) {
        e = unwrap(e);
        if (isTypeof(e)) return "typeof";
        if (e instanceof Swc4jAstMemberExpr m && m.getProp() instanceof Swc4jAstIdentName n
                && (n.getSym().equals("length") || n.getSym().equals("size") || n.getSym().equals("byteLength"))) return "length";
        return null;
    }

    /** Records that the value spanning {@code value} is named {@code name}, when evaluating it made a call. */
    private void nameCalls(String name, ISwc4jAst value, int callsBefore) {
        if (name == null || value == null || fn.calls.size() == callsBefore || fn.names.size() >= MAX_NAMES) return;
        fn.names.add(new Fn.Named(name, loc(value.getSpan())));
    }

    private Val objectLit(Swc4jAstObjectLit o) {
        Map<String, Val> props = new LinkedHashMap<>();
        int spread = 0;
        for (ISwc4jAstPropOrSpread p : o.getProps()) {
            if (p instanceof Swc4jAstKeyValueProp kv) {
                String k = propName(kv.getKey());
                int callsBefore = fn.calls.size();
                Val v = kv.getValue() instanceof Swc4jAstArrowExpr ae ? nestedArrow(k, ae) : named(k == null ? strContext : k, kv.getValue());
                if (!(kv.getValue() instanceof Swc4jAstArrowExpr)) nameCalls(k, kv.getValue(), callsBefore);
                if (k != null && props.size() < MAX_VAL_ITEMS) props.put(k, v);
            } else if (p instanceof Swc4jAstIdent id) {
                props.put(Names.of(id.getSym()), identVal(id.getSym()));
            } else if (p instanceof Swc4jAstMethodProp mp) {
                String k = propName(mp.getKey());
                Fn f = function(k == null ? "" : k, mp.getFunction(), List.of());
                fn.nested.add(f);
                if (k != null) props.put(k, new FnVal(f));
            } else if (p instanceof Swc4jAstSpreadElement se) {
                Val v = expr(se.getExpr());
                if (v instanceof Obj so) props.putAll(so.props());
                else props.put("..." + (spread++), v);
            } else if (p instanceof Swc4jAstGetterProp g) {
                String k = propName(g.getKey());
                if (k != null) props.put(k, new Unknown("getter"));
            }
        }
        return Val.obj(props);
    }

    private Val namedFn(Fn f) {
        if (!atModuleLevel()) fn.nested.add(f);
        return new FnVal(f);
    }

    private Val nestedArrow(String name, Swc4jAstArrowExpr ae) {
        Fn f = arrow(name == null ? "" : name, ae);
        fn.nested.add(f);
        return new FnVal(f);
    }

    /** The call expression that is the operand of the {@code await} being walked. */
    private ISwc4jAst pendingAwait;

    /** A dependency-injection container's lookups of an instance by its type: get, getAsync, resolve. */
    private static final Set<String> DI_LOOKUPS = Set.of("get", "getAsync", "resolve");
    private static final java.util.regex.Pattern DI_CONTAINER = java.util.regex.Pattern.compile("(?i)(app|di|ioc)?_?(container|injector|kernel)");

    /** Whether the callee is a method of a value named like a dependency-injection container (container.get, app.injector.resolve). */
    private static boolean diContainer(Val callee) {
        List<String> path = new ArrayList<>();
        if (callee instanceof Member m) {
            path.add(String.valueOf(Vals.lastName(m.object())));
            path.add(m.prop());
        } else if (callee instanceof Ref r) {
            path.add(String.valueOf(r.export()));
            path.addAll(r.path());
        } else if (callee instanceof Local l) {
            path.add(l.name());
            path.addAll(l.path());
        } else if (callee instanceof Global g) {
            path.add(g.name());
            path.addAll(g.path());
        }
        return path.size() >= 2 && DI_CONTAINER.matcher(path.get(path.size() - 2)).matches();
    }

    private Val call(ISwc4jAst node, ISwc4jAstCallee calleeNode, List<Swc4jAstExprOrSpread> argNodes, boolean isNew) {
        boolean awaited = node == pendingAwait;
        if (awaited) pendingAwait = null;
        Val callee;
        if (calleeNode instanceof Swc4jAstSuper) callee = new Unknown("super");
        else if (calleeNode instanceof Swc4jAstImport) callee = new Global("import", List.of());
        else callee = expr((ISwc4jAstExpr) calleeNode);
        List<Val> args = new ArrayList<>();
        List<Location> argLocs = new ArrayList<>();
        String calleeName = Vals.lastName(callee);
        String argContext = calleeName == null ? null : calleeName + "()";
        // list.map(request => ..): the callback's first parameter is an element of the list, whatever its name
        boolean element = calleeNode instanceof Swc4jAstMemberExpr cm && cm.getProp() instanceof Swc4jAstIdentName cp
                && ELEMENT_CALLBACKS.contains(cp.getSym());
        for (Swc4jAstExprOrSpread a : argNodes) {
            elementCallback = element && a.getExpr() instanceof Swc4jAstArrowExpr;
            Val v = a.getExpr() instanceof Swc4jAstArrowExpr ae ? nestedArrow("", ae) : named(argContext, a.getExpr());
            elementCallback = false;
            // f(...list): a list literal stays one argument holding its items; so does a list the function was handed
            // (a named parameter, not a rest parameter: its items are what the caller put in the list)
            // (router.post('/x', ...guard, handler) with a module-level const guard = [requireAuth, ...]: the list, as when
            // handed whole, router.use(guard))
            // (router.post('/x', ...withAuth('admin'), handler): a call of a named function, kept as the call, whose
            // returned list a reader that knows the function can list; a method's call (list.map(..)) stays unknown
            if (a.getSpread().isPresent()) v = v instanceof Arr arr ? arr
                    : v instanceof Param sp && sp.path().isEmpty() && sp.name().matches("[A-Za-z_$][\\w$]*") ? v
                    : v instanceof Local sl && sl.path().isEmpty() && symbols.get(sl.name()) instanceof Arr ? v
                    : v instanceof Call sc && (sc.callee() instanceof Local cl && cl.path().isEmpty()
                            || sc.callee() instanceof Ref cr && cr.path().isEmpty()
                            // (const base = (perm) => [auth('CLIENT'), requirePermission(perm)] inside the function that
                            // registers: the call of that arrow)
                            || sc.callee() instanceof FnVal) ? v : new Unknown("spread");
            if (args.size() < MAX_VAL_ITEMS) {
                args.add(v);
                argLocs.add(loc(a.getSpan()));
            }
        }
        // arrays built up with push(): const parts = []; parts.push(`a = $1`); ... parts.join(' AND ')
        if (!isNew && calleeNode instanceof Swc4jAstMemberExpr pm && pm.getObj() instanceof Swc4jAstIdent arrName
                && pm.getProp() instanceof Swc4jAstIdentName pn && (pn.getSym().equals("push") || pn.getSym().equals("unshift"))) {
            Val cur = identVal(arrName.getSym());
            if (cur instanceof Arr arr && arr.items().size() + args.size() <= MAX_VAL_ITEMS) {
                List<Val> items = new ArrayList<>(arr.items());
                for (Val a : args) items.add(allowListed(a));
                rebind(arrName.getSym(), new Arr(List.copyOf(items)));
            }
        }
        // parts.pop() / parts.shift() where the call always runs: the item leaves the array (under a condition it may
        // not, so the array keeps it)
        if (!isNew && args.isEmpty() && calleeNode instanceof Swc4jAstMemberExpr pm && pm.getObj() instanceof Swc4jAstIdent arrName
                && pm.getProp() instanceof Swc4jAstIdentName pn && (pn.getSym().equals("pop") || pn.getSym().equals("shift"))
                && straightTo(arrName.getSym()) && identVal(arrName.getSym()) instanceof Arr arr && !arr.items().isEmpty()) {
            List<Val> items = new ArrayList<>(arr.items());
            items.remove(pn.getSym().equals("pop") ? items.size() - 1 : 0);
            rebind(arrName.getSym(), new Arr(List.copyOf(items)));
        }
        // Hono / Koa style request accessors: c.req.json(), c.req.param('id'), c.req.valid('json')
        Val result = requestAccessor(callee, args, node);
        // formData.get('role') of a body read as a form (const formData = await c.req.formData()): the FormData
        // accessor answers the form's field, body.role ('get' is no field of the body)
        if (result == null && !isNew && Val.formGetter(callee, args)) {
            result = new Req(((Req) callee).part(), List.of(Val.constString(args.get(0))));
        }
        // c.req.json().catch(() => ({})) / .finally(..): the body read, or a fallback when it does not parse
        // (the call hands nothing of the request on: its callee names no request value)
        if (result == null && !isNew && callee instanceof Member pm && pm.object() instanceof Req pq && PROMISE_METHODS.contains(pm.prop())) {
            if (!pm.prop().equals("then")) result = pq;
            callee = new Member(new Unknown("promise"), pm.prop());
        }
        // an inversify / tsyringe container asked for a class by its type: container.get<SubscriptionController>(TYPES.X)
        // answers an instance of that class (its methods are what a route handed `controller.method.bind(controller)` runs)
        if (result == null && !isNew && node instanceof Swc4jAstCallExpr ce && ce.getTypeArgs().isPresent()
                && DI_LOOKUPS.contains(String.valueOf(calleeName)) && diContainer(callee)
                && ce.getTypeArgs().get().getParams().size() == 1
                && ce.getTypeArgs().get().getParams().get(0) instanceof Swc4jAstTsTypeRef tr && tr.getTypeName() instanceof Swc4jAstIdent tn
                && !tr.getTypeParams().isPresent()) {
            Val cls = identVal(tn.getSym());
            if (cls instanceof Ref || cls instanceof ClassRef) result = new New(cls, List.of(), loc(node.getSpan()));
        }
        // NestJS guards and interceptors: context.switchToHttp().getRequest()
        if (result == null && callee instanceof Member gm && gm.prop().equals("getRequest") && gm.object() instanceof Call sc
                && "switchToHttp".equals(Vals.lastName(sc.callee()))) {
            result = new Req("raw", List.of());
        }
        Location l = loc(node.getSpan());
        // one immutable copy of the arguments, shared by the call site and the call's value (both only read it)
        List<Val> argList = List.copyOf(args);
        fn.calls.add(new CallSite(callee, argList, isNew, l, loc(calleeNode.getSpan()), List.copyOf(argLocs), awaited, guardsNow()));
        Integer st = statusOfCall(callee, args);
        if (st != null) fn.statuses.add(st);
        if (st != null && isRejection(st)) fn.rejects++;
        // c.json({ error }, user ? 403 : 401): either status, each a literal
        if (st == null) {
            List<Integer> either = statusesOfChoice(callee, args);
            fn.statuses.addAll(either);
            if (either.stream().anyMatch(TsExtractor::isRejection)) fn.rejects++;
        }
        // next(err): an Express middleware hands an error on instead of continuing; done(err): a Fastify
        // callback hook fails the request
        if (!isNew && callee instanceof Param np && np.path().isEmpty() && (np.name().equals("next") || np.name().equals("done") && fn.takesRequest)
                && args.size() == 1) {
            ISwc4jAstExpr an = argNodes.get(0).getExpr();
            while (an instanceof Swc4jAstParenExpr || an instanceof Swc4jAstTsAsExpr) {
                an = an instanceof Swc4jAstParenExpr pe ? pe.getExpr() : ((Swc4jAstTsAsExpr) an).getExpr();
            }
            // const err = new Error('x'); err.statusCode = 401; done(err)
            Integer assigned = an instanceof Swc4jAstIdent ai ? fn.errorStatuses.get(ai.getSym()) : null;
            Val err = args.get(0);
            if (assigned != null || err instanceof New || err instanceof Call) {
                // next(new AppError('Too many requests', 429)): the error's status is what the client gets
                Integer es = assigned != null ? assigned : statusOfError(err);
                if (es != null) fn.statuses.add(es);
                if (es == null || isRejection(es)) fn.rejects++;
            }
        }
        if (result != null) return result;
        if (isNew) return new New(callee, argList, l);
        Call out = new Call(callee, argList, l);
        // PLANS.get(plan) of a constant Map (new Map([['basic', 5], ..]) with literal keys): the key is kept beside the answer,
        // so a refused miss (if (!limit) throw ..) is known to check it against the Map's keys, as for COMMANDS[key]
        if ("get".equals(Vals.lastName(callee)) && argList.size() == 1 && constantMap(Vals.receiver(callee))) {
            constKeys.put(out, argList.get(0));
        }
        return out;
    }

    /**
     * {@code new Map([['basic', 5], ['pro', 50]])}: a Map built from a literal list of pairs whose keys are literals (also
     * a module-level constant holding one, which uses name as a Local).
     */
    private boolean constantMap(Val v) {
        if (v instanceof Local l && l.path().isEmpty() && topNames.contains(l.name())) v = symbols.get(l.name());
        if (!(v instanceof New n) || !(n.callee() instanceof Global g && g.name().equals("Map") && g.path().isEmpty()) || n.args().size() != 1 || !(n.args().get(0) instanceof Arr pairs)) return false;
        if (pairs.items().isEmpty()) return false;
        for (Val p : pairs.items()) {
            if (!(p instanceof Arr pair) || pair.items().size() != 2 || !(pair.items().get(0) instanceof Lit)) return false;
        }
        return true;
    }

    /**
     * An item pushed only while an allow-list holds a value it is built from ({@code if (ALLOWED.includes(col))
     * parts.push(`${col} = ?`)}): the item, or nothing, chosen by that test (a choice whose other branch is empty text),
     * so readers of the array see which test let it in ({@link Vals#listedChoice}). Any other item as it is.
     */
    private Val allowListed(Val item) {
        for (CallSite.Guard g : guards) {
            if (!g.holds() || !"truthy".equals(g.op()) || !(g.left() instanceof Call c) || c.args().size() != 1
                    || !(c.callee() instanceof Member m) || !Vals.ALLOW_LIST_METHODS.contains(m.prop())
                    || !(m.object() instanceof Arr list) || !Vals.isData(list)) continue;
            Val listed = c.args().get(0);
            if (Vals.anyPart(item, x -> x.equals(listed))) return new OneOf(List.of(item, new Lit("")), new Val.Test(c, "truthy", null, true));
        }
        return item;
    }

    /** Methods of a promise: on the promise a request accessor answers (c.req.json()), not fields of the body. */
    private static final Set<String> PROMISE_METHODS = Set.of("catch", "then", "finally");

    private static ISwc4jAstExpr unparen(ISwc4jAstExpr e) {
        while (e instanceof Swc4jAstParenExpr pe) e = pe.getExpr();
        return e;
    }

    private Val requestAccessor(Val callee, List<Val> args, ISwc4jAst node) {
        // hono/cookie: getCookie(c, 'session'), getSignedCookie(c, secret, 'session'): the request's cookie of that name
        if (callee instanceof Ref cr && "hono/cookie".equals(cr.module()) && cr.path().isEmpty()
                && ("getCookie".equals(cr.export()) || "getSignedCookie".equals(cr.export()))
                && !args.isEmpty() && args.get(0) instanceof Param cp && cp.path().isEmpty()
                && (fn.contextParams.contains(cp.name()) || isContextParamInScope(cp.name()))) {
            int at = "getCookie".equals(cr.export()) ? 1 : 2;
            String name = args.size() > at ? Val.constString(args.get(at)) : null;
            Req r = new Req("cookies", name == null ? List.of() : List.of(name));
            fn.reads.add(new Fn.Read("cookies", loc(node.getSpan()), r));
            return r;
        }
        if (!(callee instanceof Param p) || p.path().size() != 2 || !p.path().get(0).equals("req")) return null;
        if (!fn.contextParams.contains(p.name()) && !isContextParamInScope(p.name())) return null;
        String m = p.path().get(1);
        String part = switch (m) {
            case "json", "parseBody", "formData", "text", "arrayBuffer", "blob" -> "body";
            case "query", "queries" -> "query";
            case "param" -> "params";
            case "header" -> "headers";
            case "valid" -> {
                String target = args.isEmpty() ? null : Val.constString(args.get(0));
                yield "valid:" + (target == null ? "?" : target);
            }
            default -> null;
        };
        if (part == null) return null;
        List<String> path = new ArrayList<>();
        if (!m.equals("valid") && !args.isEmpty() && Val.constString(args.get(0)) != null) path.add(Val.constString(args.get(0)));
        Req r = new Req(part, List.copyOf(path));
        if (!part.startsWith("valid:")) fn.reads.add(new Fn.Read(part, loc(node.getSpan()), r));
        return r;
    }

    private boolean isContextParamInScope(String name) {
        // closures: a nested arrow inside a Hono handler still sees the handler's context parameter
        return name.equals("c") || name.equals("ctx") || name.equals("context");
    }

    /** Response methods: a catch that calls one answers the request (reply.send(err), res.status(500).json(...)). */
    private static final Set<String> ANSWERS = Set.of("send", "json", "status", "code", "sendStatus", "end", "redirect",
            "unauthorized", "forbidden", "text", "body", "html", "writeHead");

    /** A call in a catch that answers the request or hands the error on ({@code next(err)}, {@code done(err)}). */
    private static boolean passesFailureOn(CallSite cs) {
        String m = cs.methodName();
        if (cs.callee() instanceof Param p && p.path().isEmpty()) return !cs.args().isEmpty();
        // handed the response (or the context) to answer: handleTokenError(err, res), sendError(reply, err)
        if (!(cs.callee() instanceof Global) && cs.args().stream().anyMatch(x -> x instanceof Param ap && ap.path().isEmpty())) return true;
        return m != null && ANSWERS.contains(m) && !(cs.callee() instanceof Global);
    }

    private static Integer statusOfCall(Val callee, List<Val> args) {
        String m = Vals.lastName(callee);
        if (m == null) return null;
        // @fastify/sensible: reply.unauthorized(), fastify.httpErrors.forbidden(); http-errors style helpers
        if (m.equals("unauthorized") && !(callee instanceof Global g && g.path().isEmpty())) return 401;
        if (m.equals("forbidden") && !(callee instanceof Global g2 && g2.path().isEmpty())) return 403;
        if ((m.equals("status") || m.equals("code") || m.equals("sendStatus")) && args.size() == 1) return intOf(args.get(0));
        // c.json(x, 429); Response.json(x, { status: 429 }); new Response(body, { status: 429 }); c.newResponse(body, 429)
        if ((m.equals("json") || m.equals("text") || m.equals("body") || m.equals("html") || m.equals("Response") || m.equals("newResponse"))
                && args.size() >= 2) {
            return args.get(1) instanceof Obj init && init.props().get("status") != null ? intOf(init.props().get("status")) : intOf(args.get(1));
        }
        // a project helper that throws the error it is given: throwHttpError({ message, statusCode: 400 })
        if (m.toLowerCase(Locale.ROOT).startsWith("throw") && args.size() == 1 && args.get(0) instanceof Obj o) {
            Val st = o.props().containsKey("statusCode") ? o.props().get("statusCode") : o.props().get("status");
            return st == null ? null : intOf(st);
        }
        return null;
    }

    /** The statuses of an answer whose status is a conditional of literals ({@code c.json(x, user ? 403 : 401)}), else none. */
    private static List<Integer> statusesOfChoice(Val callee, List<Val> args) {
        String m = Vals.lastName(callee);
        if (m == null) return List.of();
        Val st = null;
        if ((m.equals("status") || m.equals("code")) && args.size() == 1) st = args.get(0);
        else if ((m.equals("json") || m.equals("text") || m.equals("body") || m.equals("html")) && args.size() >= 2) st = args.get(1);
        if (!(st instanceof OneOf o) || o.test() == null || o.options().size() != 2) return List.of();
        List<Integer> out = new ArrayList<>();
        for (Val x : o.options()) {
            Integer i = x instanceof Lit ? intOf(x) : null;
            if (i == null) return List.of();
            out.add(i);
        }
        return out;
    }

    /** The status an error value handed on carries: new AppError(msg, 429), Object.assign(new Error(), { statusCode: 401 }). */
    private static Integer statusOfError(Val err) {
        if (err instanceof New n) return statusOfThrown(Vals.lastName(n.callee()), n.args());
        if (!(err instanceof Call c)) return null;
        if ("assign".equals(Vals.lastName(c.callee())) && c.callee() instanceof Global g && g.name().equals("Object")) {
            for (Val a : c.args()) {
                if (a instanceof Obj o && (o.props().get("statusCode") != null || o.props().get("status") != null)) {
                    return intOf(o.props().get("statusCode") != null ? o.props().get("statusCode") : o.props().get("status"));
                }
            }
            return c.args().isEmpty() ? null : statusOfError(c.args().get(0));
        }
        return statusOfThrown(Vals.lastName(c.callee()), c.args());
    }

    /** An error class named with its status (compiled once: String.matches compiled it for every error made). */
    private static final java.util.regex.Pattern STATUS_NAMED_ERROR = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*_[45][0-9][0-9]");

    private static Integer statusOfThrown(String type, List<Val> args) {
        if (type == null) return null;
        // error classes named with their status (@fastify/error style): new UNAUTHORIZED_ACCESS_401('...')
        if (STATUS_NAMED_ERROR.matcher(type).matches()) return Integer.parseInt(type.substring(type.length() - 3));
        return switch (type) {
            case "UnauthorizedException", "UnauthorizedError", "AuthenticationError" -> 401;
            case "ForbiddenException", "ForbiddenError" -> 403;
            case "BadRequestException", "ValidationError" -> 400;
            case "NotFoundException" -> 404;
            case "HTTPException", "HttpException", "HttpError", "createError", "createHttpError" ->
                    args.isEmpty() ? null : intOf(args.get(0)) != null ? intOf(args.get(0)) : args.size() > 1 ? intOf(args.get(1)) : null;
            case "Unauthorized" -> 401;
            case "Forbidden" -> 403;
            // the project's own error classes: new ApiError(429, ...) / new AppError('Not found', 404) / new
            // HttpError('auth', 'Unauthorized', 401) (a status literal further on: 4xx/5xx only, a count or code is no status)
            // ... or new DashboardError({ message, statusCode: 401 }): the status key of the options object it is handed
            default -> (type.endsWith("Error") || type.endsWith("Exception")) && !args.isEmpty()
                    ? intOf(args.get(0)) != null ? intOf(args.get(0)) : args.size() > 1 && intOf(args.get(1)) != null ? intOf(args.get(1))
                    : args.get(0) instanceof Obj o && optionsStatus(o) != null ? optionsStatus(o)
                    : errorStatusLiteral(args.subList(Math.min(2, args.size()), Math.min(4, args.size()))) : null;
        };
    }

    /** The 4xx/5xx literal under statusCode / status of an error's options object, or null. */
    private static Integer optionsStatus(Obj o) {
        Val v = o.props().get("statusCode") != null ? o.props().get("statusCode") : o.props().get("status");
        if (!(v instanceof Lit l) || !(l.value() instanceof Double d) || d < 400 || d >= 600 || d != Math.floor(d)) return null;
        return d.intValue();
    }

    /** The first 4xx/5xx integer literal among {@code args}, or null. */
    private static Integer errorStatusLiteral(List<Val> args) {
        for (Val a : args) {
            if (a instanceof Lit l && l.value() instanceof Double d && d >= 400 && d < 600 && d == Math.floor(d)) return d.intValue();
        }
        return null;
    }

    /**
     * The status of a static error factory of a project error class: {@code AppError.unauthorized(msg)} 401,
     * {@code ApiError.forbidden()} 403; null otherwise.
     */
    private static Integer statusOfErrorFactory(Val callee) {
        if (!(callee instanceof Member m)) return null;
        String owner = Vals.lastName(m.object());
        if (owner == null || !(owner.endsWith("Error") || owner.endsWith("Exception") || owner.endsWith("Errors"))) return null;
        return switch (m.prop()) {
            case "unauthorized", "unauthorised", "unauthenticated" -> 401;
            case "forbidden" -> 403;
            default -> null;
        };
    }

    /** A status that turns bad input away (authentication, authorization and rate limiting are not validation). */
    /** Verdict keys a result object answers a refused input with. */
    private static final Set<String> VERDICT_KEYS = Set.of("valid", "isValid", "success", "ok");

    /** {@code { valid: false, ... }}, {@code { success: false, error }}: an object literal whose verdict key is the literal false. */
    private boolean failureVerdict(ISwc4jAstExpr e) {
        if (!(unwrap(e) instanceof Swc4jAstObjectLit o)) return false;
        for (var p : o.getProps()) {
            String key = p instanceof Swc4jAstKeyValueProp kv0 ? propName(kv0.getKey()) : null;
            if (key != null && p instanceof Swc4jAstKeyValueProp kv && VERDICT_KEYS.contains(key)
                    && unwrap(kv.getValue()) instanceof Swc4jAstBool b && !b.isValue()) return true;
        }
        return false;
    }

    private static boolean isRejection(int status) {
        return status >= 400 && status < 500 && status != 401 && status != 403 && status != 429;
    }

    private static Integer intOf(Val v) {
        if (v instanceof Lit l && l.value() instanceof Double d && d >= 100 && d < 600) return d.intValue();
        // http-status / http-status-codes constants: httpStatus.BAD_REQUEST, StatusCodes.UNPROCESSABLE_ENTITY
        String n = Vals.lastName(v);
        if (n != null && (v instanceof Ref || v instanceof Local || v instanceof Global)) {
            switch (n) {
                case "BAD_REQUEST" -> { return 400; }
                case "NOT_FOUND" -> { return 404; }
                case "CONFLICT" -> { return 409; }
                case "UNPROCESSABLE_ENTITY" -> { return 422; }
                // HttpStatus.TOO_MANY_REQUESTS (NestJS), StatusCodes.TOO_MANY_REQUESTS
                case "TOO_MANY_REQUESTS" -> { return 429; }
                default -> { }
            }
        }
        if (v instanceof Ref r && r.path().size() == 1 && r.path().get(0).equals("UNAUTHORIZED")) return 401;
        if (v instanceof Ref r && r.path().size() == 1 && r.path().get(0).equals("FORBIDDEN")) return 403;
        return null;
    }

    // ------------------------------------------------------------------ locations

    Location loc(Swc4jSpan span) {
        int s = span.getStart();
        int e = Math.max(s, span.getEnd());
        long start = lines.lineColumn(s);
        long end = lines.lineColumn(e);
        return new Location(path, (int) (start >>> 32), (int) start, (int) (end >>> 32), (int) end, null);
    }
}
