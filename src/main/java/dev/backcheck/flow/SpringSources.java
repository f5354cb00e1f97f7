package dev.backcheck.flow;

import dev.backcheck.lang.facts.ClassInfo;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Val.*;
import dev.backcheck.model.Project;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Request values of Java handlers for the {@link TaintEngine}: parameters Spring MVC or JAX-RS binds to the request
 * ({@code @RequestParam}, {@code @PathVariable}, {@code @RequestHeader}, {@code @CookieValue}, {@code @RequestBody}
 * DTO fields, {@code @ModelAttribute} and plain command objects, {@code @QueryParam}/{@code @PathParam}/
 * {@code @FormParam}), and what the framework's binding rules out: a parameter or DTO field declared as a number,
 * UUID, date or boolean (the binder rejects any other text), and a {@code @Valid} DTO field whose Bean Validation
 * constraint admits no free text ({@code @Pattern} with a narrow class, {@code @Min}, {@code @Past}...).
 * Servlet getters ({@code request.getParameter}) are request values already in the facts (lang/java).
 */
final class SpringSources {
    private SpringSources() { }

    /** Declared types whose values hold no text a client could shape into code, SQL or a path. */
    static final Set<String> NOT_TEXT = Set.of("int", "long", "short", "byte", "double", "float", "boolean", "char",
            "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Character", "BigDecimal", "BigInteger", "Number",
            "UUID", "LocalDate", "LocalDateTime", "LocalTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Duration",
            "Year", "YearMonth", "ObjectId", "int[]", "long[]", "Integer[]", "Long[]", "UUID[]",
            // framework objects handed to a handler, not client text
            "HttpServletResponse", "ServletResponse", "Model", "ModelMap", "Principal", "Authentication", "BindingResult", "Errors",
            "HttpSession", "Locale", "Pageable", "Sort", "RedirectAttributes", "SessionStatus", "UriComponentsBuilder",
            "ServerHttpResponse", "ModelAndView", "TimeZone", "ZoneId");

    /** Bean Validation constraints after which a field holds a number, a date, a boolean or nothing. */
    static final Set<String> RESTRICTIVE = Set.of("Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero",
            "Negative", "NegativeOrZero", "Digits", "Past", "PastOrPresent", "Future", "FutureOrPresent", "AssertTrue",
            "AssertFalse", "Null", "UUID", "org.hibernate.validator.constraints.UUID");

    /** Spring MVC and JAX-RS handler annotations (a method with one is bound to requests). */
    static final Set<String> HANDLER = Set.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
            "PatchMapping", "GET", "POST", "PUT", "DELETE", "PATCH");

    /** Parameter annotations whose value is not the client's (the signed-in user, a session attribute, a model attribute set by the server). */
    static final Set<String> SERVER_VALUES = Set.of("AuthenticationPrincipal", "CurrentUser", "SessionAttribute", "RequestAttribute",
            "Value", "Context", "BeanParam", "MatrixVariable");

    /** True when a parameter declared as {@code type} may hold text (null: unknown, so yes). */
    static boolean injectable(String type) {
        return type == null || !NOT_TEXT.contains(type);
    }

    /**
     * The request value parameter {@code decl} of handler {@code fn} holds ({@code p.path()} appended), or null when the
     * framework does not bind it to the request.
     */
    static Req request(Project project, Fn fn, Fn.Param decl, Param p, FileFacts file) {
        for (Decorator d : decl.decorators()) if (SERVER_VALUES.contains(d.name())) return null;
        for (Decorator d : decl.decorators()) {
            String part = d.requestPart();
            if (part == null || part.equals("raw") || part.startsWith("meta:")) continue;
            if (!decl.name().equals(p.name())) return null;
            if (part.equals("body") && (d.name().equals("RequestBody"))) return new Req("body", p.path());
            String name = name(d, decl.name());
            if ("MultipartFile".equals(decl.type())) return new Req("body", append(List.of(name), p.path()));
            if (isMap(decl.type())) return new Req(part, p.path()); // @RequestParam Map<String, String> all
            if (!p.path().isEmpty() && fieldOfObject(project, decl.type(), file)) {
                return new Req(part, p.path()); // a JAX-RS @BeanParam-like object: its fields
            }
            return new Req(part, append(List.of(part.equals("headers") ? name.toLowerCase(Locale.ROOT) : name), p.path()));
        }
        // no annotation: in a handler, a simple value is a request parameter and an object is a command object
        // bound from the query and form fields (@ModelAttribute is the same, written out)
        if (!handler(fn)) return null;
        boolean modelAttribute = decl.decorators().stream().anyMatch(d -> d.name().equals("ModelAttribute"));
        if (!modelAttribute && !decl.decorators().isEmpty()) {
            // an annotation this class does not know (@Valid alone is fine)
            if (decl.decorators().stream().anyMatch(d -> !d.name().equals("Valid") && !d.name().equals("Validated"))) return null;
        }
        String t = decl.type();
        if (t == null || !injectable(t) || t.startsWith("Http") || t.startsWith("Server") || t.endsWith("Request") && !isProject(project, t, file)) return null;
        if (t.equals("String") || t.equals("String[]")) return new Req("query", append(List.of(decl.name()), p.path()));
        if (isProject(project, t, file)) return new Req("query", p.path());
        return null;
    }

    /** A message name for the parameter: {@code @RequestParam name}, {@code @RequestBody body.title}. */
    static String describe(Fn.Param decl, Req q) {
        String ann = null;
        for (Decorator d : decl.decorators()) if (d.requestPart() != null || d.name().equals("ModelAttribute")) ann = d.name();
        StringBuilder sb = new StringBuilder("`");
        if (ann != null) sb.append('@').append(ann).append(' ');
        sb.append(decl.name());
        if (q.part().equals("body") && !q.path().isEmpty() && ann != null && ann.equals("RequestBody") || ann == null && q.path().size() > 0
                && !q.path().get(0).equals(decl.name())) {
            for (String s : q.path()) sb.append('.').append(s);
        } else if (q.path().size() > 1) {
            for (String s : q.path().subList(1, q.path().size())) sb.append('.').append(s);
        }
        return sb.append('`').toString();
    }

    /**
     * True when the DTO field at {@code path} of parameter {@code decl}'s type holds no text: declared as a number, UUID,
     * date or boolean (the JSON or form binder rejects other input), or, with {@code @Valid}/{@code @Validated} on the
     * parameter, carrying a constraint that admits no free text.
     */
    static boolean restricted(Project project, Fn.Param decl, List<String> path, FileFacts file) {
        // a constraint on the parameter itself (@RequestParam @Pattern(regexp = "[a-z]+") String sort, in a @Validated controller)
        for (Decorator d : decl.decorators()) if (restrictive(d)) return true;
        if (path.isEmpty()) return false;
        boolean valid = decl.decorators().stream().anyMatch(d -> d.name().equals("Valid") || d.name().equals("Validated"));
        Project.ClassHit h = project.classNamed(decl.type(), file);
        for (int i = 0; h != null && i < path.size(); i++) {
            ClassInfo.Prop prop = prop(project, h, path.get(i), 0);
            if (prop == null) return false;
            if (!injectable(prop.type()) || enumType(project, prop.type(), h.file())) return true;
            if (valid) for (Decorator d : prop.decorators()) if (restrictive(d)) return true;
            if (i == path.size() - 1) return false;
            h = project.classNamed(prop.type(), h.file());
            valid = valid && prop.decorators().stream().anyMatch(d -> d.name().equals("Valid"));
        }
        return false;
    }

    private static boolean restrictive(Decorator d) {
        if (RESTRICTIVE.contains(d.name())) return true;
        if (d.name().equals("Pattern") && !d.args().isEmpty() && d.args().get(0) instanceof Obj o) {
            String re = Val.constString(o.props().get("regexp"));
            return re != null && narrowJavaPattern(re);
        }
        return false;
    }

    /**
     * A Java regular expression that {@code String.matches} / {@code @Pattern} hold against the whole value, with no
     * wildcard, negated class or whitespace class: {@code [a-zA-Z0-9_-]+}, {@code \d{4}}. Quotes, slashes, dots and
     * spaces inside a class leave room for payloads and make it not narrow.
     */
    static boolean narrowJavaPattern(String re) {
        String p = re;
        if (p.startsWith("^")) p = p.substring(1);
        if (p.endsWith("$") && !p.endsWith("\\$")) p = p.substring(0, p.length() - 1);
        if (!TaintEngine.anchoredNarrow("^" + p + "$")) return false;
        for (char c : new char[]{'\'', '"', '/', ' ', ';', '`', '$', '&', '|', '<', '>', '('}) if (p.indexOf(c) >= 0) return false;
        // a dot inside a class admits ../ with a slash only; without the slash above it is fine
        return true;
    }

    /**
     * A getter call on request data or a parameter ({@code dto.getTitle()}, {@code dto.isActive()}, a record accessor
     * is not known without its class): the field it reads, or null.
     */
    static Val getter(Val callee) {
        String last;
        List<String> path;
        if (callee instanceof Param p && !p.path().isEmpty()) path = p.path();
        else if (callee instanceof Req q && !q.path().isEmpty()) path = q.path();
        else return null;
        last = path.get(path.size() - 1);
        String field = null;
        if (last.length() > 3 && last.startsWith("get") && Character.isUpperCase(last.charAt(3))) field = last.substring(3);
        else if (last.length() > 2 && last.startsWith("is") && Character.isUpperCase(last.charAt(2))) field = last.substring(2);
        if (field == null || last.equals("getClass")) return null;
        field = Character.toLowerCase(field.charAt(0)) + field.substring(1);
        List<String> np = new ArrayList<>(path.subList(0, path.size() - 1));
        np.add(field);
        if (callee instanceof Param p) return new Param(p.index(), p.name(), List.copyOf(np));
        return new Req(((Req) callee).part(), List.copyOf(np));
    }

    /** Library calls that return what the client sent: the file name of an upload. */
    private static final Set<String> LIBRARY_REQUEST = Set.of("org.springframework.web.multipart.MultipartFile.getOriginalFilename",
            "jakarta.servlet.http.Part.getSubmittedFileName", "javax.servlet.http.Part.getSubmittedFileName");

    /** The request value a library call returns ({@code upload.getOriginalFilename()}), or null. */
    static Req libraryRequest(List<String> keys) {
        for (String k : keys) if (LIBRARY_REQUEST.contains(k)) return new Req("body", List.of("filename"));
        return null;
    }

    /** A servlet read as written: {@code request.getParameter("q")}; null for a request value of another shape. */
    static String servletDescribe(Req q) {
        String key = q.path().isEmpty() ? null : q.path().get(0);
        String call = switch (q.part()) {
            case "query" -> key == null ? "request.getParameterMap()" : "request.getParameter(\"" + key + "\")";
            case "headers" -> key == null ? "request.getHeaderNames()" : "request.getHeader(\"" + key + "\")";
            case "cookies" -> "request.getCookies()";
            case "body" -> "request.getInputStream()";
            default -> null;
        };
        return call == null ? null : "`" + call + "`";
    }

    private static boolean handler(Fn fn) {
        for (Decorator d : fn.decorators()) if (HANDLER.contains(d.name())) return true;
        return false;
    }

    private static String name(Decorator d, String dflt) {
        if (d.args().isEmpty()) return dflt;
        Val a = d.args().get(0);
        String s = Val.constString(a);
        if (s != null && !s.isEmpty()) return s;
        if (a instanceof Obj o) {
            for (String k : List.of("value", "name")) {
                String v = Val.constString(o.props().get(k));
                if (v != null && !v.isEmpty()) return v;
            }
        }
        return dflt;
    }

    private static boolean isMap(String t) {
        return t != null && (t.equals("Map") || t.equals("MultiValueMap") || t.equals("HashMap") || t.equals("HttpHeaders"));
    }

    private static boolean isProject(Project project, String type, FileFacts file) {
        try {
            return project.classNamed(type, file) != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean fieldOfObject(Project project, String type, FileFacts file) {
        return type != null && !type.equals("String") && isProject(project, type, file);
    }

    /** An enum of the project: its constants are props typed as the enum itself. */
    private static boolean enumType(Project project, String type, FileFacts file) {
        if (type == null) return false;
        Project.ClassHit h;
        try {
            h = project.classNamed(type, file);
        } catch (RuntimeException e) {
            return false;
        }
        if (h == null || h.info().props().isEmpty()) return false;
        return h.info().props().stream().anyMatch(x -> type.equals(x.type()) && x.value() == null && x.decorators().isEmpty())
                && h.info().props().stream().filter(x -> type.equals(x.type())).count() >= 2;
    }

    private static ClassInfo.Prop prop(Project project, Project.ClassHit h, String name, int depth) {
        for (ClassInfo.Prop p : h.info().props()) if (p.name().equals(name)) return p;
        for (Fn.Param p : h.info().ctorParams()) {
            if (p.name().equals(name)) return new ClassInfo.Prop(p.name(), p.type(), p.decorators(), null, p.location());
        }
        if (h.info().superClass() == null || depth > 4) return null;
        Project.ClassHit up;
        try {
            up = project.classOf(h.info().superClass(), h.file());
        } catch (RuntimeException e) {
            up = null;
        }
        return up == null ? null : prop(project, up, name, depth + 1);
    }

    private static List<String> append(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }
}
