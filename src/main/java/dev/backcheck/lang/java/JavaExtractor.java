package dev.backcheck.lang.java;

import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.*;
import com.github.javaparser.ast.expr.*;
import com.github.javaparser.ast.stmt.*;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;

/**
 * Java source to {@link FileFacts}, in the shapes the TypeScript front end gives (see lang/facts):
 * <ul>
 *   <li>imports: {@code import a.b.C} is {@code Import(C, "a.b", "C")} (module = package, export = class), so a
 *       library type's qualified name reads {@code a.b.C.method}; {@code import static a.b.C.m} binds symbol
 *       {@code m} to {@code Ref(a.b, C, [m])}; the file's package is symbol {@link #PACKAGE};</li>
 *   <li>classes, interfaces, enums and records (nested ones too) as {@link ClassInfo}; annotations as
 *       {@link Decorator}s whose args are {@code [value]} for {@code @A(v)} and {@code [Obj{name: v}]} for
 *       {@code @A(name = v, ...)}; constructors as methods named {@code constructor}; constructor parameters
 *       (the longest constructor, record components, or the fields Lombok's {@code @RequiredArgsConstructor} /
 *       {@code @AllArgsConstructor} injects);</li>
 *   <li>methods as {@link Fn} with parameters (type, annotations), calls with their enclosing {@code if} tests,
 *       returns, thrown types, try/catch, loops, lambdas and anonymous class methods as nested functions;</li>
 *   <li>values: literals, text blocks, {@code +} as Concat (all-literal parts folded), {@code String.format} with a
 *       constant format as Tpl, StringBuilder appends as Concat, locals inlined, {@code static final} constants
 *       folded (those of another file reach {@code Member(ClassRef(C), F)}: see {@link #constant});</li>
 *   <li>receiver types without a symbol solver: a call on a field, parameter or local whose declared type names a
 *       class ({@code jdbcTemplate.query(..)}, {@code stmt.executeQuery(..)}, a constructor-injected service) gets
 *       the callee {@code Ref(package, Type, [method])}, the package from the imports, {@code java.lang}, a
 *       wildcard import or the file's own package; strings, boxed values and collections keep their value (a
 *       parameter stays a Param for the flow engine). A symbol solver would add inherited members, return types of
 *       chained calls and overloads at a large cost per file; the declared types answer what the rules ask
 *       (which library a call goes to; which project class a field holds);</li>
 *   <li>servlet request reads ({@code request.getParameter("q")}, getHeader, getCookies, getQueryString,
 *       getInputStream/getReader) as {@link Val.Req} values and {@link Fn.Read}s.</li>
 * </ul>
 */
public final class JavaExtractor {
    /** The symbol holding the file's package name (a Lit). */
    public static final String PACKAGE = "*package*";
    /** The packages the file imports with {@code import a.b.*} (symbol value: an array of their names). */
    public static final String WILDCARDS = "*wildcards*";

    private static final Set<String> JAVA_LANG = Set.of("String", "Object", "Integer", "Long", "Short", "Byte", "Double",
            "Float", "Boolean", "Character", "Math", "System", "Runtime", "Thread", "Class", "ClassLoader", "Process",
            "ProcessBuilder", "StringBuilder", "StringBuffer", "Exception", "RuntimeException", "Error", "Throwable",
            "IllegalArgumentException", "IllegalStateException", "NullPointerException", "Iterable", "CharSequence",
            "Number", "Enum", "Record", "Void", "SecurityException", "UnsupportedOperationException", "StrictMath",
            "InterruptedException", "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs");
    /** Types whose values keep their own shape as call receivers (a String parameter stays a Param). */
    private static final Set<String> VALUE_TYPES = Set.of("String", "CharSequence", "Object", "Integer", "Long", "Short",
            "Byte", "Double", "Float", "Boolean", "Character", "Number", "List", "ArrayList", "LinkedList", "Map", "HashMap",
            "LinkedHashMap", "TreeMap", "Set", "HashSet", "LinkedHashSet", "TreeSet", "Collection", "Optional", "Iterable",
            "Stream", "MultiValueMap", "JsonNode", "var", "int", "long", "short", "byte", "double", "float", "boolean", "char");
    /** Well-known members of wildcard-imported packages (to pick the right one of several {@code .*} imports). */
    private static final Map<String, Set<String>> WILDCARD_MEMBERS = Map.of(
            "java.util", Set.of("List", "Map", "Set", "ArrayList", "HashMap", "Optional", "UUID", "Random", "Collections", "Arrays", "Objects", "Base64"),
            "java.io", Set.of("File", "FileInputStream", "FileOutputStream", "InputStream", "OutputStream", "ObjectInputStream", "IOException", "BufferedReader", "InputStreamReader", "PrintWriter"),
            "java.sql", Set.of("Connection", "Statement", "PreparedStatement", "ResultSet", "DriverManager", "SQLException"),
            "org.springframework.web.bind.annotation", Set.of("RestController", "Controller", "RequestMapping", "GetMapping", "PostMapping",
                    "PutMapping", "DeleteMapping", "PatchMapping", "RequestBody", "RequestParam", "PathVariable", "RequestHeader",
                    "CookieValue", "ResponseStatus", "CrossOrigin", "ExceptionHandler", "ControllerAdvice", "RestControllerAdvice", "RequestMethod", "ModelAttribute", "ResponseBody"),
            "javax.ws.rs", Set.of("Path", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PathParam", "QueryParam", "HeaderParam", "FormParam", "CookieParam", "Produces", "Consumes"),
            "jakarta.ws.rs", Set.of("Path", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "PathParam", "QueryParam", "HeaderParam", "FormParam", "CookieParam", "Produces", "Consumes"));
    private static final Map<String, Integer> HTTP_STATUS = Map.ofEntries(
            Map.entry("BAD_REQUEST", 400), Map.entry("UNAUTHORIZED", 401), Map.entry("FORBIDDEN", 403), Map.entry("NOT_FOUND", 404),
            Map.entry("CONFLICT", 409), Map.entry("UNPROCESSABLE_ENTITY", 422), Map.entry("UNPROCESSABLE_CONTENT", 422),
            Map.entry("TOO_MANY_REQUESTS", 429), Map.entry("INTERNAL_SERVER_ERROR", 500), Map.entry("CREATED", 201),
            Map.entry("NO_CONTENT", 204), Map.entry("OK", 200));
    private static final int MAX_RETURNS = 8;

    private final String path;
    private final String code;
    private String pkg = "";
    private final Map<String, String> importPkg = new HashMap<>();
    private final List<String> wildcards = new ArrayList<>();
    private final Map<String, Import> imports = new LinkedHashMap<>();
    private final Map<String, Val> symbols = new LinkedHashMap<>();
    private final Map<String, Val> exports = new LinkedHashMap<>();
    private final Map<String, ClassInfo> classes = new LinkedHashMap<>();
    private final Set<String> fileTypes = new HashSet<>();
    /** Folded static final constants: "Class.FIELD" → value. */
    private final Map<String, Val> constants = new HashMap<>();
    private final FnBuilder main;

    JavaExtractor(String path, String code) {
        this.path = path;
        this.code = code;
        this.main = new FnBuilder("", List.of(), Location.at(path, 1, 1), List.of());
    }

    FileFacts extract(CompilationUnit cu) {
        cu.getPackageDeclaration().ifPresent(p -> pkg = p.getNameAsString());
        symbols.put(PACKAGE, new Lit(pkg));
        for (ImportDeclaration i : cu.getImports()) importDecl(i);
        if (!wildcards.isEmpty()) symbols.put(WILDCARDS, new Arr(wildcards.stream().map(w -> (Val) new Lit(w)).toList()));
        for (TypeDeclaration<?> t : cu.getTypes()) collectTypes(t, "");
        // constants first (a method may use one declared below it), to a fixed point for constants built from constants
        for (int round = 0; round < 4; round++) {
            int before = constants.size();
            for (TypeDeclaration<?> t : cu.getTypes()) collectConstants(t);
            if (constants.size() == before) break;
        }
        constants.forEach(symbols::put);
        for (TypeDeclaration<?> t : cu.getTypes()) type(t, null, "");
        List<FileFacts.Comment> comments = new ArrayList<>();
        for (com.github.javaparser.ast.comments.Comment c : cu.getAllContainedComments()) {
            Range r = c.getRange().orElse(null);
            if (r == null) continue;
            comments.add(new FileFacts.Comment(r.begin.line, r.end.line, c.getContent()));
        }
        cu.getComment().ifPresent(c -> c.getRange().ifPresent(r -> comments.add(0, new FileFacts.Comment(r.begin.line, r.end.line, c.getContent()))));
        comments.sort(Comparator.comparingInt(FileFacts.Comment::line));
        TreeSet<FileFacts.Span> spans = new TreeSet<>(Comparator.comparingInt(FileFacts.Span::line).thenComparingInt(FileFacts.Span::endLine));
        for (Statement s : cu.findAll(Statement.class)) {
            Range r = s.getRange().orElse(null);
            if (r != null && r.end.line > r.begin.line && !(s instanceof BlockStmt)) spans.add(new FileFacts.Span(r.begin.line, r.end.line));
        }
        int lines = code.isEmpty() ? 0 : (int) code.chars().filter(ch -> ch == '\n').count() + (code.endsWith("\n") ? 0 : 1);
        return new FileFacts(path, "java", Collections.unmodifiableMap(imports), Collections.unmodifiableMap(symbols),
                Collections.unmodifiableMap(exports), List.of(), main.build(path), Collections.unmodifiableMap(classes), lines,
                List.copyOf(comments), List.copyOf(spans), strings(cu));
    }

    // ------------------------------------------------------------------ imports and type names

    private void importDecl(ImportDeclaration i) {
        String name = i.getNameAsString();
        Location loc = loc(i);
        if (i.isAsterisk()) {
            if (!i.isStatic()) wildcards.add(name);
            return;
        }
        int dot = name.lastIndexOf('.');
        if (dot < 0) return;
        String owner = name.substring(0, dot), simple = name.substring(dot + 1);
        if (i.isStatic()) {
            int d2 = owner.lastIndexOf('.');
            if (d2 < 0) return;
            symbols.put(simple, new Ref(owner.substring(0, d2), owner.substring(d2 + 1), List.of(simple)));
            return;
        }
        importPkg.put(simple, owner);
        imports.put(simple, new Import(simple, owner, simple, loc));
    }

    /** The package a simple type name (as written, maybe {@code Outer.Inner}) belongs to. */
    private String packageOf(String simple) {
        String head = simple.contains(".") ? simple.substring(0, simple.indexOf('.')) : simple;
        String p = importPkg.get(head);
        if (p != null) return p;
        if (fileTypes.contains(head)) return pkg;
        if (JAVA_LANG.contains(head)) return "java.lang";
        String guess = null;
        for (String w : wildcards) {
            Set<String> known = WILDCARD_MEMBERS.get(w);
            if (known != null && known.contains(head)) return w;
            if (known == null && guess == null) guess = w;
        }
        if (guess != null && wildcards.stream().filter(w -> !WILDCARD_MEMBERS.containsKey(w)).count() == 1) return guess;
        return pkg;
    }

    /** A value naming type {@code simple}: the file's own class, else {@code Ref(package, Type)}. */
    private Val typeRef(String simple) {
        if (simple == null) return Val.UNKNOWN;
        int dot = simple.indexOf('.');
        String head = dot < 0 ? simple : simple.substring(0, dot);
        List<String> rest = dot < 0 ? List.of() : List.of(simple.substring(dot + 1).split("\\."));
        if (fileTypes.contains(head)) return new Local(head, rest);
        return new Ref(packageOf(head), head, rest);
    }

    private static String typeName(Type t) {
        if (t == null) return null;
        if (t instanceof ClassOrInterfaceType c) return c.getNameAsString();
        if (t.isVarType()) return "var";
        if (t.isUnknownType()) return null;
        if (t.isArrayType()) {
            String e = typeName(t.asArrayType().getComponentType());
            return e == null ? null : e + "[]";
        }
        return t.asString();
    }

    // ------------------------------------------------------------------ types

    private void collectTypes(TypeDeclaration<?> t, String outer) {
        String name = t.getNameAsString();
        fileTypes.add(name);
        for (BodyDeclaration<?> m : t.getMembers()) if (m instanceof TypeDeclaration<?> nested) collectTypes(nested, outer + name + ".");
    }

    private void collectConstants(TypeDeclaration<?> t) {
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof TypeDeclaration<?> nested) collectConstants(nested);
            if (!(m instanceof FieldDeclaration f)) continue;
            boolean isConst = f.isStatic() && f.isFinal() || t instanceof ClassOrInterfaceDeclaration c && c.isInterface();
            if (!isConst) continue;
            for (VariableDeclarator v : f.getVariables()) {
                if (v.getInitializer().isEmpty()) continue;
                Val val = constantValue(v.getInitializer().get(), t.getNameAsString());
                if (val != null) constants.put(t.getNameAsString() + "." + v.getNameAsString(), val);
            }
        }
    }

    /** The folded value of a constant initializer (literals, other constants, + of those, arrays of those), or null. */
    private Val constantValue(Expression e, String cls) {
        if (e instanceof StringLiteralExpr s) return new Lit(s.asString());
        if (e instanceof TextBlockLiteralExpr tb) return new Lit(tb.asString());
        if (e instanceof IntegerLiteralExpr i) return num(i.getValue());
        if (e instanceof LongLiteralExpr l) return num(l.getValue().replaceAll("[lL]$", ""));
        if (e instanceof BooleanLiteralExpr b) return new Lit(b.getValue());
        if (e instanceof CharLiteralExpr c) return new Lit(c.getValue());
        if (e instanceof EnclosedExpr en) return constantValue(en.getInner(), cls);
        if (e instanceof CastExpr ce) return constantValue(ce.getExpression(), cls);
        if (e instanceof NameExpr n) {
            Val own = constants.get(cls + "." + n.getNameAsString());
            if (own != null) return own;
            // a constant of another file through a static import: its reference, resolved across files later
            Val sym = symbols.get(n.getNameAsString());
            return sym instanceof Ref ? sym : null;
        }
        if (e instanceof FieldAccessExpr fa && fa.getScope() instanceof NameExpr sc) {
            Val own = constants.get(sc.getNameAsString() + "." + fa.getNameAsString());
            if (own != null) return own;
            String t = sc.getNameAsString();
            if (!fileTypes.contains(t) && !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && fa.getNameAsString().matches("[A-Z][A-Z0-9_]*")) {
                return Val.member(typeRef(t), fa.getNameAsString()); // OtherClass.CONSTANT
            }
            return null;
        }
        if (e instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.PLUS) {
            Val l = constantValue(b.getLeft(), cls), r = constantValue(b.getRight(), cls);
            if (l == null || r == null) return null;
            if (l instanceof Lit ll && ll.value() instanceof Double a && r instanceof Lit rl && rl.value() instanceof Double b2) return new Lit(a + b2);
            return fold(List.of(l, r));
        }
        if (e instanceof BinaryExpr b) {
            Val l = constantValue(b.getLeft(), cls), r = constantValue(b.getRight(), cls);
            return l == null || r == null ? null : arithmetic(b.getOperator(), l, r);
        }
        if (e instanceof ArrayInitializerExpr a) {
            List<Val> items = new ArrayList<>();
            for (Expression x : a.getValues()) {
                Val v = constantValue(x, cls);
                if (v == null) return null;
                items.add(v);
            }
            return new Arr(List.copyOf(items));
        }
        return null;
    }

    private static Val num(String text) {
        try {
            String t = text.replace("_", "");
            if (t.startsWith("0x") || t.startsWith("0X")) return new Lit((double) Long.parseLong(t.substring(2), 16));
            return new Lit(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return new Unknown("number");
        }
    }

    /** One class-like declaration: its facts, and its nested types. */
    private void type(TypeDeclaration<?> t, ClassScope outer, String prefix) {
        String name = t.getNameAsString();
        ClassScope cs = new ClassScope(name, outer);
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) cs.fields.put(v.getNameAsString(), typeName(v.getType()));
            }
        }
        if (t instanceof RecordDeclaration rd) for (Parameter p : rd.getParameters()) cs.fields.put(p.getNameAsString(), typeName(p.getType()));
        List<Decorator> decorators = decorators(t.getAnnotations(), null);
        Val superClass = null;
        List<Val> implemented = new ArrayList<>();
        if (t instanceof ClassOrInterfaceDeclaration c) {
            if (c.isInterface()) for (ClassOrInterfaceType x : c.getExtendedTypes()) implemented.add(typeRef(x.getNameAsString()));
            else {
                if (!c.getExtendedTypes().isEmpty()) superClass = typeRef(c.getExtendedTypes().get(0).getNameAsString());
                for (ClassOrInterfaceType x : c.getImplementedTypes()) implemented.add(typeRef(x.getNameAsString()));
            }
        } else if (t instanceof RecordDeclaration rd) {
            for (ClassOrInterfaceType x : rd.getImplementedTypes()) implemented.add(typeRef(x.getNameAsString()));
        } else if (t instanceof EnumDeclaration ed) {
            for (ClassOrInterfaceType x : ed.getImplementedTypes()) implemented.add(typeRef(x.getNameAsString()));
        }
        List<Fn> methods = new ArrayList<>();
        List<ClassInfo.Prop> props = new ArrayList<>();
        List<Fn.Param> ctorParams = new ArrayList<>();
        int ctorArity = -1;
        for (BodyDeclaration<?> m : t.getMembers()) {
            if (m instanceof MethodDeclaration md) {
                methods.add(function(md.getNameAsString(), md.getParameters(), md.getBody().orElse(null), null, md, md.getAnnotations(), cs, null));
            } else if (m instanceof ConstructorDeclaration cd) {
                Fn ctor = function("constructor", cd.getParameters(), cd.getBody(), null, cd, cd.getAnnotations(), cs, null);
                methods.add(ctor);
                if (cd.getParameters().size() > ctorArity) {
                    ctorArity = cd.getParameters().size();
                    ctorParams = new ArrayList<>(ctor.params());
                }
            } else if (m instanceof CompactConstructorDeclaration cc) {
                methods.add(function("constructor", new NodeList<>(), cc.getBody(), null, cc, cc.getAnnotations(), cs, null));
            } else if (m instanceof FieldDeclaration f) {
                for (VariableDeclarator v : f.getVariables()) {
                    Val value = null;
                    if (v.getInitializer().isPresent()) {
                        Val folded = constants.get(name + "." + v.getNameAsString());
                        FnScope init = new FnScope(main, cs, null);
                        value = folded != null ? folded : val(v.getInitializer().get(), init);
                    }
                    props.add(new ClassInfo.Prop(v.getNameAsString(), typeName(v.getType()), decorators(f.getAnnotations(), null), value, loc(v)));
                }
            } else if (m instanceof InitializerDeclaration init) {
                stmt(init.getBody(), new FnScope(main, cs, null));
            } else if (m instanceof EnumConstantDeclaration ec) {
                FnScope init = new FnScope(main, cs, null);
                for (Expression a : ec.getArguments()) val(a, init);
            }
        }
        if (t instanceof EnumDeclaration ed) {
            for (EnumConstantDeclaration ec : ed.getEntries()) {
                FnScope init = new FnScope(main, cs, null);
                for (Expression a : ec.getArguments()) val(a, init);
                props.add(new ClassInfo.Prop(ec.getNameAsString(), name, decorators(ec.getAnnotations(), null), null, loc(ec)));
            }
        }
        if (t instanceof RecordDeclaration rd) {
            ctorParams = new ArrayList<>();
            for (Parameter p : rd.getParameters()) {
                Fn.Param fp = new Fn.Param(p.getNameAsString(), typeName(p.getType()), decorators(p.getAnnotations(), null), loc(p));
                ctorParams.add(fp);
                props.add(new ClassInfo.Prop(p.getNameAsString(), typeName(p.getType()), fp.decorators(), null, loc(p)));
            }
        } else if (ctorArity < 0) {
            // Lombok writes the constructor: @RequiredArgsConstructor takes the final fields without initializer,
            // @AllArgsConstructor every instance field
            boolean required = decorators.stream().anyMatch(d -> d.name().equals("RequiredArgsConstructor"));
            boolean all = decorators.stream().anyMatch(d -> d.name().equals("AllArgsConstructor"));
            if (required || all) {
                for (BodyDeclaration<?> m : t.getMembers()) {
                    if (!(m instanceof FieldDeclaration f) || f.isStatic()) continue;
                    for (VariableDeclarator v : f.getVariables()) {
                        if (all || f.isFinal() && v.getInitializer().isEmpty()) {
                            ctorParams.add(new Fn.Param(v.getNameAsString(), typeName(v.getType()), decorators(f.getAnnotations(), null), loc(v)));
                        }
                    }
                }
            }
        }
        ClassInfo info = new ClassInfo(name, loc(t), decorators, superClass, List.copyOf(implemented), List.copyOf(ctorParams),
                List.copyOf(methods), List.copyOf(props), path);
        classes.putIfAbsent(name, info);
        exports.putIfAbsent(prefix + name, new ClassRef(name));
        if (!prefix.isEmpty()) exports.putIfAbsent(name, new ClassRef(name));
        for (BodyDeclaration<?> m : t.getMembers()) if (m instanceof TypeDeclaration<?> nested) type(nested, cs, prefix + name + ".");
    }

    private List<Decorator> decorators(NodeList<AnnotationExpr> as, FnScope scope) {
        if (as.isEmpty()) return List.of();
        List<Decorator> out = new ArrayList<>();
        for (AnnotationExpr a : as) {
            String name = a.getName().getIdentifier();
            Val callee = a.getName().getQualifier().isPresent() ? qualified(a.getNameAsString()) : typeRef(name);
            List<Val> args = new ArrayList<>();
            FnScope s = scope != null ? scope : new FnScope(new FnBuilder("", List.of(), loc(a), List.of()), null, null);
            if (a instanceof SingleMemberAnnotationExpr sm) args.add(val(sm.getMemberValue(), s));
            else if (a instanceof NormalAnnotationExpr na) {
                Map<String, Val> props = new LinkedHashMap<>();
                for (MemberValuePair p : na.getPairs()) props.put(p.getNameAsString(), val(p.getValue(), s));
                args.add(Val.obj(props));
            }
            out.add(new Decorator(name, callee, List.copyOf(args), loc(a)));
        }
        return List.copyOf(out);
    }

    /** A fully qualified name written in code ({@code org.x.Y}): its Ref. */
    private static Val qualified(String dotted) {
        String[] parts = dotted.split("\\.");
        int cls = -1;
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                cls = i;
                break;
            }
        }
        if (cls <= 0) return new Global(parts[0], List.of(Arrays.copyOfRange(parts, 1, parts.length)));
        return new Ref(String.join(".", Arrays.copyOfRange(parts, 0, cls)), parts[cls],
                List.of(Arrays.copyOfRange(parts, cls + 1, parts.length)));
    }

    // ------------------------------------------------------------------ functions

    /** The fields of a class being extracted, with its enclosing class. */
    private static final class ClassScope {
        final String name;
        final ClassScope outer;
        final Map<String, String> fields = new HashMap<>();

        ClassScope(String name, ClassScope outer) {
            this.name = name;
            this.outer = outer;
        }
    }

    /** A local variable: declared type (null when unknown) and current value. */
    private record LocalVar(String type, Val value) { }

    /** The scopes of one function body; {@code parent} is the enclosing function of a lambda. */
    private final class FnScope {
        final FnBuilder fn;
        final ClassScope cls;
        final FnScope parent;
        final Map<String, Integer> params = new HashMap<>();
        final Map<String, String> paramTypes = new HashMap<>();
        final Deque<Map<String, LocalVar>> locals = new ArrayDeque<>();
        final List<CallSite.Guard> guards = new ArrayList<>();
        boolean quiet;

        FnScope(FnBuilder fn, ClassScope cls, FnScope parent) {
            this.fn = fn;
            this.cls = cls;
            this.parent = parent;
            locals.push(new HashMap<>());
            if (parent != null) guards.addAll(parent.guards);
        }

        LocalVar local(String name) {
            for (Map<String, LocalVar> m : locals) {
                LocalVar v = m.get(name);
                if (v != null) return v;
            }
            return null;
        }

        void set(String name, LocalVar v) {
            for (Map<String, LocalVar> m : locals) {
                if (m.containsKey(name)) {
                    m.put(name, v);
                    return;
                }
            }
            if (parent != null && parent.local(name) != null) return; // captured: effectively final
            locals.peek().put(name, v);
        }

        String fieldType(String name) {
            for (ClassScope c = cls; c != null; c = c.outer) if (c.fields.containsKey(name)) return c.fields.get(name);
            return null;
        }

        boolean isField(String name) {
            for (ClassScope c = cls; c != null; c = c.outer) if (c.fields.containsKey(name)) return true;
            return false;
        }

        Val constant(String name) {
            for (ClassScope c = cls; c != null; c = c.outer) {
                Val v = constants.get(c.name + "." + name);
                if (v != null) return v;
            }
            return null;
        }
    }

    /** Collects one function's facts. */
    private static final class FnBuilder {
        final String name;
        final List<Fn.Param> params;
        final Location location;
        final List<Decorator> decorators;
        final List<CallSite> calls = new ArrayList<>();
        final List<Fn.Read> reads = new ArrayList<>();
        final List<Val> returns = new ArrayList<>();
        final TreeSet<Integer> statuses = new TreeSet<>();
        final List<Fn> nested = new ArrayList<>();
        final List<String> throwsTypes = new ArrayList<>();
        final List<Fn.Catch> catches = new ArrayList<>();
        final List<Fn.Loop> loops = new ArrayList<>();
        final List<Fn.Named> names = new ArrayList<>();
        final List<Fn.Check> checks = new ArrayList<>();

        FnBuilder(String name, List<Fn.Param> params, Location location, List<Decorator> decorators) {
            this.name = name;
            this.params = params;
            this.location = location;
            this.decorators = decorators;
        }

        Fn build(String file) {
            return new Fn(name, List.copyOf(params), false, location, List.copyOf(calls), List.copyOf(reads), List.copyOf(returns),
                    List.copyOf(statuses), List.copyOf(nested), List.copyOf(throwsTypes), decorators, file, List.copyOf(checks), List.of(),
                    List.of(), List.of(), List.of(), List.copyOf(catches), List.copyOf(loops), List.of(), List.copyOf(names));
        }
    }

    private Fn function(String name, NodeList<Parameter> ps, Node body, Expression exprBody, Node at, NodeList<AnnotationExpr> annotations,
                        ClassScope cls, FnScope parent) {
        List<Fn.Param> params = new ArrayList<>();
        for (Parameter p : ps) params.add(new Fn.Param(p.getNameAsString(), typeName(p.getType()), decorators(p.getAnnotations(), null), loc(p)));
        FnBuilder b = new FnBuilder(name, params, loc(at), annotations == null ? List.of() : decorators(annotations, null));
        FnScope s = new FnScope(b, cls, parent);
        for (int i = 0; i < ps.size(); i++) {
            String n = ps.get(i).getNameAsString();
            s.params.put(n, i);
            String ty = typeName(ps.get(i).getType());
            s.paramTypes.put(n, ty);
        }
        if (body instanceof Statement st) stmt(st, s);
        if (exprBody != null) {
            Val r = val(exprBody, s);
            if (b.returns.size() < MAX_RETURNS) b.returns.add(r);
        }
        return b.build(path);
    }

    // ------------------------------------------------------------------ statements

    private void stmt(Statement s, FnScope c) {
        if (s == null) return;
        if (s instanceof BlockStmt b) {
            c.locals.push(new HashMap<>());
            int n = c.guards.size();
            for (Statement x : b.getStatements()) {
                stmt(x, c);
                // if (!ok) return/throw ...; the rest of the block runs only when the test failed (an early exit)
                if (x instanceof IfStmt i && i.getElseStmt().isEmpty() && exits(i.getThenStmt())) {
                    boolean q = c.quiet;
                    c.quiet = true;
                    List<CallSite.Guard> no = guards(i.getCondition(), false, c);
                    rejects(i.getCondition(), c);
                    c.quiet = q;
                    c.guards.addAll(no);
                }
            }
            trim(c.guards, n);
            c.locals.pop();
        } else if (s instanceof ExpressionStmt e) {
            val(e.getExpression(), c);
            // passwordValidator.validatePasswordOrThrow(newPassword); ensureValidRange(from, to): a check called for what it
            // throws (its answer is dropped), which rejects the value when it does not pass
            if (e.getExpression() instanceof MethodCallExpr m && THROWING_CHECK.matcher(m.getNameAsString()).matches() && !c.quiet) {
                boolean q = c.quiet;
                c.quiet = true;
                for (Expression a : m.getArguments()) check("format", a, m, c);
                c.quiet = q;
            }
        } else if (s instanceof IfStmt i) {
            val(i.getCondition(), c);
            boolean q = c.quiet;
            c.quiet = true;
            List<CallSite.Guard> yes = guards(i.getCondition(), true, c), no = guards(i.getCondition(), false, c);
            c.quiet = q;
            int n = c.guards.size();
            c.guards.addAll(yes);
            stmt(i.getThenStmt(), c);
            trim(c.guards, n);
            if (i.getElseStmt().isPresent()) {
                c.guards.addAll(no);
                stmt(i.getElseStmt().get(), c);
                trim(c.guards, n);
            }
        } else if (s instanceof ForEachStmt f) {
            // what it iterates is recorded with the loop (a use inside runs once per element of that)
            int at = c.fn.loops.size();
            Val it = val(f.getIterable(), c);
            c.fn.loops.add(Math.min(at, c.fn.loops.size()), new Fn.Loop("for-of", loc(f), it));
            c.locals.push(new HashMap<>());
            for (VariableDeclarator v : f.getVariable().getVariables()) {
                c.locals.peek().put(v.getNameAsString(), new LocalVar(typeName(v.getType()), new Member(it, "*")));
            }
            stmt(f.getBody(), c);
            c.locals.pop();
        } else if (s instanceof ForStmt f) {
            c.fn.loops.add(new Fn.Loop("for", loc(f)));
            c.locals.push(new HashMap<>());
            for (Expression x : f.getInitialization()) val(x, c);
            f.getCompare().ifPresent(x -> val(x, c));
            for (Expression x : f.getUpdate()) val(x, c);
            stmt(f.getBody(), c);
            c.locals.pop();
        } else if (s instanceof WhileStmt w) {
            c.fn.loops.add(new Fn.Loop("while", loc(w)));
            val(w.getCondition(), c);
            stmt(w.getBody(), c);
        } else if (s instanceof DoStmt d) {
            c.fn.loops.add(new Fn.Loop("do-while", loc(d)));
            stmt(d.getBody(), c);
            val(d.getCondition(), c);
        } else if (s instanceof TryStmt t) {
            c.locals.push(new HashMap<>());
            for (Expression r : t.getResources()) val(r, c);
            stmt(t.getTryBlock(), c);
            c.locals.pop();
            for (CatchClause cc : t.getCatchClauses()) {
                c.locals.push(new HashMap<>());
                c.locals.peek().put(cc.getParameter().getNameAsString(), new LocalVar(typeName(cc.getParameter().getType()), new Unknown("caught")));
                stmt(cc.getBody(), c);
                c.locals.pop();
                boolean rethrows = !cc.getBody().findAll(ThrowStmt.class).isEmpty();
                c.fn.catches.add(new Fn.Catch(loc(t.getTryBlock()), loc(cc.getBody()), cc.getBody().getStatements().isEmpty(), rethrows));
            }
            t.getFinallyBlock().ifPresent(f -> stmt(f, c));
        } else if (s instanceof ReturnStmt r) {
            if (r.getExpression().isPresent()) {
                Val v = val(r.getExpression().get(), c);
                if (c.fn.returns.size() < MAX_RETURNS) c.fn.returns.add(v);
            }
        } else if (s instanceof ThrowStmt t) {
            if (t.getExpression() instanceof ObjectCreationExpr oc) c.fn.throwsTypes.add(oc.getType().getNameAsString());
            val(t.getExpression(), c);
        } else if (s instanceof SwitchStmt sw) {
            val(sw.getSelector(), c);
            for (SwitchEntry e : sw.getEntries()) {
                c.locals.push(new HashMap<>());
                for (Statement x : e.getStatements()) stmt(x, c);
                c.locals.pop();
            }
        } else if (s instanceof SynchronizedStmt sy) {
            val(sy.getExpression(), c);
            stmt(sy.getBody(), c);
        } else if (s instanceof LabeledStmt l) {
            stmt(l.getStatement(), c);
        } else if (s instanceof YieldStmt y) {
            val(y.getExpression(), c);
        } else if (s instanceof ExplicitConstructorInvocationStmt ec) {
            for (Expression a : ec.getArguments()) val(a, c);
        } else if (s instanceof LocalClassDeclarationStmt lc) {
            fileTypes.add(lc.getClassDeclaration().getNameAsString());
            type(lc.getClassDeclaration(), c.cls, "");
        } else if (s instanceof LocalRecordDeclarationStmt lr) {
            fileTypes.add(lr.getRecordDeclaration().getNameAsString());
            type(lr.getRecordDeclaration(), c.cls, "");
        } else if (s instanceof AssertStmt a) {
            val(a.getCheck(), c);
        }
    }

    /**
     * The checks of an early exit {@code if (!PATTERN.matcher(x).matches()) return ...;}: after it, {@code x} matched a
     * pattern (a format check) or is in a set ({@code !ALLOWED.contains(x)}: a range check), as the TS front end records
     * rejecting guards ({@link Fn#checks}). Called in quiet mode.
     */
    private void rejects(Expression e, FnScope c) {
        if (e instanceof EnclosedExpr en) {
            rejects(en.getInner(), c);
            return;
        }
        if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.OR || b.getOperator() == BinaryExpr.Operator.AND)) {
            // if (x != null && x.length() > 255) throw ...: each test of the condition checks its subject
            rejects(b.getLeft(), c);
            rejects(b.getRight(), c);
            return;
        }
        if (handChecks(e, c)) return;
        if (!(e instanceof UnaryExpr u) || u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT) return;
        Expression inner = u.getExpression();
        while (inner instanceof EnclosedExpr en) inner = en.getInner();
        if (!(inner instanceof MethodCallExpr m)) return;
        String name = m.getNameAsString();
        Expression subject = null;
        String kind = null;
        if (name.equals("matches") && m.getArguments().isEmpty() && m.getScope().orElse(null) instanceof MethodCallExpr mm
                && mm.getNameAsString().equals("matcher") && mm.getArguments().size() == 1) {
            subject = mm.getArgument(0);
            kind = "format";
        } else if (name.equals("matches") && m.getArguments().size() == 1 && m.getScope().isPresent()) {
            subject = m.getScope().get();
            kind = "format";
        } else if (name.equals("matches") && m.getArguments().size() == 2) {
            subject = m.getArgument(1); // Pattern.matches(regex, x)
            kind = "format";
        } else if ((name.equals("contains") || name.equals("containsKey")) && m.getArguments().size() == 1) {
            subject = m.getArgument(0);
            kind = "range";
        }
        if (subject == null) return;
        Val v = val(subject, c);
        if (v instanceof Param || v instanceof Req) c.fn.checks.add(new Fn.Check(kind, v, loc(m)));
    }

    /** Predicates that test a value's format, length or membership: isValidEmail(x), isPasswordLengthInvalid(x), isNumeric(x). */
    private static final java.util.regex.Pattern FORMAT_PREDICATE = java.util.regex.Pattern.compile(
            "(is|has)\\w*(Valid|Invalid|Email|Numeric|Alpha|Digit|Url|Uri|Uuid|UUID|Phone|Pattern|Format|Length|Allowed|Supported)\\w*");

    /**
     * The checks of a rejecting test {@link #rejects} reads besides negated matches/contains: a length compared with a
     * bound ({@code x.length() > 255}, {@code x.size() < 1}), a format predicate called on the value, and a project
     * validator that answers an error ({@code validateCode(x) != null}). True when the test was one of these.
     */
    private boolean handChecks(Expression e, FnScope c) {
        while (e instanceof EnclosedExpr en) e = en.getInner();
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT
                && unwrap(u.getExpression()) instanceof MethodCallExpr m && FORMAT_PREDICATE.matcher(m.getNameAsString()).matches()) {
            return handChecks(m, c);
        }
        if (e instanceof BinaryExpr b) {
            BinaryExpr.Operator op = b.getOperator();
            if (op == BinaryExpr.Operator.GREATER || op == BinaryExpr.Operator.GREATER_EQUALS || op == BinaryExpr.Operator.LESS
                    || op == BinaryExpr.Operator.LESS_EQUALS) {
                boolean any = false;
                for (Expression side : List.of(b.getLeft(), b.getRight())) {
                    Expression x = unwrap(side);
                    if (x instanceof MethodCallExpr m && m.getArguments().isEmpty() && m.getScope().isPresent()
                            && (m.getNameAsString().equals("length") || m.getNameAsString().equals("size"))) {
                        any |= check("length", m.getScope().get(), m, c);
                    } else if (x instanceof FieldAccessExpr fa && fa.getNameAsString().equals("length")) {
                        any |= check("length", fa.getScope(), fa, c);
                    }
                }
                return any;
            }
            if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
                // String error = validator.validateCode(x); if (error != null) throw ...
                for (Expression side : List.of(b.getLeft(), b.getRight())) {
                    if (unwrap(side) instanceof MethodCallExpr m && m.getNameAsString().matches("(validate|check)\\w*")) {
                        boolean any = false;
                        for (Expression a : m.getArguments()) any |= check("format", a, m, c);
                        return any;
                    }
                    if (unwrap(side) instanceof NameExpr n && c.local(n.getNameAsString()) != null) {
                        Val v = val(n, c);
                        if (v instanceof Call call && Vals.lastName(call.callee()) != null
                                && Vals.lastName(call.callee()).matches("(validate|check)\\w*")) {
                            boolean any = false;
                            for (Val a : call.args()) any |= record("format", a, loc(b), c);
                            return any;
                        }
                    }
                }
            }
            return false;
        }
        if (e instanceof MethodCallExpr m && FORMAT_PREDICATE.matcher(m.getNameAsString()).matches()) {
            if (!m.getArguments().isEmpty()) return check("format", m.getArgument(0), m, c);
            return false;
        }
        return false;
    }

    /**
     * A method called as a statement whose name says it validates and throws: validateX, checkX, ensureX, assertValidX,
     * requireValidX; not a presence test (checkNotNull, ensureExists) nor a check of who calls (checkPermission, ensureOwner).
     */
    private static final java.util.regex.Pattern THROWING_CHECK = java.util.regex.Pattern.compile(
            "(?!\\w*(?:Null|Empty|Blank|Exist|Present|Permission|Access|Auth|Owner|Role|Admin|Limit|Quota|Rate|Captcha|Token|Signature))"
            + "(validate|check|ensure|assertValid|requireValid)[A-Z]\\w*");

    /** Conversions that throw on malformed text: LocalDate.parse(x), UUID.fromString(x), Integer.parseInt(x), Status.valueOf(x). */
    private static final java.util.regex.Pattern STRICT_PARSE = java.util.regex.Pattern.compile("parse\\w*|valueOf|fromString|of");

    /**
     * A request value or parameter converted by a call that throws when it does not parse (a type check: nothing
     * malformed gets past it): recorded as a {@code type} check, as the TS front end records parse-then-test.
     */
    private void strictParse(MethodCallExpr m, FnScope c) {
        // (a nested type named through its outer one: AuditExport.Format.valueOf(x))
        Expression sc = m.getScope().orElse(null);
        String type = sc instanceof NameExpr scope ? scope.getNameAsString() : sc instanceof FieldAccessExpr fa ? fa.getNameAsString() : null;
        if (m.getArguments().isEmpty() || type == null) return;
        if (type.isEmpty() || !Character.isUpperCase(type.charAt(0)) || !STRICT_PARSE.matcher(m.getNameAsString()).matches()) return;
        if (m.getNameAsString().equals("of") && !Set.of("LocalDate", "LocalTime", "YearMonth", "Year").contains(type)) return;
        if (Set.of("String", "List", "Set", "Map", "Optional", "Arrays", "Collections", "Objects", "Stream").contains(type)) return;
        // inside a try whose catch goes on (a default, a log): a fallback, not a rejection
        for (Node n = m; n != null && !(n instanceof BodyDeclaration<?>); n = n.getParentNode().orElse(null)) {
            // (a catch that answers 400 itself rejects the value: catch (IllegalArgumentException e) { return ResponseEntity.badRequest()..; })
            if (n.getParentNode().orElse(null) instanceof TryStmt t && t.getTryBlock() == n
                    && t.getCatchClauses().stream().anyMatch(cc -> cc.getBody().findAll(ThrowStmt.class).isEmpty() && !answersBadRequest(cc.getBody()))) return;
        }
        boolean q = c.quiet;
        c.quiet = true;
        // Enum.valueOf(Type.class, x): the value is the second argument
        Expression subject = type.equals("Enum") && m.getArguments().size() == 2 ? m.getArgument(1) : m.getArgument(0);
        check("type", subject, m, c);
        c.quiet = q;
    }

    /** A block that returns a 400 answer: {@code ResponseEntity.badRequest()}, {@code status(HttpStatus.BAD_REQUEST)}, {@code status(400)}. */
    private static boolean answersBadRequest(BlockStmt body) {
        for (ReturnStmt r : body.findAll(ReturnStmt.class)) {
            String t = r.toString();
            if (t.contains("badRequest()") || t.contains("BAD_REQUEST") || t.matches("(?s).*\\bstatus\\(\\s*4\\d\\d\\s*\\).*")) return true;
        }
        return false;
    }

    private static Expression unwrap(Expression e) {
        while (e instanceof EnclosedExpr en) e = en.getInner();
        return e;
    }

    private boolean check(String kind, Expression subject, com.github.javaparser.ast.Node at, FnScope c) {
        return record(kind, val(subject, c), loc(at), c);
    }

    /** Records a check of a parameter or request value; a getter's or a trim's result is checked on what it was called on. */
    private static boolean record(String kind, Val v, Location at, FnScope c) {
        // body.get("newPassword") of a Map parameter: that field of it
        if (v instanceof Call g && g.args().size() == 1 && Val.constString(g.args().get(0)) != null) {
            String key = Val.constString(g.args().get(0));
            if (g.callee() instanceof Param gp && !gp.path().isEmpty() && gp.path().get(gp.path().size() - 1).equals("get")) {
                v = new Param(gp.index(), gp.name(), Val.append(gp.path().subList(0, gp.path().size() - 1), key));
            } else if (g.callee() instanceof Member gm && gm.prop().equals("get") && gm.object() instanceof Param gp) {
                v = new Param(gp.index(), gp.name(), Val.append(gp.path(), key));
            }
        }
        for (int i = 0; i < 3 && v instanceof Call call && call.args().isEmpty(); i++) {
            Val callee = call.callee();
            Set<String> same = Set.of("trim", "strip", "toLowerCase", "toUpperCase", "toString");
            if (callee instanceof Param p && !p.path().isEmpty()) {
                String last = p.path().get(p.path().size() - 1);
                v = same.contains(last) ? new Param(p.index(), p.name(), p.path().subList(0, p.path().size() - 1)) : callee;
            } else if (callee instanceof Member mb && same.contains(mb.prop())) {
                v = mb.object();
            } else break;
        }
        if (!(v instanceof Param) && !(v instanceof Req)) return false;
        c.fn.checks.add(new Fn.Check(kind, v, at));
        return true;
    }

    /** True when a statement always leaves the block: it ends with return, throw, continue or break. */
    private static boolean exits(Statement s) {
        if (s instanceof BlockStmt b) return !b.getStatements().isEmpty() && exits(b.getStatements().get(b.getStatements().size() - 1));
        return s instanceof ReturnStmt || s instanceof ThrowStmt || s instanceof ContinueStmt || s instanceof BreakStmt;
    }

    private static void trim(List<?> l, int n) {
        while (l.size() > n) l.remove(l.size() - 1);
    }

    /** The enclosing-if guards a condition gives in the branch where it {@code holds} (or not). */
    private List<CallSite.Guard> guards(Expression e, boolean holds, FnScope c) {
        if (e instanceof EnclosedExpr en) return guards(en.getInner(), holds, c);
        if (e instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.LOGICAL_COMPLEMENT) return guards(u.getExpression(), !holds, c);
        if (e instanceof BinaryExpr b) {
            BinaryExpr.Operator op = b.getOperator();
            if (op == BinaryExpr.Operator.AND && holds || op == BinaryExpr.Operator.OR && !holds) {
                List<CallSite.Guard> out = new ArrayList<>(guards(b.getLeft(), holds, c));
                out.addAll(guards(b.getRight(), holds, c));
                return out;
            }
            if (op == BinaryExpr.Operator.EQUALS || op == BinaryExpr.Operator.NOT_EQUALS) {
                return List.of(new CallSite.Guard(val(b.getLeft(), c), op == BinaryExpr.Operator.EQUALS ? "==" : "!=", val(b.getRight(), c), holds));
            }
        }
        if (e instanceof MethodCallExpr m && m.getScope().isPresent() && m.getArguments().size() == 1
                && (m.getNameAsString().equals("equals") || m.getNameAsString().equals("equalsIgnoreCase"))) {
            return List.of(new CallSite.Guard(val(m.getScope().get(), c), "==", val(m.getArgument(0), c), holds));
        }
        return List.of(new CallSite.Guard(val(e, c), "truthy", null, holds));
    }

    // ------------------------------------------------------------------ expressions

    private Val val(Expression e, FnScope c) {
        if (e == null) return Val.UNKNOWN;
        if (e instanceof StringLiteralExpr s) return new Lit(s.asString());
        if (e instanceof TextBlockLiteralExpr tb) return new Lit(tb.asString());
        if (e instanceof CharLiteralExpr ch) return new Lit(ch.getValue());
        if (e instanceof IntegerLiteralExpr i) return num(i.getValue());
        if (e instanceof LongLiteralExpr l) return num(l.getValue().replaceAll("[lL]$", ""));
        if (e instanceof DoubleLiteralExpr d) return num(d.getValue().replaceAll("[dDfF]$", ""));
        if (e instanceof BooleanLiteralExpr b) return new Lit(b.getValue());
        if (e instanceof NullLiteralExpr) return new Lit(null);
        if (e instanceof EnclosedExpr en) return val(en.getInner(), c);
        if (e instanceof CastExpr ce) return val(ce.getExpression(), c);
        if (e instanceof ThisExpr || e instanceof SuperExpr) return new This(List.of());
        if (e instanceof NameExpr n) return name(n.getNameAsString(), c);
        if (e instanceof FieldAccessExpr fa) return fieldAccess(fa, c);
        if (e instanceof MethodCallExpr m) {
            if (!c.quiet) strictParse(m, c);
            return call(m, c);
        }
        if (e instanceof ObjectCreationExpr oc) return creation(oc, c);
        if (e instanceof BinaryExpr b) return binary(b, c);
        if (e instanceof ConditionalExpr ce) {
            val(ce.getCondition(), c);
            boolean q = c.quiet;
            c.quiet = true;
            List<CallSite.Guard> g = guards(ce.getCondition(), true, c);
            c.quiet = q;
            Val.Test t = g.size() == 1 ? new Val.Test(g.get(0).left(), g.get(0).op(), g.get(0).right(), g.get(0).holds()) : null;
            return new OneOf(List.of(val(ce.getThenExpr(), c), val(ce.getElseExpr(), c)), t);
        }
        if (e instanceof VariableDeclarationExpr vd) {
            for (VariableDeclarator v : vd.getVariables()) declare(v, c);
            return Val.UNKNOWN;
        }
        if (e instanceof AssignExpr a) return assign(a, c);
        if (e instanceof ArrayInitializerExpr ai) {
            List<Val> items = new ArrayList<>();
            for (Expression x : ai.getValues()) items.add(val(x, c));
            return new Arr(List.copyOf(items));
        }
        if (e instanceof ArrayCreationExpr ac) {
            if (ac.getInitializer().isPresent()) return val(ac.getInitializer().get(), c);
            for (var l : ac.getLevels()) l.getDimension().ifPresent(d -> val(d, c));
            return new Unknown("array");
        }
        if (e instanceof LambdaExpr l) {
            Fn fn = function("", l.getParameters(), l.getBody() instanceof BlockStmt ? l.getBody() : null,
                    l.getExpressionBody().orElse(null), l, null, c.cls, c);
            if (!c.quiet) c.fn.nested.add(fn);
            return new FnVal(fn);
        }
        if (e instanceof MethodReferenceExpr mr) {
            Expression scope = mr.getScope();
            Val base = scope instanceof TypeExpr te ? typeRef(typeName(te.getType())) : val(scope, c);
            return Val.member(base, mr.getIdentifier());
        }
        if (e instanceof ClassExpr ce) return Val.member(typeRef(typeName(ce.getType())), "class");
        if (e instanceof TypeExpr te) return typeRef(typeName(te.getType()));
        if (e instanceof ArrayAccessExpr aa) {
            Val base = val(aa.getName(), c);
            Val idx = val(aa.getIndex(), c);
            String k = Val.constString(idx);
            return Val.member(base, k == null ? "*" : k);
        }
        if (e instanceof UnaryExpr u) {
            Val inner = val(u.getExpression(), c);
            if (u.getOperator() == UnaryExpr.Operator.MINUS && inner instanceof Lit l && l.value() instanceof Double d) return new Lit(-d);
            return new Unknown("unary");
        }
        if (e instanceof InstanceOfExpr io) {
            val(io.getExpression(), c);
            return new Unknown("instanceof");
        }
        if (e instanceof SwitchExpr sw) {
            val(sw.getSelector(), c);
            List<Val> options = new ArrayList<>();
            for (SwitchEntry en : sw.getEntries()) {
                c.locals.push(new HashMap<>());
                for (Statement x : en.getStatements()) {
                    if (x instanceof ExpressionStmt es && en.getType() == SwitchEntry.Type.EXPRESSION) options.add(val(es.getExpression(), c));
                    else stmt(x, c);
                }
                c.locals.pop();
            }
            return options.isEmpty() ? new Unknown("switch") : new OneOf(List.copyOf(options));
        }
        if (e instanceof AnnotationExpr) return new Unknown("annotation");
        return new Unknown(e.getClass().getSimpleName());
    }

    private Val name(String n, FnScope c) {
        for (FnScope s = c; s != null; s = s.parent) {
            LocalVar l = s.local(n);
            if (l != null) return l.value() == null ? new Unknown("local") : l.value();
            Integer p = s.params.get(n);
            if (p != null) return new Param(p, n, List.of());
        }
        Val k = c.constant(n);
        if (k != null) return k;
        if (c.isField(n)) return new This(List.of(n));
        Val sym = symbols.get(n);
        if (sym != null && !n.equals(PACKAGE)) return sym; // a static import
        if (!n.isEmpty() && Character.isUpperCase(n.charAt(0))) return typeRef(n);
        return new Global(n, List.of());
    }

    private Val fieldAccess(FieldAccessExpr fa, FnScope c) {
        String f = fa.getNameAsString();
        Expression scope = fa.getScope();
        if (scope instanceof ThisExpr) {
            Val k = c.constant(f);
            return k != null ? k : new This(List.of(f));
        }
        if (scope instanceof NameExpr sn && isTypeName(sn.getNameAsString(), c)) {
            Val k = constants.get(sn.getNameAsString() + "." + f);
            if (k != null) return k;
            if (sn.getNameAsString().equals("HttpStatus") && HTTP_STATUS.containsKey(f)) c.fn.statuses.add(HTTP_STATUS.get(f));
        }
        return Val.member(val(scope, c), f);
    }

    /** True when {@code n} names a type rather than a variable in this scope. */
    private boolean isTypeName(String n, FnScope c) {
        for (FnScope s = c; s != null; s = s.parent) if (s.local(n) != null || s.params.containsKey(n)) return false;
        if (c.isField(n)) return false;
        return !n.isEmpty() && Character.isUpperCase(n.charAt(0));
    }

    /** The declared type of what {@code e} names (a local, parameter, field, {@code new T()}, a type for static calls), or null. */
    private String typeOf(Expression e, FnScope c) {
        if (e instanceof EnclosedExpr en) return typeOf(en.getInner(), c);
        if (e instanceof CastExpr ce) return typeName(ce.getType());
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            for (FnScope s = c; s != null; s = s.parent) {
                LocalVar l = s.local(name);
                if (l != null) return l.type();
                if (s.params.containsKey(name)) return s.paramTypes.get(name);
            }
            if (c.isField(name)) return c.fieldType(name);
            return null;
        }
        if (e instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr) return c.fieldType(fa.getNameAsString());
        if (e instanceof ObjectCreationExpr oc) return oc.getType().getNameAsString();
        return null;
    }

    private static boolean namedType(String t) {
        return t != null && !t.endsWith("[]") && !VALUE_TYPES.contains(t) && !t.isEmpty() && Character.isUpperCase(t.charAt(0));
    }

    /** True when {@code simple} is a type of a library (the JDK, Spring, a dependency), not of this project. */
    private boolean libraryType(String simple) {
        if (simple == null) return false;
        String head = simple.contains(".") ? simple.substring(0, simple.indexOf('.')) : simple;
        if (fileTypes.contains(head)) return false;
        String p = packageOf(head);
        if (p.equals(pkg)) return false;
        if (p.startsWith("java.") || p.startsWith("javax.") || p.startsWith("jakarta.") || p.equals("java.lang")) return true;
        String[] mine = pkg.split("\\."), theirs = p.split("\\.");
        // a package sharing the project's first two segments (com.acme.*) is the project's own
        return !(mine.length >= 2 && theirs.length >= 2 && mine[0].equals(theirs[0]) && mine[1].equals(theirs[1]));
    }

    private static boolean isRequestType(String t) {
        return t != null && (t.equals("HttpServletRequest") || t.equals("ServletRequest"));
    }

    private Val call(MethodCallExpr m, FnScope c) {
        String name = m.getNameAsString();
        Expression scope = m.getScope().orElse(null);
        Val recv = null;
        String recvType = null;
        boolean staticType = false;
        if (scope != null) {
            if (scope instanceof NameExpr sn && isTypeName(sn.getNameAsString(), c) && symbols.get(sn.getNameAsString()) == null) {
                staticType = true;
                recvType = sn.getNameAsString();
            } else {
                recvType = typeOf(scope, c);
            }
            recv = val(scope, c);
        }
        List<Val> args = new ArrayList<>();
        List<Location> argLocs = new ArrayList<>();
        for (Expression a : m.getArguments()) {
            args.add(val(a, c));
            argLocs.add(loc(a));
        }
        // string building
        if (recv instanceof Concat cc && (name.equals("append") || name.equals("insert") && args.size() == 2)) {
            List<Val> parts = new ArrayList<>(cc.parts());
            if (name.equals("append")) parts.add(args.isEmpty() ? Val.UNKNOWN : args.get(0));
            else parts.add(0, args.get(1));
            Val built = new Concat(List.copyOf(parts));
            // sb.append(a).append(b): the builder variable at the root of the chain now holds the longer text
            Expression root = scope;
            while (root instanceof MethodCallExpr rm && (rm.getNameAsString().equals("append") || rm.getNameAsString().equals("insert"))
                    && rm.getScope().isPresent()) root = rm.getScope().get();
            if (root instanceof NameExpr sn) rebind(sn.getNameAsString(), built, c);
            return built;
        }
        if (recv instanceof Concat cc && name.equals("toString") && args.isEmpty()) return fold(cc.parts());
        if (staticType && "String".equals(recvType)) {
            if (name.equals("format") && !args.isEmpty() && Val.constString(args.get(0)) != null) return format(Val.constString(args.get(0)), args.subList(1, args.size()));
            if (name.equals("valueOf") && args.size() == 1) return args.get(0);
        }
        if (name.equals("concat") && args.size() == 1 && recv != null && !staticType) return fold(List.of(recv, args.get(0)));
        if (name.equals("formatted") && recv != null && Val.constString(recv) != null) return format(Val.constString(recv), args);
        Val callee;
        if (scope == null) {
            Val sym = symbols.get(name);
            callee = sym instanceof Ref r ? r : new This(List.of(name));
        } else if (staticType) {
            callee = Val.member(typeRef(recvType), name);
        } else if (namedType(recvType) && (recv instanceof This || libraryType(recvType))) {
            // a field (an injected service, a JdbcTemplate) or a library-typed parameter or local (Statement,
            // HttpServletRequest): the call names the type; a project-typed parameter or local (a request DTO)
            // keeps its value, so what flows from the request stays visible
            callee = Val.member(typeRef(recvType), name);
        } else {
            callee = Val.member(recv, name);
        }
        if (scope instanceof FieldAccessExpr fa && fa.getScope() instanceof ThisExpr && namedType(recvType)) callee = Val.member(typeRef(recvType), name);
        Location at = loc(m);
        if (!c.quiet) {
            Location calleeLoc = m.getName().getRange().isPresent() ? loc(m.getName()) : at;
            if (scope != null && scope.getRange().isPresent() && m.getName().getRange().isPresent()) {
                Range a = scope.getRange().get(), b = m.getName().getRange().get();
                calleeLoc = new Location(path, a.begin.line, a.begin.column, b.end.line, b.end.column + 1, null);
            }
            c.fn.calls.add(new CallSite(callee, List.copyOf(args), false, at, calleeLoc, List.copyOf(argLocs), false, List.copyOf(c.guards)));
            status(name, recvType, args, c);
        }
        if (isRequestType(recvType) && !staticType) {
            Val req = requestRead(name, args);
            if (req != null) {
                if (!c.quiet) c.fn.reads.add(new Fn.Read(((Req) req).part(), at, req));
                return req;
            }
        }
        return new Call(callee, List.copyOf(args), at);
    }

    /** HTTP statuses a call answers with: {@code sendError(401)}, {@code ResponseEntity.status(403)}, {@code badRequest()}. */
    private static void status(String name, String recvType, List<Val> args, FnScope c) {
        if ((name.equals("sendError") || name.equals("setStatus") || name.equals("status")) && !args.isEmpty()
                && args.get(0) instanceof Lit l && l.value() instanceof Double d) c.fn.statuses.add(d.intValue());
        if ("ResponseEntity".equals(recvType)) {
            switch (name) {
                case "badRequest" -> c.fn.statuses.add(400);
                case "notFound" -> c.fn.statuses.add(404);
                case "unprocessableEntity" -> c.fn.statuses.add(422);
                default -> { }
            }
        }
    }

    /** The request part a servlet request getter reads, or null. */
    private static Val requestRead(String name, List<Val> args) {
        String key = args.isEmpty() ? null : Val.constString(args.get(0));
        return switch (name) {
            case "getParameter", "getParameterValues" -> new Req("query", key == null ? List.of() : List.of(key));
            case "getParameterMap", "getParameterNames", "getQueryString" -> new Req("query", List.of());
            case "getHeader", "getHeaders" -> new Req("headers", key == null ? List.of() : List.of(key.toLowerCase(Locale.ROOT)));
            case "getHeaderNames" -> new Req("headers", List.of());
            case "getCookies" -> new Req("cookies", List.of());
            case "getInputStream", "getReader", "getPart", "getParts" -> new Req("body", List.of());
            case "getRequestURI", "getRequestURL", "getServletPath", "getPathInfo" -> new Req("meta:url", List.of());
            case "getRemoteAddr", "getRemoteHost" -> new Req("meta:ip", List.of());
            case "getMethod" -> new Req("meta:method", List.of());
            default -> null;
        };
    }

    private void rebind(String name, Val v, FnScope c) {
        LocalVar l = c.local(name);
        if (l != null) c.set(name, new LocalVar(l.type(), v));
    }

    private Val creation(ObjectCreationExpr oc, FnScope c) {
        String t = oc.getType().getNameAsString();
        List<Val> args = new ArrayList<>();
        List<Location> argLocs = new ArrayList<>();
        oc.getScope().ifPresent(s -> val(s, c));
        for (Expression a : oc.getArguments()) {
            args.add(val(a, c));
            argLocs.add(loc(a));
        }
        if ((t.equals("StringBuilder") || t.equals("StringBuffer")) && oc.getAnonymousClassBody().isEmpty()) {
            List<Val> parts = new ArrayList<>();
            if (args.size() == 1 && !(args.get(0) instanceof Lit l && l.value() instanceof Double)) parts.add(args.get(0));
            return new Concat(List.copyOf(parts));
        }
        Val callee = typeRef(t);
        Location at = loc(oc);
        if (!c.quiet) {
            c.fn.calls.add(new CallSite(callee, List.copyOf(args), true, at, loc(oc.getType()), List.copyOf(argLocs), false, List.copyOf(c.guards)));
            if (t.equals("ResponseStatusException") && !args.isEmpty() && args.get(0) instanceof Ref r && r.export().equals("HttpStatus")
                    && !r.path().isEmpty() && HTTP_STATUS.containsKey(r.path().get(0))) c.fn.statuses.add(HTTP_STATUS.get(r.path().get(0)));
        }
        if (oc.getAnonymousClassBody().isPresent() && !c.quiet) {
            // the methods of an anonymous class (a TrustManager, a Runnable, a filter) are functions nested here
            ClassScope anon = new ClassScope(t, c.cls);
            for (BodyDeclaration<?> m : oc.getAnonymousClassBody().get()) {
                if (m instanceof FieldDeclaration f) for (VariableDeclarator v : f.getVariables()) anon.fields.put(v.getNameAsString(), typeName(v.getType()));
            }
            for (BodyDeclaration<?> m : oc.getAnonymousClassBody().get()) {
                if (m instanceof MethodDeclaration md) {
                    c.fn.nested.add(function(md.getNameAsString(), md.getParameters(), md.getBody().orElse(null), null, md, md.getAnnotations(), anon, c));
                }
            }
        }
        return new New(callee, List.copyOf(args), at);
    }

    private Val binary(BinaryExpr b, FnScope c) {
        if (b.getOperator() == BinaryExpr.Operator.PLUS) {
            Val l = val(b.getLeft(), c), r = val(b.getRight(), c);
            if (l instanceof Lit ll && ll.value() instanceof Double x && r instanceof Lit rl && rl.value() instanceof Double y) return new Lit(x + y);
            List<Val> parts = new ArrayList<>();
            if (l instanceof Concat lc) parts.addAll(lc.parts());
            else parts.add(l);
            parts.add(r);
            return fold(parts);
        }
        Val l = val(b.getLeft(), c), r = val(b.getRight(), c);
        Val folded = arithmetic(b.getOperator(), l, r);
        if (folded != null) return folded;
        return new Unknown("binary " + b.getOperator().asString());
    }

    /** {@code 1000 * 60 * 60} and other products, differences and quotients of two number literals: the number; else null. */
    private static Val arithmetic(BinaryExpr.Operator op, Val l, Val r) {
        if (!(l instanceof Lit ll && ll.value() instanceof Double x && r instanceof Lit rl && rl.value() instanceof Double y)) return null;
        return switch (op) {
            case MULTIPLY -> new Lit(x * y);
            case MINUS -> new Lit(x - y);
            case DIVIDE -> y == 0 ? null : new Lit(x == Math.rint(x) && y == Math.rint(y) ? (double) ((long) (x / y)) : x / y); // integer division of whole numbers
            default -> null;
        };
    }

    /** Concatenation: adjacent constant strings joined; a single constant is a Lit. */
    private static Val fold(List<Val> parts) {
        List<Val> out = new ArrayList<>();
        for (Val p : parts) {
            if (p instanceof Concat cc) {
                for (Val x : cc.parts()) add(out, x);
            } else add(out, p);
        }
        if (out.size() == 1 && Val.constString(out.get(0)) != null) return new Lit(Val.constString(out.get(0)));
        if (out.isEmpty()) return new Lit("");
        return new Concat(List.copyOf(out));
    }

    private static void add(List<Val> out, Val p) {
        String s = Val.constString(p);
        if (s != null && p instanceof Lit l && l.value() instanceof String && !out.isEmpty() && out.get(out.size() - 1) instanceof Lit prev
                && prev.value() instanceof String ps) {
            out.set(out.size() - 1, new Lit(ps + s));
        } else out.add(p);
    }

    /** {@code String.format("..%s..", a)}: a template with the arguments as holes ({@code %%} and {@code %n} kept as text). */
    private static Val format(String fmt, List<Val> args) {
        List<String> quasis = new ArrayList<>();
        List<Val> holes = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int next = 0;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("%(\\d+\\$)?[-#+ 0,(]*\\d*(\\.\\d+)?([a-zA-Z%])").matcher(fmt);
        int last = 0;
        while (m.find()) {
            cur.append(fmt, last, m.start());
            last = m.end();
            String conv = m.group(3);
            if (conv.equals("%")) {
                cur.append('%');
                continue;
            }
            if (conv.equals("n")) {
                cur.append('\n');
                continue;
            }
            int idx = m.group(1) != null ? Integer.parseInt(m.group(1).substring(0, m.group(1).length() - 1)) - 1 : next++;
            quasis.add(cur.toString());
            cur.setLength(0);
            holes.add(idx >= 0 && idx < args.size() ? args.get(idx) : Val.UNKNOWN);
        }
        cur.append(fmt.substring(last));
        quasis.add(cur.toString());
        if (holes.isEmpty()) return new Lit(quasis.get(0));
        return new Tpl(List.copyOf(quasis), List.copyOf(holes));
    }

    private void declare(VariableDeclarator v, FnScope c) {
        String type = typeName(v.getType());
        Val value = null;
        if (v.getInitializer().isPresent()) {
            Expression init = v.getInitializer().get();
            value = val(init, c);
            if ("var".equals(type)) type = typeOf(init, c);
            if (!c.quiet && !init.findAll(MethodCallExpr.class).isEmpty() && c.fn.names.size() < 128) {
                c.fn.names.add(new Fn.Named(v.getNameAsString(), loc(init)));
            }
        }
        c.locals.peek().put(v.getNameAsString(), new LocalVar(type, value));
    }

    private Val assign(AssignExpr a, FnScope c) {
        Val v = val(a.getValue(), c);
        Expression target = a.getTarget();
        if (target instanceof NameExpr n) {
            LocalVar l = null;
            for (FnScope s = c; s != null && l == null; s = s.parent) l = s.local(n.getNameAsString());
            if (l != null) {
                Val nv = v;
                if (a.getOperator() == AssignExpr.Operator.PLUS) nv = fold(List.of(l.value() == null ? Val.UNKNOWN : l.value(), v));
                else if (a.getOperator() != AssignExpr.Operator.ASSIGN) nv = new Unknown("compound");
                c.set(n.getNameAsString(), new LocalVar(l.type(), nv));
                return nv;
            }
            Integer pi = c.params.get(n.getNameAsString());
            if (pi != null && a.getOperator() == AssignExpr.Operator.ASSIGN) {
                // a parameter reassigned (name = name.replaceAll(...)): later reads see the new value; inside a nested
                // block (a conditional assignment) either value
                Val before = new Param(pi, n.getNameAsString(), List.of());
                Val nv = c.locals.size() <= 2 ? v : new OneOf(List.of(before, v));
                c.locals.getLast().put(n.getNameAsString(), new LocalVar(c.paramTypes.get(n.getNameAsString()), nv));
                return v;
            }
        } else {
            val(target, c);
        }
        if (!c.quiet && a.getValue() != null && !a.getValue().findAll(MethodCallExpr.class).isEmpty() && c.fn.names.size() < 128) {
            String tn = target instanceof NameExpr n ? n.getNameAsString() : target instanceof FieldAccessExpr fa ? fa.getNameAsString() : null;
            if (tn != null) c.fn.names.add(new Fn.Named(tn, loc(a.getValue())));
        }
        return v;
    }

    // ------------------------------------------------------------------ strings and locations

    private List<FileFacts.Str> strings(CompilationUnit cu) {
        List<FileFacts.Str> out = new ArrayList<>();
        List<Expression> lits = new ArrayList<>();
        lits.addAll(cu.findAll(StringLiteralExpr.class));
        lits.addAll(cu.findAll(TextBlockLiteralExpr.class));
        lits.sort(Comparator.comparing((Expression x) -> x.getRange().map(r -> r.begin.line).orElse(0))
                .thenComparing(x -> x.getRange().map(r -> r.begin.column).orElse(0)));
        for (Expression e : lits) {
            String value = e instanceof StringLiteralExpr s ? s.asString() : ((TextBlockLiteralExpr) e).asString();
            out.add(new FileFacts.Str(value, loc(e), context(e)));
        }
        return out;
    }

    /** The name a string literal is bound to: variable, field, annotation attribute, assignment target, or {@code call()}. */
    private static String context(Expression e) {
        Node n = e;
        for (int i = 0; i < 6 && n.getParentNode().isPresent(); i++) {
            Node p = n.getParentNode().get();
            if (p instanceof VariableDeclarator v) return v.getNameAsString();
            if (p instanceof MemberValuePair mv) return mv.getNameAsString();
            if (p instanceof SingleMemberAnnotationExpr sm) return sm.getName().getIdentifier() + "()";
            if (p instanceof AssignExpr a) {
                Expression t = a.getTarget();
                return t instanceof NameExpr nn ? nn.getNameAsString() : t instanceof FieldAccessExpr fa ? fa.getNameAsString() : null;
            }
            if (p instanceof MethodCallExpr m && m.getArguments().contains(n)) return m.getNameAsString() + "()";
            if (p instanceof ObjectCreationExpr oc && oc.getArguments().contains(n)) return oc.getType().getNameAsString() + "()";
            if (p instanceof Statement) return null;
            if (!(p instanceof BinaryExpr || p instanceof EnclosedExpr || p instanceof ArrayInitializerExpr || p instanceof CastExpr
                    || p instanceof ConditionalExpr)) return null;
            n = p;
        }
        return null;
    }

    private Location loc(Node n) {
        Range r = n.getRange().orElse(null);
        if (r == null) return Location.at(path, 1, 1);
        return new Location(path, r.begin.line, r.begin.column, r.end.line, r.end.column + 1, null);
    }

    /**
     * A constant of another file: {@code value} is {@code Member(ClassRef(C), F)} as {@link dev.backcheck.model.Project#resolve}
     * leaves a class's static field, {@code file} the file declaring C. Its folded value, or null.
     */
    public static Val constant(Val value, FileFacts file) {
        if (file == null || !(value instanceof Member m) || !(m.object() instanceof ClassRef c)) return null;
        return file.symbols().get(c.name() + "." + m.prop());
    }
}
