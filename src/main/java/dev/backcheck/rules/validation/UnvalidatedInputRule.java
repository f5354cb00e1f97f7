package dev.backcheck.rules.validation;

import dev.backcheck.findings.Level;
import dev.backcheck.findings.Location;
import dev.backcheck.frameworks.ModelSupport;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.Decorator;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import dev.backcheck.lang.facts.ClassInfo;
import java.util.*;

/**
 * A route handler reads body, query or params that nothing on its chain, in the framework's
 * route schema, or in the handler (and the project functions it hands the input to) validates.
 * One finding per route and request part, at the handler's first read of that part, listing the
 * fields read. Routes that share a handler share the finding. A path parameter used only as a
 * parameterized lookup key is not reported (a note with the {@code report-lookup-keys} option);
 * fields a rejecting guard checks by type, format or range are validated by hand.
 */
@RuleId("validation/unvalidated-input")
public final class UnvalidatedInputRule implements Rule {
    static final List<String> PARTS = List.of("body", "query", "params");
    /** Parameter types Spring's binding converts and rejects when malformed. */
    private static final Set<String> SPRING_TYPED = Set.of("int", "long", "short", "byte", "double", "float", "boolean",
            "Integer", "Long", "Short", "Byte", "Double", "Float", "Boolean", "BigDecimal", "BigInteger", "UUID", "LocalDate",
            "LocalDateTime", "LocalTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Year", "YearMonth", "Duration");

    /**
     * A Spring parameter the binding itself checks or that carries no free-form data: a number, boolean, UUID or
     * date (converted, 400 when malformed), a collection of those, an uploaded file, paging and sorting.
     */
    private static boolean springBound(Project project, FileFacts from, Route.ParamInput in) {
        String t = in.type() == null ? "" : in.type().strip();
        String simple = simpleType(t);
        if (Set.of("MultipartFile", "Pageable", "Sort", "Principal", "Authentication", "Model", "HttpServletRequest").contains(simple)) return true;
        String element = collectionElement(t);
        if (element != null && (typedScalar(project, element, from) || simpleType(element).equals("MultipartFile"))) return true;
        // an enum parameter: Spring's StringToEnum converter rejects an unknown name with a 400
        if (!in.part().equals("body") && isEnum(project, simple, from)) return true;
        return !in.part().equals("body") && SPRING_TYPED.contains(simple);
    }

    /** Collection types Spring and Jackson bind element by element. */
    private static final Set<String> COLLECTIONS = Set.of("List", "ArrayList", "LinkedList", "Set", "HashSet", "LinkedHashSet",
            "TreeSet", "SortedSet", "Collection", "Iterable", "Optional");

    /** The element type of a collection or array type ({@code ArrayList<Long>} → Long, {@code Long[]} → Long), or null. */
    private static String collectionElement(String type) {
        String t = type == null ? "" : type.strip();
        if (t.endsWith("[]")) return t.substring(0, t.length() - 2).strip();
        int lt = t.indexOf('<');
        if (lt > 0 && t.endsWith(">") && COLLECTIONS.contains(simpleType(t.substring(0, lt)))) {
            return t.substring(lt + 1, t.length() - 1).replaceAll("@[\\w.]+\\s*", "").strip();
        }
        return null;
    }

    /** A number, boolean, UUID, date or project enum: converted strictly at binding, 400 when malformed. */
    private static boolean typedScalar(Project project, String type, FileFacts from) {
        String s = simpleType(type);
        return SPRING_TYPED.contains(s) || isEnum(project, s, from);
    }

    /** A project class declared as a Java {@code enum}. */
    private static boolean isEnum(Project project, String name, FileFacts from) {
        if (name == null || name.isEmpty() || SPRING_TYPED.contains(name) || name.equals("String")) return false;
        Project.ClassHit hit = project.classNamed(name, from);
        if (hit == null || hit.file() == null || !"java".equals(hit.file().language())) return false;
        Location at = hit.info().location();
        if (at == null) return false;
        try {
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, hit.file().path());
            for (int i = Math.max(0, at.line() - 1); i < Math.min(lines.size(), at.line() + 2); i++) {
                if (lines.get(i).matches(".*\\benum\\s+" + java.util.regex.Pattern.quote(hit.info().name()) + "\\b.*")) return true;
            }
        } catch (RuntimeException e) {
            return false;
        }
        return false;
    }

    private static String simpleType(String t) {
        if (t == null) return "";
        String s = t.strip();
        if (s.startsWith("Optional<") && s.endsWith(">")) s = s.substring(9, s.length() - 1);
        return s.substring(s.lastIndexOf('.') + 1);
    }
    private static final int MAX_FIELDS_LISTED = 8;

    /** What one finding collects before it is reported. */
    private static final class Pending {
        final String part;
        final String framework;
        final List<Route> routes = new ArrayList<>();
        final Set<String> fields = new LinkedHashSet<>();
        final Set<String> presenceOnly = new TreeSet<>();
        boolean whole;
        Location first;
        String paramType;
        boolean lookupNote;
        String lookup;
        /** Body/query fields used only as lookup keys, reported because a driver reads an object in their place as operators. */
        final Set<String> objectKeys = new TreeSet<>();
        String objectDriver;
        boolean atFlush;
        /** Spring body: "entity" (a JPA entity bound as is), "unconstrained" (a class with no constraints), or null. */
        String springKind;
        /** Spring: a command object bound from form and query fields (@ModelAttribute or no annotation), not a JSON body. */
        boolean command;
        /** The handler (or route) the finding is about. */
        Object owner;
        /** NestJS: a ValidationPipe runs on the route but cannot check the parameter's type: "class" (no class-validator decorators) or "type". */
        String nestPipe;

        Pending(String part, String framework) {
            this.part = part;
            this.framework = framework;
        }
    }

    @Override
    public void check(Project project, RuleContext ctx) {
        Analysis analysis = ModelSupport.analysis(project);
        boolean reportKeys = Boolean.TRUE.equals(ctx.option("report-lookup-keys"));
        // by handler (identity: two handlers with the same code are still two) and part, in route order
        IdentityHashMap<Object, Map<String, Pending>> byOwner = new IdentityHashMap<>();
        List<Pending> pending = new ArrayList<>();
        OtherApps apps = new OtherApps();
        for (Application app : project.applications()) {
            for (Route route : app.routes()) {
                Fn h = route.handler();
                FileFacts hf = h == null ? null : analysis.fnFile(h);
                Object owner = h != null ? h : route;
                apps.route(route, app);
                // NestJS: a project interceptor on the route that runs a schema validation of the parts it names
                Set<String> intercepted = app.framework().equals("nestjs") ? Interceptors.validatedParts(project, analysis, h, hf) : Set.of();
                Analysis.Summary hsummary = h == null || hf == null ? null : analysis.summary(h, hf);
                // the app's query parser builds no objects (Express 5's simple parser, Hono): a query value is a string
                // or an array of strings, never operators or an object a driver expands
                boolean flatQuery = dev.backcheck.concepts.QueryParsers.of(project).flat(app);
                // parameters bound to input by the framework (NestJS @Body() dto: Dto); a validated
                // parameter covers the part (or its field) however the handler reads it afterwards
                Set<String> boundValidated = new TreeSet<>();
                for (Route.ParamInput in : route.inputs()) {
                    if (!in.validated() || !PARTS.contains(in.part())) continue;
                    apps.validated(owner, in.part(), route, app);
                    String field = nestField(h, in);
                    boundValidated.add(field == null ? in.part() : in.part() + "." + field);
                }
                for (Route.ParamInput in : route.inputs()) {
                    if (in.validated() || !PARTS.contains(in.part()) || intercepted.contains(in.part())) continue;
                    // Spring converts a number, boolean, UUID or date parameter at binding and answers 400 when it does not parse
                    if (app.framework().equals("spring") && springBound(project, hf, in)) continue;
                    String field = nestField(h, in);
                    // a rejecting guard in the handler checks the bound value by type, format or range
                    if (hsummary != null) {
                        Set<String> checked = new HashSet<>(hsummary.checkedFields().getOrDefault(in.part(), Set.of()));
                        checked.addAll(existing(analysis, h, hf, hsummary, in.part()));
                        if (checked.contains("*") || field != null && checked.contains(field)) continue;
                    }
                    // TS: a rejecting guard in the handler (or a function it hands the value to) checks the bound value itself
                    int tsIndex = paramIndex(h, in);
                    if (!app.framework().equals("spring") && hsummary != null && field != null && tsIndex >= 0
                            && hsummary.checkedParams().getOrDefault(tsIndex, Set.of()).contains("")) continue;
                    // a bound parameter only compared, echoed, handed to an unread parameter or verified as a token
                    if (h != null && hf != null && !app.framework().equals("spring") && boundSettled(analysis, h, hf, in)) continue;
                    // Spring: the handler, or a service or validator it hands the value to, checks it by hand (a length
                    // bound, a format predicate, an allow-list, a strict parse) and throws or answers before using it
                    int index = paramIndex(h, in);
                    if (app.framework().equals("spring") && hsummary != null && index >= 0 && handChecked(hsummary, index)) continue;
                    // Spring: a bound form or filter object the handler first puts back into range with a method of its own
                    // class (filters.sanitize(): allow-listed sort keys, clamped page, defaults)
                    if (app.framework().equals("spring") && h != null && hf != null && index >= 0
                            && JavaUses.normalisedByOwnMethod(analysis, h, hf, index)) continue;
                    // Spring: a handler that never reads the bound parameter at all (a stub answering a fixed response)
                    if (app.framework().equals("spring") && h != null && index >= 0 && neverRead(project, h, index)) continue;
                    // TS: a bound parameter (Nest @Query('user') user) the handler never reads
                    if (!app.framework().equals("spring") && h != null && index >= 0 && neverRead(project, h, index)) continue;
                    // Nest: a whole @Body() under a raw or text parser (app.use(bodyParser.raw(...))), only written to a file as
                    // it came, here or in the services it is handed to: an opaque upload, as under express.raw()
                    if (app.framework().equals("nestjs") && in.part().equals("body") && field == null && hf != null && index >= 0
                            && bytesParser(route) && HandChecks.paramOnlyWrittenAsBytes(analysis, h, hf, index, 0)) continue;
                    // Spring: every use binds the value as a query parameter, compares it or converts it strictly
                    if (app.framework().equals("spring") && hf != null && index >= 0 && JavaUses.settled(analysis, h, hf, index)) continue;
                    // TS: a whole bound part (@Body() body: { a: string; b: string }) the handler only takes apart field by
                    // field, each field checked by hand, settled or used only as a lookup key, as a field read would be
                    if (!app.framework().equals("spring") && field == null && h != null && hf != null && hsummary != null
                            && fieldsSettled(project, analysis, h, hf, hsummary, route, in, flatQuery, app.framework())) continue;
                    // a body or query field used only as a lookup key, here or in the project functions it is handed to
                    if (!in.part().equals("params") && h != null && hf != null && field != null && lookupOnly(project, route, analysis, h, hf, in.part(), field,
                            flatQuery, scalarValues(app.framework(), in.part()) || nestString(route, in, field))
                            && outsideMutations(project, collected(h), in.part(), field)) continue;
                    if (in.part().equals("params") && h != null && hf != null) {
                        Analysis.KeyUse use = analysis.keyUse(h, hf, v -> isPart(v, "params", field));
                        // a path parameter (text) whose way the walk lost in a call it could not follow: not judged
                        if (!use.keyOnly() && !use.seen() && !app.framework().equals("spring")) continue;
                        if (use.keyOnly()) {
                            if (!reportKeys) continue;
                            Pending p = pendingFor(byOwner, pending, owner, "params-key", "params", app.framework());
                            p.lookupNote = true;
                            p.lookup = use.lookup();
                            add(p, route, in.location(), field == null ? null : List.of(field), in.type());
                            continue;
                        }
                    }
                    // a body class whose every field is a number, boolean, UUID or date: Jackson converts each one and
                    // answers 400 for anything else, so there is no free-form value to constrain
                    if (app.framework().equals("spring") && in.part().equals("body") && typedFieldsOnly(project, in.type(), hf)) continue;
                    // @RequestBody Map<String, Boolean> payload: Jackson converts every value to the declared type (400 otherwise)
                    if (app.framework().equals("spring") && in.part().equals("body") && typedValueMap(project, in)) continue;
                    // a JPA entity with Bean Validation constraints is checked by Hibernate Validator when it is flushed
                    if (app.framework().equals("spring") && in.part().equals("body") && validatedAtFlush(project, in.type(), hf)) {
                        // a PATCH partial update: @Valid would reject a body that leaves out a @NotNull field, so the
                        // constraints are meant to run on the merged entity, which Hibernate validates when it flushes it
                        if ("PATCH".equalsIgnoreCase(route.method())) continue;
                        Pending p = pendingFor(byOwner, pending, owner, "body-flush", "body", app.framework());
                        p.atFlush = true;
                        add(p, route, in.location(), null, in.type());
                        continue;
                    }
                    // Spring: a GET handler's command object that a @ModelAttribute method of the controller loads (from
                    // the repository, by a path id): a read-only view of a stored record, nothing from the query is kept
                    if (app.framework().equals("spring") && "GET".equalsIgnoreCase(route.method()) && commandObject(h, in)
                            && modelAttributeLoaded(hf, h, in)) continue;
                    // Spring: a JPA entity bound only to carry its id and one or two named values (read by getter, copied
                    // onto a record loaded again, never saved or copied whole): no property reaches the store unnamed
                    Set<String> loose = app.framework().equals("spring") && in.part().equals("body") && entityType(project, in.type(), hf)
                            ? looseFields(project, analysis, h, hf, index, in.type()) : null;
                    if (loose != null) {
                        // what is left: the named free-text fields nothing checks
                        if (loose.isEmpty()) continue;
                        Pending p = pendingFor(byOwner, pending, owner, in.part(), in.part(), app.framework());
                        add(p, route, in.location(), List.copyOf(loose), in.type());
                        Project.ClassHit cls = project.classNamed(simpleType(in.type()), hf);
                        if (cls != null && !constrained(cls.info())) p.springKind = "unconstrained";
                        continue;
                    }
                    Pending p = pendingFor(byOwner, pending, owner, in.part(), in.part(), app.framework());
                    add(p, route, in.location(), field == null ? null : List.of(field), in.type());
                    // a bound value kept only because the driver (mysql2, Mongoose) reads an object sent in its place: the
                    // message says why, as it does for req.query reads (@Query('labelId') into andWhere(':labelId', { labelId }))
                    String boundDriver = !app.framework().equals("spring") && h != null && hf != null && field != null
                            && !in.part().equals("params") && !(in.part().equals("query") && flatQuery)
                            ? objectValueDriver(project, route, in.part()) : null;
                    if (boundDriver != null && lookupOnlyUse(project, analysis, h, hf, in.part(), field, true)
                            && outsideMutations(project, collected(h), in.part(), field)) {
                        p.objectKeys.add(field);
                        p.objectDriver = boundDriver;
                    }
                    // the fields kept only because a Prisma filter reads an object sent in their place: the message says why
                    if (!app.framework().equals("spring") && h != null && hf != null && objectValueDriver(project, route, in.part()) == null) {
                        Set<String> taken = field != null ? Set.of(field) : in.part().equals("body") || in.part().equals("query")
                                ? fieldsTakenApart(project, collected(h), in.part()) : null;
                        for (String fld : taken == null ? Set.<String>of() : taken) {
                            String lib = nestString(route, in, field) ? null : operatorLookup(project, analysis, h, hf, in.part(), fld, app.framework());
                            if (lib != null && outsideMutations(project, collected(h), in.part(), fld)) {
                                p.objectKeys.add(fld);
                                p.objectDriver = lib;
                            }
                        }
                    }
                    if (app.framework().equals("nestjs") && in.type() != null && p.nestPipe == null && route.controls(ControlKind.VALIDATION)
                            .stream().anyMatch(c -> c.name() != null && c.name().endsWith("ValidationPipe"))) {
                        Project.ClassHit c = project.classNamed(in.type().strip(), hf);
                        p.nestPipe = c != null && c.file() != null && !"java".equals(c.file().language()) ? "class" : "type";
                    }
                    Project.ClassHit cls = !app.framework().equals("spring") || in.type() == null || in.type().contains("<")
                            || in.part().equals("params") ? null : project.classNamed(simpleType(in.type()), hf);
                    // a JSON body of a collection of project objects (List<ColumnInfo>): what its element class declares
                    String element = collectionElement(in.type());
                    if (cls == null && app.framework().equals("spring") && in.part().equals("body") && element != null
                            && !element.contains("<")) cls = project.classNamed(simpleType(element), hf);
                    boolean command = cls != null && commandObject(h, in);
                    if (cls != null && (in.part().equals("body") || command)) {
                        if (command) p.command = true;
                        if (cls.info().decorators().stream().anyMatch(d -> d.name().equals("Entity"))) {
                            p.springKind = constrained(cls.info()) ? "entity" : "entity-bare";
                        }
                        else if (!constrained(cls.info())) p.springKind = "unconstrained";
                    }
                }
                if (h == null || hf == null) continue;
                Set<String> validated = new TreeSet<>(route.frameworkValidated());
                validated.addAll(boundValidated);
                validated.addAll(intercepted);
                for (Control c : route.controls(ControlKind.VALIDATION)) validated.addAll(c.parts().isEmpty() ? Set.of("*") : c.parts());
                Analysis.Summary summary = hsummary;
                validated.addAll(summary.validatedParts());
                if (validated.contains("*")) continue;
                List<Fn> fns = new ArrayList<>();
                HandChecks.collect(h, fns, 0);
                Map<String, List<Fn.Read>> byPart = new LinkedHashMap<>();
                for (Fn f : fns) {
                    for (Fn.Read r : f.reads()) {
                        if (PARTS.contains(r.part()) && !validated.contains(r.part())) {
                            byPart.computeIfAbsent(r.part(), k -> new ArrayList<>()).add(r);
                        }
                    }
                }
                // express.raw() on the route: the body is a Buffer of bytes (proxied, hashed, stored as a file), no
                // document a schema could describe
                if (rawBody(route)) byPart.remove("body");
                // a raw or text parser on the chain (beside express.json for other content types) and a handler that only
                // writes the whole body to a file as it came: an opaque upload, no fields a schema could describe
                if (byPart.containsKey("body") && bytesParser(route) && bodyOnlyWrittenAsBytes(fns, byPart.get("body"))) byPart.remove("body");
                for (Map.Entry<String, List<Fn.Read>> e : byPart.entrySet()) {
                    String part = e.getKey();
                    Set<String> checked = new HashSet<>(summary.checkedFields().getOrDefault(part, Set.of()));
                    checked.removeAll(HandChecks.nonRejectingChecked(project, fns, part));
                    // an id whose lookup answers 4xx when no record has it names an existing record
                    checked.addAll(existing(analysis, h, hf, summary, part));
                    // fields a hand-validation middleware on the chain checks (body.email)
                    for (String v : validated) if (v.startsWith(part + ".")) checked.add(v.substring(part.length() + 1));
                    if (checked.contains("*")) continue;
                    List<Fn.Read> reads = wholeAsFields(project, fns, part, e.getValue());
                    reads.sort(Comparator.comparing(Fn.Read::location, Location.ORDER));
                    // a test whose branch lets the request through (answers 200, logs) validates nothing; a project
                    // validator helper whose result a rejecting test reads does (see HandChecks)
                    checked.addAll(HandChecks.helperChecked(analysis, project, hf, fns, part));
                    if (checked.contains("*")) continue;
                    // doc.status = req.body.status; await doc.save(): the schema's validator on that path rejects a bad value
                    checked.addAll(HandChecks.schemaValidated(analysis, project, fns, part));
                    // try { new URL(req.query.url) } catch { return 400 }: a strict parse whose failure is refused
                    checked.addAll(HandChecks.refusedParses(project, fns, part));
                    // typeof req.query.status === 'string' ? req.query.status : undefined: a value kept only when it is a
                    // string (anything else becomes a fixed default) is checked by type, as a rejecting typeof guard checks it
                    Map<String, Boolean> filtered = new HashMap<>();
                    for (Fn.Read r : reads) {
                        String k = field(r);
                        if (k != null && filtered.computeIfAbsent(k, x -> typeFiltered(project, fns, part, x)
                                || HandChecks.typeKept(project, fns, part, x, h))) checked.add(k);
                    }
                    // fields a guard checks by type, format or range are validated by hand
                    reads.removeIf(r -> field(r) != null && checked.contains(field(r)));
                    // a whole part only handed to helpers that inspect it; a value bound to a local never used again
                    reads.removeIf(r -> field(r) == null && HandChecks.wholeOnlyInspected(analysis, hf, fns, part));
                    // a whole part only handed to getters that answer a member when typeof gives it a scalar type and a literal
                    // otherwise (field(body, 'userId') of a parsed form): each value the handler gets is checked by type
                    reads.removeIf(r -> field(r) == null && HandChecks.wholeOnlyTypeKept(analysis, hf, fns, part));
                    // a whole part handed to project helpers that read it member by member, each member checked there, used
                    // only as a lookup key or handed to its verifier (finishSignIn(req.query): state looked up, code exchanged)
                    if (reads.stream().anyMatch(r -> field(r) == null)) {
                        boolean lookups = part.equals("query") && flatQuery || objectValueDriver(project, route, part) == null;
                        if (HandChecks.wholeMembersSettled(analysis, hf, fns, part, lookups, scalarValues(app.framework(), part))) reads.removeIf(r -> field(r) == null);
                    }
                    reads.removeIf(r -> HandChecks.unusedRead(project, h, r, field(r)));
                    List<Fn.Read> keys = new ArrayList<>();
                    String lookup = null;
                    Map<String, String> objectKeysOf = new HashMap<>();
                    if (part.equals("params")) {
                        // a path parameter used only as a parameterized lookup key
                        Map<String, Analysis.KeyUse> uses = new HashMap<>();
                        List<Fn.Read> lost = new ArrayList<>();
                        for (Fn.Read r : reads) {
                            String fld = field(r);
                            Analysis.KeyUse use = uses.computeIfAbsent(fld == null ? "" : fld,
                                    k -> analysis.keyUse(h, hf, v -> isPart(v, "params", fld)));
                            if (use.keyOnly()) {
                                keys.add(r);
                                if (lookup == null) lookup = use.lookup();
                            } else if (!use.seen() && !app.framework().equals("spring")) {
                                lost.add(r);
                            }
                        }
                        reads.removeAll(keys);
                        // a path parameter is text the router cut from the path: where the walk lost its way (a call it
                        // could not follow or classify) it is not reported; text built with it and a store of it are
                        reads.removeAll(lost);
                    } else {
                        // a body or query field used only as a lookup key (a bound SQL parameter, a where filter, a map key)
                        Map<String, Boolean> only = new HashMap<>();
                        reads.removeIf(r -> field(r) != null && only.computeIfAbsent(field(r),
                                k -> lookupOnly(project, route, analysis, h, hf, part, k, flatQuery, scalarValues(app.framework(), part))
                                        && outsideMutations(project, fns, part, k)));
                        // the same, kept only because the driver reads an object sent in their place: the message says why
                        String driver = part.equals("query") && flatQuery ? null : objectValueDriver(project, route, part);
                        for (Fn.Read r : reads) {
                            String k = field(r);
                            if (k == null || objectKeysOf.containsKey(k)) continue;
                            String lib = driver != null ? (lookupOnlyUse(project, analysis, h, hf, part, k, true) ? driver : null)
                                    : operatorLookup(project, analysis, h, hf, part, k, app.framework());
                            if (lib != null && outsideMutations(project, fns, part, k)) objectKeysOf.put(k, lib);
                        }
                    }
                    // the whole part handed on, where every use the key walk sees (here and in the project functions it goes
                    // to) is a comparison, a conversion, a JSON answer or a log line: nothing is looked up, stored or built with
                    // it (a mock server matching the query against stored examples key by key)
                    // (the query only: a body the walk loses in a constructor, new Settings(body), would look the same)
                    if (part.equals("query") && reads.stream().anyMatch(r -> field(r) == null) && wholeOnlyCompared(analysis, h, hf, fns, part)) {
                        reads.removeIf(r -> field(r) == null);
                    }
                    // a value only written to a log line is not used
                    reads.removeIf(r -> onlyLogged(fns, part, field(r)));
                    // the whole part printed to the log or sent back as JSON to its sender (a test endpoint echoing its body)
                    reads.removeIf(r -> field(r) == null && loggedOrEchoed(fns, part));
                    // the whole part only handed to the app's own in-process dispatch (app.inject), whose route validates it
                    reads.removeIf(r -> field(r) == null && onlyRedispatched(project, hf, fns, part));
                    // a read inside a log line is not where the value is used: point at the uses when there are any
                    List<Location> logLines = new ArrayList<>();
                    for (Fn f : fns) for (CallSite cs : f.calls()) if (cs.location() != null && Verifiers.logCall(cs)) logLines.add(cs.location());
                    if (!logLines.isEmpty() && reads.stream().anyMatch(r -> logLines.stream().noneMatch(l -> within(l, r.location())))) {
                        reads.removeIf(r -> logLines.stream().anyMatch(l -> within(l, r.location())));
                    }
                    // a value only compared with a literal, parsed with a fallback, echoed back, handed to a parameter
                    // the callee never reads, or verified as a signed token leaves nothing to validate
                    RequestUses uses = RequestUses.of(analysis, hf, fns, part);
                    reads.removeIf(r -> field(r) != null && uses.settled(field(r), r.location()));
                    // Spring: a field read from the servlet request (request.getParameter("id")) whose every use binds
                    // it as a query parameter, compares it or converts it strictly
                    if (app.framework().equals("spring")) reads.removeIf(r -> JavaUses.settledRead(analysis, h, hf, part, field(r)));
                    if (!reads.isEmpty()) {
                        Pending p = pendingFor(byOwner, pending, owner, part, part, app.framework());
                        for (Fn.Read r : reads) add(p, route, r.location(), field(r) == null ? null : List.of(field(r)), null);
                        p.presenceOnly.addAll(presenceChecked(fns, part));
                        for (Fn.Read r : reads) {
                            String d = field(r) == null ? null : objectKeysOf.get(field(r));
                            if (d != null) {
                                p.objectKeys.add(field(r));
                                p.objectDriver = d;
                            }
                        }
                    } else if (!keys.isEmpty() && reportKeys) {
                        Pending p = pendingFor(byOwner, pending, owner, "params-key", part, app.framework());
                        p.lookupNote = true;
                        p.lookup = lookup;
                        for (Fn.Read r : keys) add(p, route, r.location(), field(r) == null ? null : List.of(field(r)), null);
                    }
                }
            }
        }
        DevMounts dev = new DevMounts(project);
        // a dev-only route (a 404 unless a development flag or a development/test environment) is absent from a deployment;
        // asked only of routes with something to report (a route's behaviour is costly to read for every route)
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        for (Pending p : pending) {
            p.routes.removeIf(behaviour::devOnly);
            if (!p.routes.isEmpty()) report(ctx, p, apps, dev);
        }
    }

    /**
     * The reads of a part, where a whole read ({@code const input = req.body || {}}) whose value the handler only ever takes
     * apart field by field ({@code input.fileId}) stands for reads of those fields at the same place: each is then judged
     * as its own field read would be. A part used whole anywhere (handed on, spread, returned, stored) keeps its whole read.
     */
    private static List<Fn.Read> wholeAsFields(Project project, List<Fn> fns, String part, List<Fn.Read> reads) {
        if (reads.stream().noneMatch(r -> field(r) == null)) return new ArrayList<>(reads);
        Set<String> fields = fieldsTakenApart(project, fns, part);
        if (fields == null || fields.isEmpty()) return new ArrayList<>(reads);
        List<Fn.Read> out = new ArrayList<>();
        for (Fn.Read r : reads) {
            if (field(r) != null) out.add(r);
            else for (String fld : fields) out.add(new Fn.Read(r.part(), r.location(), new Val.Req(part, List.of(fld))));
        }
        return out;
    }

    /**
     * A bound part read by the handler only field by field (never handed on, spread, returned or stored whole), where
     * every field is checked by a rejecting guard (here or in the functions it is handed to), settled (compared, verified,
     * echoed, handed to an unread parameter) or used only as a lookup key.
     */
    private static boolean fieldsSettled(Project project, Analysis analysis, Fn h, FileFacts hf, Analysis.Summary summary, Route route, Route.ParamInput in,
                                         boolean flatQuery, String framework) {
        String part = in.part();
        if (!part.equals("body") && !part.equals("query")) return false;
        List<Fn> fns = collected(h);
        Set<String> fields = fieldsTakenApart(project, fns, part);
        if (fields == null || fields.isEmpty()) return false;
        Set<String> checked = new HashSet<>(summary.checkedFields().getOrDefault(part, Set.of()));
        checked.removeAll(HandChecks.nonRejectingChecked(project, fns, part));
        checked.addAll(existing(analysis, h, hf, summary, part));
        RequestUses uses = RequestUses.of(analysis, hf, fns, part);
        for (String f : fields) {
            if (checked.contains(f)) continue;
            if (uses.settled(f, in.location())) continue;
            if (lookupOnly(project, route, analysis, h, hf, part, f, flatQuery, scalarValues(framework, part)) && outsideMutations(project, fns, part, f)) continue;
            return false;
        }
        return true;
    }

    /** The fields the handler takes from a request part, or null when it uses the part whole anywhere. */
    private static Set<String> fieldsTakenApart(Project project, List<Fn> fns, String part) {
        java.util.function.Predicate<Val> whole = v -> v instanceof Val.Req q && q.part().equals(part)
                && (q.path().isEmpty() || q.path().get(0).equals("*") || OBJECT_METHODS.contains(q.path().get(0)));
        Set<String> fields = new TreeSet<>();
        java.util.function.Predicate<Val> fieldOf = v -> {
            if (v instanceof Val.Req q && q.part().equals(part) && !q.path().isEmpty() && !q.path().get(0).equals("*")
                    && !OBJECT_METHODS.contains(q.path().get(0))) fields.add(q.path().get(0));
            return false;
        };
        List<Val> values = new ArrayList<>();
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                // Object.fromEntries(new URLSearchParams(await c.req.text())): the form decoded, its fields read as body.x
                if (part.equals("body") && formDecode(cs)) continue;
                // form.get('role') of a body read as a FormData: the call's answer is the field, read where it is used
                if (Val.formGetter(cs.callee(), cs.args())) continue;
                values.add(cs.callee());
                values.addAll(cs.args());
            }
            values.addAll(f.returns());
            for (Fn.Write w : f.writes()) {
                values.add(w.value());
                values.addAll(w.keys());
            }
            for (Fn.Loop l : f.loops()) values.add(l.over());
        }
        for (Val v : values) if (whole.test(v) || Vals.anyPart(v, whole)) return null;
        // an assignment to an object from a local (o.data = input) may keep the whole part: the facts do not say
        if (!outsideMutations(project, fns, part, "\u0000")) return null;
        for (Val v : values) Vals.anyPart(v, fieldOf);
        for (Fn f : fns) {
            for (Fn.Compare c : f.compares()) {
                Vals.anyPart(c.left(), fieldOf);
                Vals.anyPart(c.right(), fieldOf);
            }
            for (Fn.Check c : f.checks()) Vals.anyPart(c.subject(), fieldOf);
        }
        return fields;
    }

    /**
     * {@code new URLSearchParams(text)} of the whole body text, or {@code Object.fromEntries} of it: the decoding of a form,
     * whose fields the facts give as body fields where the decoded object is taken apart (Val.member); where the object is
     * handed on whole, that use still holds the body.
     */
    private static boolean formDecode(CallSite cs) {
        return Val.bodySearchParams(cs.callee(), cs.args()) || Val.decodedForm(cs.callee(), cs.args());
    }

    /** The last body parser on the route's chain reads the body as raw bytes: express.raw(), bodyParser.raw(). */
    private static boolean rawBody(Route route) {
        Control last = null;
        for (Control c : route.chain()) if (c.kind() == ControlKind.BODY_PARSER) last = c;
        if (last == null) return false;
        if ("express.raw".equals(last.name())) return true;
        return last.options() != null && last.options().value() instanceof Val.Call c && "raw".equals(Vals.lastName(c.callee()));
    }

    /**
     * Every use of the part (whole or by field) that the strict key walk follows is neutral: compared, converted, answered
     * as JSON, logged, read by Object.keys, or handed to a parameter nobody reads; no lookup (a whole object used as a
     * filter is an operator injection, not a key), no store, no text built with it.
     */
    private static boolean wholeOnlyCompared(Analysis analysis, Fn h, FileFacts hf, List<Fn> fns, String part) {
        // a construction or a spread copy of it is where the walk stops seeing it
        java.util.function.Predicate<Val> has = a -> Vals.anyPart(a, x -> x instanceof Val.Req q && q.part().equals(part));
        // the request (or context) handed on whole: its query may be read where the walk does not look
        Set<String> request = Set.of("req", "request", "c", "ctx", "context");
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                for (Val a : cs.args()) if (a instanceof Val.Param p && p.path().isEmpty() && request.contains(p.name())) return false;
            }
            // req.query.type = 'buyer': the query is changed for code that reads it later
            List<Location> reads = new ArrayList<>();
            for (Fn.Read r : f.reads()) if (r.part().equals(part)) reads.add(r.location());
            for (Location m : f.mutations()) if (reads.stream().anyMatch(r -> within(m, r))) return false;
        }
        // a $regex or $where built from it is a pattern or code, not a value compared
        if (operatorKeyed(fns, part, null)) return false;
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) if (cs.isNew() && cs.args().stream().anyMatch(has)) return false;
            for (Fn.Write w : f.writes()) if (has.test(w.value())) return false;
            if (f.returns().stream().anyMatch(has)) return false;
        }
        Analysis.KeyUse use = analysis.lookupOnlyUse(h, hf, v -> v instanceof Val.Req q && q.part().equals(part));
        return use.keyOnly() && (use.lookup() == null || use.lookup().equals("comparison"));
    }

    /** The part (or its field) is the value of a {@code $regex}/{@code $where} key of an object the handler builds. */
    private static boolean operatorKeyed(List<Fn> fns, String part, String field) {
        java.util.function.Predicate<Val> it = v -> Vals.anyPart(v, x -> isPart(x, part, field));
        boolean[] found = {false};
        java.util.function.Predicate<Val> obj = v -> {
            if (v instanceof Val.Obj o) {
                for (Map.Entry<String, Val> e : o.props().entrySet()) if (dev.backcheck.concepts.MongoOperators.runsValue(e.getKey()) && it.test(e.getValue())) found[0] = true;
            }
            return false;
        };
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                Vals.anyPart(cs.callee(), obj);
                for (Val a : cs.args()) Vals.anyPart(a, obj);
            }
            for (Fn.Write w : f.writes()) Vals.anyPart(w.value(), obj);
            for (Val r : f.returns()) Vals.anyPart(r, obj);
        }
        return found[0];
    }

    /** {@code typeof X === 'string' ? X : <literal>}, X the text of the read, starting where the read starts. */
    private static final java.util.regex.Pattern STRING_FILTER = java.util.regex.Pattern.compile(
            "typeof\\s+([\\w$.]+|[\\w$.]+\\[\\s*(['\"])[\\w$-]+\\2\\s*\\])\\s*===?\\s*(['\"])string\\3\\s*\\?\\s*\\1\\s*:\\s*"
            + "(?:undefined|null|''|\"\"|'[^'\\n]*'|\"[^\"\\n]*\"|-?\\d+(?:\\.\\d+)?|true|false)(?![\\w$.\\[(])");

    /**
     * Every read of {@code field} is the typeof test or the kept branch of a ternary that keeps the value only when it is a
     * string ({@code typeof req.query.q === 'string' ? req.query.q : undefined}): what goes on is a string or a literal.
     */
    private static boolean typeFiltered(Project project, List<Fn> fns, String part, String field) {
        List<Location> tests = new ArrayList<>();
        for (Fn f : fns) {
            for (Fn.Compare c : f.compares()) {
                // the facts keep no operand of a typeof (the source text names it, see keptBranch)
                if (!c.op().equals("==")) continue;
                boolean l = "typeof".equals(c.leftKind()) && "string".equals(Val.constString(c.right()));
                boolean r = "typeof".equals(c.rightKind()) && "string".equals(Val.constString(c.left()));
                if ((l || r) && c.location() != null) tests.add(c.location());
            }
        }
        if (tests.isEmpty()) return false;
        boolean kept = false;
        for (Fn f : fns) {
            for (Fn.Read r : f.reads()) {
                if (!isPart(r.value(), part, field)) continue;
                // the whole part read (destructured, handed on): the field may go on by another road
                if (!(r.value() instanceof Val.Req q) || q.path().size() != 1 || !field.equals(q.path().get(0))) return false;
                if (tests.stream().anyMatch(t -> within(t, r.location()))) continue;
                if (!keptBranch(project, r.location())) return false;
                kept = true;
            }
        }
        return kept;
    }

    /** The read at {@code at} is the X after the ? of {@link #STRING_FILTER} on its line. */
    private static boolean keptBranch(Project project, Location at) {
        if (at == null || at.path() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, at.path());
        if (at.line() < 1 || at.line() > lines.size()) return false;
        String line = lines.get(at.line() - 1);
        java.util.regex.Matcher m = STRING_FILTER.matcher(line);
        while (m.find()) {
            if (m.start(1) == at.column() - 1) continue; // the typeof operand itself
            int second = line.indexOf(m.group(1), m.end(3));
            if (second == at.column() - 1) return true;
        }
        return false;
    }

    /** Some body parser on the route's chain reads the body as bytes or text: express.raw(), express.text(), bodyParser.raw(). */
    private static boolean bytesParser(Route route) {
        for (Control c : route.chain()) {
            if (c.kind() != ControlKind.BODY_PARSER) continue;
            if ("express.raw".equals(c.name()) || "express.text".equals(c.name())) return true;
            if (c.options() != null && c.options().value() instanceof Val.Call call
                    && Set.of("raw", "text").contains(String.valueOf(Vals.lastName(call.callee())))) return true;
        }
        return false;
    }

    /** File writes whose second argument is the data written as it is. */
    private static final Set<String> BYTE_WRITES = Set.of("writeFile", "writeFileSync", "appendFile", "appendFileSync");

    /**
     * Every read of the body is of the whole body (or its length), and every use of it is as the data of a file write
     * ({@code fs.writeFile(path, req.body)}): nothing parses it, takes a field of it, returns, stores or hands it on.
     */
    private static boolean bodyOnlyWrittenAsBytes(List<Fn> fns, List<Fn.Read> reads) {
        for (Fn.Read r : reads) {
            String f = field(r);
            if (f != null && !f.equals("length") && !f.equals("byteLength")) return false;
        }
        java.util.function.Predicate<Val> body = a -> Vals.anyPart(a, x -> x instanceof Val.Req q && q.part().equals("body")
                && (q.path().isEmpty() || !Set.of("length", "byteLength").contains(q.path().get(0))));
        boolean written = false;
        for (Fn f : fns) {
            for (Val r : f.returns()) if (body.test(r)) return false;
            for (Fn.Write w : f.writes()) if (body.test(w.value()) || w.keys().stream().anyMatch(body)) return false;
            for (Fn.Loop l : f.loops()) if (body.test(l.over())) return false;
            for (CallSite cs : f.calls()) {
                if (body.test(cs.callee())) return false;
                for (int i = 0; i < cs.args().size(); i++) {
                    Val a = cs.args().get(i);
                    if (!body.test(a)) continue;
                    if (i == 1 && BYTE_WRITES.contains(String.valueOf(cs.methodName())) && a instanceof Val.Req q && q.path().isEmpty()) {
                        written = true;
                        continue;
                    }
                    // a log line naming it is no use
                    if (Verifiers.logCall(cs)) continue;
                    return false;
                }
            }
        }
        return written;
    }

    /** Drivers that turn an object given as a value into query operators or SQL fragments ({$ne: null}, {a: 1} → a = 1). */
    private static final List<String> OBJECT_VALUE_DRIVERS = List.of("mongoose", "mongodb", "mysql", "mysql2", "@typegoose/typegoose");

    /**
     * A body or query field whose every use, in the handler and the project functions it hands the value to (a few calls
     * deep, across files), is a lookup: a bound SQL parameter, a where filter, a lookup by id, a map key, a comparison,
     * an SDK retrieval by id. Never with a driver that reads an object sent in place of a string as operators.
     */
    private static boolean lookupOnly(Project project, Route route, Analysis analysis, Fn h, FileFacts hf, String part, String field,
                                      boolean flatQuery, boolean scalar) {
        String driver = part.equals("query") && flatQuery ? null : objectValueDriver(project, route, part);
        // mysql2: a value looked up only with execute (a prepared statement) or Prisma is a value even when it is an object;
        // any driver: a value every lookup gets converted (findOne({ id: parseInt(id) }), String(id)) is no object
        if (driver != null && !(driver.startsWith("mysql") && driverFree(project, analysis, h, hf, part, field, scalar, driver))
                && !convertedOnly(project, analysis, h, hf, part, field)) return false;
        // a string is no operator object, but as a $regex it is a pattern the database runs ({ $regex: search })
        if (part.equals("query") && flatQuery && objectValueDriver(project, route, part) != null && operatorKeyed(collected(h), part, field)) return false;
        return lookupOnlyUse(project, analysis, h, hf, part, field, scalar);
    }

    /**
     * Every use of the field is a lookup, none of them one the MySQL {@code driver} formats into SQL text (a mysql2
     * execute, a Prisma call: see {@link dev.backcheck.concepts.DbClients#mysqlReads}).
     */
    private static boolean driverFree(Project project, Analysis analysis, Fn h, FileFacts hf, String part, String field, boolean scalar,
                                      String driver) {
        Analysis.KeyUse use = lookupUse(project, analysis, h, hf, part, field);
        return use != null && use.keyOnly() && use.lookup() != null && (use.operators() == null || scalar)
                && !dev.backcheck.concepts.DbClients.mysqlReads(driver, use.via());
    }

    /** Every use of the field is a lookup, and each lookup gets it converted to a number or a string (see KeyUse.asSent). */
    private static boolean convertedOnly(Project project, Analysis analysis, Fn h, FileFacts hf, String part, String field) {
        Analysis.KeyUse use = lookupUse(project, analysis, h, hf, part, field);
        return use != null && use.keyOnly() && use.lookup() != null && !use.via().isEmpty() && !use.asSent();
    }

    /**
     * The library (Prisma) whose filter would read an object sent in place of {@code field} as operators, when that is
     * all that keeps the field from being a lookup value: every use a lookup, one of them a non-unique Prisma where
     * ({@code updateMany({ where: { token } })}), and the part's values can be objects. Null otherwise.
     */
    private static String operatorLookup(Project project, Analysis analysis, Fn h, FileFacts hf, String part, String field, String framework) {
        if (scalarValues(framework, part)) return null;
        Analysis.KeyUse use = lookupUse(project, analysis, h, hf, part, field);
        return use != null && use.keyOnly() && use.lookup() != null ? use.operators() : null;
    }

    /**
     * A request part whose values are taken as strings for a Prisma filter: every part but a JSON body (Hono's
     * c.req.query() and Fastify's default querystring parser build no nested objects at all).
     */
    private static boolean scalarValues(String framework, String part) {
        // a query value is only taken for an operator object where the route model knows its parser: not yet (Express 4's
        // qs builds ?status[not]=x into one, but most such filters are optional list filters an operator cannot widen,
        // built by if (status) where.status = status, which the facts do not tell apart); a JSON body is
        return !part.equals("body");
    }

    /**
     * NestJS: a named value bound as a string ({@code @Query('userId') userId: string}, {@code @Param('id') id: string}, an enum or a number).
     * A ValidationPipe with {@code transform: true} turns it into {@code String(value)} (its transformPrimitive); without
     * the transform, qs may still hand an object for a query value. The route model does not carry the pipe's options,
     * so such a value is taken as the string its type says (it is not reported for a Prisma filter; a missed case).
     */
    private static boolean nestString(Route route, Route.ParamInput in, String field) {
        // a single named type (string, number, an enum): String, Number or the enum's String metatype; a union or an
        // object type is emitted as Object, which the pipe hands on as it came
        if (field == null || in.type() == null || !in.type().strip().matches("[\\w.]+")) return false;
        return in.part().equals("query") || in.part().equals("params");
    }

    /** Libraries that load a MySQL driver by its name from their configuration (the code never imports the driver). */
    private static final List<String> DRIVER_LOADERS = List.of("knex", "sequelize", "typeorm", "@mikro-orm/mysql", "@mikro-orm/mariadb",
            "objection", "bookshelf", "@nestjs/typeorm", "@nestjs/sequelize", "sequelize-typescript", "mikro-orm", "waterline", "sails-mysql");

    /** MongoDB drivers: an object value becomes operators unless a sanitiser strips them first. */
    private static final Set<String> MONGO_DRIVERS = Set.of("mongoose", "mongodb", "@typegoose/typegoose");

    /**
     * The driver of {@link #OBJECT_VALUE_DRIVERS} the server code uses, or null; a MongoDB driver not when the route runs
     * express-mongo-sanitize (or a fork) first, which leaves no operator in what it hands on.
     */
    private static String objectValueDriver(Project project, Route route, String part) {
        boolean sanitized = route != null && dev.backcheck.concepts.MongoSanitizers.covers(route, part);
        for (String d : OBJECT_VALUE_DRIVERS) {
            if (sanitized && MONGO_DRIVERS.contains(d)) continue;
            // (a MySQL driver nothing imports is loaded only by an ORM: not by Sequelize configured for another dialect)
            // (nor is one that nothing imports and no library that loads a driver by its name is there to load: drizzle
            // and Prisma take theirs from the code or their own engine; namhatta: mysql2 in the manifest, Neon in the code)
            if (project.dependsOn(d) && (imported(project, d) || !(d.startsWith("mysql") && (knexGuardsWhere(project)
                    || dev.backcheck.concepts.DbClients.of(project).sequelizeWithoutMysql() || DRIVER_LOADERS.stream().noneMatch(project::dependsOn) && !imported(project, "drizzle-orm/" + d))))) return d;
        }
        return null;
    }

    /**
     * {@link #lookupOnly} whatever the driver. A lookup where a library reads an object in the value's place as a filter
     * (a non-unique Prisma where) counts only when the value cannot be an object ({@code scalar}).
     */
    private static boolean lookupOnlyUse(Project project, Analysis analysis, Fn h, FileFacts hf, String part, String field, boolean scalar) {
        Analysis.KeyUse use = lookupUse(project, analysis, h, hf, part, field);
        return use != null && use.keyOnly() && use.lookup() != null && (use.operators() == null || scalar);
    }

    /** How the handler uses {@code field} of {@code part} as a lookup value; null for a login form's fields. */
    private static Analysis.KeyUse lookupUse(Project project, Analysis analysis, Fn h, FileFacts hf, String part, String field) {
        // a login form: its identifier is looked up and its password compared with the stored hash, and neither is
        // bounded or typed before the hashing work; the form is still reported (an identifier checked by hand settles
        // it: the password, only compared with its hash here or in a service, is settled by RequestUses)
        if (h.location() != null) {
            for (dev.backcheck.concepts.PasswordHashers.Use u : dev.backcheck.concepts.PasswordHashers.of(project).uses()) {
                if (u.operation().equals("verify") && h.location().path().equals(u.file()) && within(h.location(), u.location())) return null;
            }
        }
        return analysis.lookupOnlyUse(h, hf, v -> isPart(v, part, field) && v instanceof Val.Req q && !q.path().isEmpty());
    }

    /**
     * Some server code file of the project imports (or requires) {@code module} or one of its entry points (mysql2/promise). A
     * driver only named in the manifest is used through something else: knex takes mysql2 as its client and, since 2.4,
     * refuses an object or array value in a where clause instead of handing it to the driver's object expansion.
     */
    private static boolean imported(Project project, String module) {
        return project.derived(ImportedModules.class, ImportedModules::new).names.stream()
                .anyMatch(m -> m.equals(module) || m.startsWith(module + "/"));
    }

    /** Every manifest declaring knex asks for 2.4 or later (its MySQL compiler rejects object and array where values). */
    private static boolean knexGuardsWhere(Project project) {
        boolean any = false;
        for (dev.backcheck.workspace.Manifest m : project.manifests()) {
            dev.backcheck.workspace.Manifest.Dep d = m.dependencies().get("knex");
            if (d == null) continue;
            java.util.regex.Matcher v = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(d.version() == null ? "" : d.version());
            if (!v.find()) return false;
            int major = Integer.parseInt(v.group(1)), minor = Integer.parseInt(v.group(2));
            if (major < 2 || major == 2 && minor < 4) return false;
            any = true;
        }
        return any;
    }

    /** The module specifiers the project's server code files import. */
    private static final class ImportedModules {
        final Set<String> names = new TreeSet<>();

        ImportedModules(Project project) {
            dev.backcheck.concepts.ServerCode server = dev.backcheck.concepts.ServerCode.of(project);
            for (FileFacts f : project.files().values()) {
                // a maintenance script beside the server (fix-permissions.js with its own mysql connection) is not the app
                if (project.isTestPath(f.path()) || !server.server(f.path())) continue;
                for (dev.backcheck.lang.facts.Import i : f.imports().values()) if (i.module() != null) names.add(i.module());
            }
        }
    }

    /**
     * No read of the field sits inside an assignment to an object (o.name = req.body.name), and no such assignment takes
     * its value from a local (o.name = name, which may be the destructured field).
     */
    /** The assignment at {@code m} is a write the key walk takes for a dated comparison of the field (see Analysis.datedComparison). */
    private static boolean datedComparisonAt(List<Fn> fns, Location m, String part, String field) {
        if (field == null) return false;
        for (Fn f : fns) {
            for (Fn.Write w : f.writes()) {
                if (w.location() != null && within(m, w.location()) && Analysis.datedComparison(w, v -> isPart(v, part, field))) return true;
            }
        }
        return false;
    }

    private static boolean outsideMutations(Project project, List<Fn> fns, String part, String field) {
        List<Location> spans = new ArrayList<>();
        List<Location> reads = new ArrayList<>();
        List<Location> fieldReads = new ArrayList<>();
        for (Fn f : fns) {
            spans.addAll(f.mutations());
            for (Fn.Read r : f.reads()) {
                reads.add(r.location());
                if (isPart(r.value(), part, field)) fieldReads.add(r.location());
            }
        }
        // (payment.status = 'confirmed'): when every read binds the field under its own name (const { txHash } = req.query),
        // an assignment whose text never names it cannot carry it
        // (const timeRange = req.query.range): the same for the name a declaration gives the read
        Set<String> locals = new HashSet<>();
        for (Location r : fieldReads) locals.add(RequestUses.boundName(project, r, field));
        boolean ownName = field != null && !fieldReads.isEmpty() && !locals.contains(null);
        for (Location m : spans) {
            if (reads.stream().anyMatch(r -> within(m, r))) continue;
            if (ownName && locals.stream().noneMatch(n -> RequestUses.mentions(project, m, n))) continue;
            // invite.status = InviteStatus.Accepted: a constant assigned carries no request value
            if (RequestUses.constantAssignment(project, m)) continue;
            // settings.whitelist = settings.whitelist ?? []: a field given a default in place carries nothing elsewhere
            if (HandChecks.selfDefault(project, m)) continue;
            // where.createdAt[Op.gte] = new Date(from): a Date made of the field compared in a Sequelize where
            if (datedComparisonAt(fns, m, part, field)) continue;
            return false;
        }
        for (Fn f : fns) {
            for (Fn.Read r : f.reads()) {
                if (!isPart(r.value(), part, field)) continue;
                for (Location m : spans) if (within(m, r.location())) return false;
            }
        }
        return true;
    }

    /**
     * Routes registered inside a named function of their file ({@code function bootDebugRoutes(app) { app.get(...) }})
     * every call of which in the project runs only where NODE_ENV is not production (an enclosing
     * {@code if (process.env.NODE_ENV !== 'production')}, see {@link dev.backcheck.concepts.Cookies#devOnly}).
     */
    private static final class DevMounts {
        private final Project project;
        private final Map<String, List<Object[]>> callsByName = new HashMap<>();
        private static final java.util.regex.Pattern PLAIN_NAME = java.util.regex.Pattern.compile("[A-Za-z_$][\\w$]*");
        private final Map<Fn, Optional<Location>> known = new IdentityHashMap<>();

        DevMounts(Project project) {
            this.project = project;
        }

        /** One such call for the route's registering function, or null when it is not so mounted. */
        Location outsideProduction(Route route) {
            Location at = route.location();
            FileFacts f = at == null || at.path() == null ? null : project.file(at.path());
            if (f == null || f.main() == null) return null;
            Fn reg = null;
            // a file-level function (declared or bound to a name) whose body holds the registration
            for (Val v : f.symbols().values()) if (v instanceof Val.FnVal fv && within(fv.fn().location(), at)) reg = fv.fn();
            if (reg == null || reg.name() == null || !PLAIN_NAME.matcher(reg.name()).matches()) return null;
            Fn target = reg;
            return known.computeIfAbsent(reg, k -> Optional.ofNullable(devCall(target))).orElse(null);
        }

        private Location devCall(Fn reg) {
            // the calls named as the function, file by file in project order, each file's module body and top-level
            // functions with their nested ones (four levels) in that order: only the files CallNames says call that name
            // are walked (its walk covers every function of a file, these among them), once per name
            String name = reg.name();
            List<Object[]> named = callsByName.get(name);
            if (named == null) {
                named = new ArrayList<>();
                for (FileFacts g : dev.backcheck.concepts.CallNames.of(project).filesCalling(name)) {
                    if (g.main() == null || "java".equals(g.language())) continue;
                    List<Fn> all = new ArrayList<>();
                    HandChecks.collect(g.main(), all, 0);
                    for (Val v : g.symbols().values()) if (v instanceof Val.FnVal fv) HandChecks.collect(fv.fn(), all, 0);
                    Set<Fn> seen = Collections.newSetFromMap(new IdentityHashMap<>());
                    for (Fn fn : all) {
                        if (!seen.add(fn)) continue;
                        for (CallSite cs : fn.calls()) {
                            if (name.equals(Vals.lastName(cs.callee()))) named.add(new Object[]{cs, g});
                        }
                    }
                }
                callsByName.put(name, named);
            }
            Location first = null;
            for (Object[] c : named) {
                CallSite cs = (CallSite) c[0];
                Project.FnRef t;
                try {
                    t = project.function(cs.callee(), (FileFacts) c[1]);
                } catch (RuntimeException e) {
                    t = null;
                }
                if (t == null || t.fn() != reg) continue;
                if (!dev.backcheck.concepts.Cookies.devOnly(cs)) return null;
                if (first == null) first = cs.location();
            }
            return first;
        }
    }

    private static boolean within(Location outer, Location at) {
        if (outer == null || at == null || !Objects.equals(outer.path(), at.path())) return false;
        boolean afterStart = at.line() > outer.line() || at.line() == outer.line() && at.column() >= outer.column();
        boolean beforeEnd = at.line() < outer.endLine() || at.line() == outer.endLine() && at.column() <= outer.endColumn();
        return afterStart && beforeEnd;
    }

    private static Pending pendingFor(IdentityHashMap<Object, Map<String, Pending>> byOwner, List<Pending> all, Object owner,
                                      String key, String part, String framework) {
        return byOwner.computeIfAbsent(owner, k -> new HashMap<>()).computeIfAbsent(key, k -> {
            Pending p = new Pending(part, framework);
            p.owner = owner;
            all.add(p);
            return p;
        });
    }

    private static void add(Pending p, Route route, Location at, List<String> field, String type) {
        if (!p.routes.contains(route)) p.routes.add(route);
        if (field == null) p.whole = true;
        else p.fields.addAll(field);
        if (p.first == null || Location.ORDER.compare(at, p.first) < 0) p.first = at;
        if (type != null && p.paramType == null) p.paramType = type;
    }

    private static void report(RuleContext ctx, Pending p, OtherApps apps, DevMounts dev) {
        Route route = p.routes.get(0);
        String what = p.lookupNote ? "Path parameter" + (p.fields.size() == 1 ? " " : "s ") + String.join(", ", p.fields)
                : p.command ? "Form and query fields" + describeFields(p) : "Request " + p.part + describeFields(p);
        String bodyType = p.paramType == null ? "" : p.paramType;
        String message;
        if (p.atFlush) {
            message = what + " of " + routes(p) + " binds JPA entity " + p.paramType + " without @Valid: its Bean Validation"
                    + " constraints run only when Hibernate flushes it, after the handler has used the values, not at the boundary.";
        } else if (p.lookupNote) {
            message = what + " of " + routes(p) + " is used only as a lookup key" + (p.lookup == null ? "" : " (" + p.lookup + ")")
                    + " and not validated: a malformed id reaches the database as is.";
        } else if (p.framework.equals("spring") && (p.part.equals("body") || p.command) && p.springKind != null && p.springKind.startsWith("entity")) {
            String entity = collectionElement(bodyType) != null ? "a collection of JPA entities " + simpleType(collectionElement(bodyType))
                    + " (" + bodyType + ")" : "JPA entity " + bodyType;
            message = what + " of " + routes(p) + " is bound straight to " + entity + ": every property the client"
                    + " sends, its id included, reaches the entity unchecked" + (p.springKind.equals("entity-bare")
                    ? " (it declares no Bean Validation constraints)." : ".");
        } else if (p.framework.equals("spring") && (p.part.equals("body") || p.command) && "unconstrained".equals(p.springKind)) {
            message = what + " of " + routes(p) + (p.command ? " are" : " is") + " used without validation (" + bodyType + " declares no Bean Validation"
                    + " constraints, so Spring checks nothing but " + (p.command ? "the typed fields and binds any text into the others"
                    : "the JSON types") + ").";
        } else {
            // only the listed fields (a field settled elsewhere, a bound filter, is no longer one the message is about)
            List<String> presence = p.presenceOnly.stream().filter(f -> p.fields.isEmpty() || p.fields.contains(f)).toList();
            message = what + " of " + routes(p) + (p.command ? " are" : " is") + " used without validation"
                    + (p.paramType == null ? "" : " (parameter typed " + p.paramType + ("class".equals(p.nestPipe)
                            ? ", a class with no class-validator decorators: the ValidationPipe checks none of its fields)"
                            : "type".equals(p.nestPipe)
                            ? ", which the ValidationPipe passes through unchecked: it checks only classes with class-validator decorators)"
                            : p.framework.equals("nestjs")
                            ? " but no validating pipe checks it)" : p.framework.equals("spring") && !p.part.equals("body")
                            ? " with no constraint: Spring binds any text, and @Valid on it would check nothing)"
                            : p.framework.equals("spring")
                            ? " without @Valid: Spring binds it but runs none of its constraints)"
                            : ", but a TypeScript type is not checked at run time)"))
                    + "." + (presence.isEmpty() ? "" : " " + String.join(", ", presence)
                    + (presence.size() == 1 ? " is" : " are") + " checked for presence only, not for type or format.")
                    + (p.objectKeys.isEmpty() ? "" : " " + String.join(", ", p.objectKeys) + (p.objectKeys.size() == 1 ? " is" : " are")
                    + (p.objectKeys.size() == 1 ? " only used as a lookup value, but " : " only used as lookup values, but ") + p.objectDriver
                    + (p.objectDriver.startsWith("mysql")
                    ? " expands an object sent in " + (p.objectKeys.size() == 1 ? "its" : "their") + " place ("
                    + (p.part.equals("query") ? "?" + p.objectKeys.iterator().next() + "[x]=1" : "{\"x\": 1}")
                    + ") into SQL (`x` = 1) when it fills a ? placeholder"
                    : p.objectDriver.equals("Prisma")
                    ? " reads an object sent in " + (p.objectKeys.size() == 1 ? "its" : "their") + " place ({\"not\": \"\"}) as a filter of other rows"
                    + " where it fills a findFirst, findMany, count, updateMany or deleteMany where"
                    : " reads an object sent in " + (p.objectKeys.size() == 1 ? "its" : "their") + " place ({\"$ne\": null}) as query operators")
                    + ": check " + (p.objectKeys.size() == 1 ? "its" : "their") + " type.");
        }
        // app.get('/debug/...') inside bootDebugRoutes(app), called only under if (process.env.NODE_ENV !== 'production')
        Location devCall = p.routes.stream().allMatch(r -> dev.outsideProduction(r) != null) ? dev.outsideProduction(route) : null;
        if (devCall != null) {
            message += " " + (p.routes.size() == 1 ? "The route is" : "These routes are") + " mounted only where NODE_ENV is not production ("
                    + devCall.path() + ":" + devCall.line() + "): a development or test server still serves it.";
        }
        OtherApps.Validated other = apps.elsewhere(p.owner, p.part, route);
        if (other != null) {
            message += " The application created at " + OtherApps.where(other.app().location()) + " validates it"
                    + (other.control() == null ? "" : " (" + OtherApps.where(other.control()) + ")") + ", but the one created at "
                    + OtherApps.where(apps.appOf(route).location()) + " registers the same controller and checks nothing.";
        }
        String key = p.lookupNote ? "params-key" : p.atFlush ? "body-flush" : p.part;
        if (p.framework.equals("spring") && (p.part.equals("body") || p.command) && !p.lookupNote && !p.atFlush) {
            key = p.springKind != null && p.springKind.startsWith("entity") ? "body-entity" : p.command ? "command" : "unconstrained".equals(p.springKind) ? "body-unconstrained" : key;
        }
        String fix = ctx.meta().fixText(p.framework, key);
        RuleContext.Builder b = ctx.report(p.first, message).fix(fix);
        if (p.lookupNote || p.atFlush) b.level(Level.NOTE);
        for (Route r : p.routes) b.related(r.location(), r.label() + " declared here");
        if (other != null) b.related(apps.appOf(route).location(), "the application that serves it without validation is created here");
        b.property("framework", p.framework).property("part", p.part)
                .property("fields", p.fields.isEmpty() ? null : String.join(",", p.fields)).add();
    }

    private static String describeFields(Pending p) {
        List<String> fs = new ArrayList<>(p.fields);
        if (fs.isEmpty()) return "";
        String listed = fs.size() > MAX_FIELDS_LISTED
                ? String.join(", ", fs.subList(0, MAX_FIELDS_LISTED)) + " and " + (fs.size() - MAX_FIELDS_LISTED) + " more"
                : String.join(", ", fs);
        return " (" + listed + (p.whole ? "; also read whole" : "") + ")";
    }

    private static String routes(Pending p) {
        if (p.routes.size() == 1) return p.routes.get(0).label();
        return p.routes.get(0).label() + " and " + (p.routes.size() - 1) + " more route" + (p.routes.size() == 2 ? "" : "s");
    }

    /** The field a read names (req.body.email → email), or null when it reads the whole part. */
    private static String field(Fn.Read r) {
        if (r.value() instanceof Val.Req q && !q.path().isEmpty() && !q.path().get(0).equals("*")
                && !OBJECT_METHODS.contains(q.path().get(0))) return q.path().get(0);
        return null;
    }

    /** req.body.hasOwnProperty('x') reads no field called hasOwnProperty. */
    private static final Set<String> OBJECT_METHODS = Set.of("hasOwnProperty", "toString", "valueOf", "isPrototypeOf",
            "propertyIsEnumerable", "toJSON", "toLocaleString");

    /**
     * The fields of {@code part} a lookup answered with a 4xx when missing proves to name a stored record ("exists"
     * checks), less those the handler (or a function it hands them to) also splices into SQL text: a proven id says
     * nothing of the SQL made from it.
     */
    private static Set<String> existing(Analysis analysis, Fn h, FileFacts hf, Analysis.Summary summary, String part) {
        Set<String> out = new HashSet<>();
        for (String f : summary.existsFields().getOrDefault(part, Set.of())) {
            if (h != null && hf != null && analysis.builtIntoText(h, hf, v -> isPart(v, part, f.equals("*") ? null : f))) continue;
            out.add(f);
        }
        return out;
    }

    private static boolean isPart(Val v, String part, String field) {
        if (!(v instanceof Val.Req q) || !q.part().equals(part)) return false;
        return field == null || q.path().isEmpty() || q.path().get(0).equals(field) || q.path().get(0).equals("*");
    }


    /** String methods whose answer is still the value they are called on, as text. */
    private static final Set<String> STRING_METHODS = Set.of("trim", "toLowerCase", "toUpperCase", "toString", "normalize");

    /**
     * The whole part handed on only as the payload of the app's dispatch of a request to itself (Fastify's
     * {@code app.inject({ url, payload: request.body })}): the route that answers that request validates it, and this
     * handler reads none of it.
     */
    private static boolean onlyRedispatched(Project project, FileFacts file, List<Fn> fns, String part) {
        java.util.function.Predicate<Val> whole = wholePart(part);
        boolean handed = false;
        for (Fn f : fns) {
            if (keptOrWalked(f, whole)) return false;
            for (CallSite cs : f.calls()) {
                if (whole.test(cs.callee())) return false;
                if (cs.args().stream().noneMatch(whole)) continue;
                if (dev.backcheck.frameworks.fastify.FastifyModel.selfDispatchArg(project, cs, file) < 0) return false;
                handed = true;
            }
        }
        return handed;
    }

    /** The whole request part ({@code req.body}, not one of its fields), anywhere in a value. */
    private static java.util.function.Predicate<Val> wholePart(String part) {
        return a -> Vals.anyPart(a, x -> x instanceof Val.Req q && q.part().equals(part) && q.path().isEmpty());
    }

    /** True when the function returns, stores or loops over the whole part: it is used beyond the calls it is handed to. */
    private static boolean keptOrWalked(Fn f, java.util.function.Predicate<Val> whole) {
        for (Val r : f.returns()) if (whole.test(r)) return true;
        for (Fn.Write w : f.writes()) if (whole.test(w.value())) return true;
        for (Fn.Loop l : f.loops()) if (whole.test(l.over())) return true;
        return false;
    }

    /**
     * True when every call that receives the whole part passes it to console or a logger or sends it back as JSON
     * (res.json, c.json), and there is one, or the handler only answers it (returns it: Fastify, NestJS and Hono send
     * what it returns): the body goes back to its own sender as data and nowhere else (a probe endpoint), so there is
     * nothing its shape could break. A nested function's return goes on to its caller and is a use.
     */
    private static boolean loggedOrEchoed(List<Fn> fns, String part) {
        java.util.function.Predicate<Val> whole = wholePart(part);
        boolean seen = false;
        for (Fn f : fns) {
            for (Fn.Write w : f.writes()) if (whole.test(w.value())) return false;
            for (Fn.Loop l : f.loops()) if (whole.test(l.over())) return false;
            if (!f.mutations().isEmpty()) return false;
            for (Val r : f.returns()) {
                if (!whole.test(r)) continue;
                // the handler's answer (its calls are judged below); a nested function hands it on
                if (f != fns.get(0)) return false;
                seen = true;
            }
            for (CallSite cs : f.calls()) {
                if (whole.test(cs.callee())) return false;
                if (cs.args().stream().noneMatch(whole)) continue;
                String m = cs.methodName();
                if (Verifiers.logCall(cs) || "json".equals(m) || "jsonp".equals(m)) {
                    seen = true;
                    continue;
                }
                return false;
            }
        }
        return seen;
    }

    private static boolean onlyLogged(List<Fn> fns, String part, String field) {
        boolean logged = false;
        for (Fn f : fns) {
            // console.log('query:', JSON.stringify(req.query)): text made for a log line only
            Set<Location> formattedForLog = Verifiers.formattedForLog(f);
            for (CallSite cs : f.calls()) {
                // reason.trim() on a destructured field is a call on the path body.reason.trim: the value is still reason
                boolean has = cs.args().stream().anyMatch(a -> Vals.anyPart(a, x -> isPart(x, part, field)
                        && (field != null || ((Val.Req) x).path().isEmpty())
                        || field != null && x instanceof Val.Call c && c.args().isEmpty() && c.callee() instanceof Val.Req q
                        && q.path().size() == 2 && STRING_METHODS.contains(q.path().get(1)) && isPart(q, part, field)));
                if (!has) continue;
                if (!Verifiers.logCall(cs) && !formattedForLog.contains(cs.location())) return false;
                logged = true;
            }
        }
        return logged;
    }

    /** Fields of {@code part} that a rejecting guard checks only for presence. */
    private static Set<String> presenceChecked(List<Fn> fns, String part) {
        Set<String> presence = new TreeSet<>(), other = new HashSet<>();
        for (Fn f : fns) {
            for (Fn.Check c : f.checks()) {
                if (!(c.subject() instanceof Val.Req q) || !q.part().equals(part) || q.path().isEmpty()) continue;
                (c.kind().equals("presence") ? presence : other).add(q.path().get(0));
            }
        }
        presence.removeAll(other);
        return presence;
    }

    /** A parameter bound to request input whose value the handler never uses as it is (see {@link RequestUses}). */
    private static boolean boundSettled(Analysis analysis, Fn h, FileFacts hf, Route.ParamInput in) {
        List<Fn> fns = new ArrayList<>();
        HandChecks.collect(h, fns, 0);
        return RequestUses.of(analysis, hf, fns, in.part()).settled(nestField(h, in), in.location());
    }

    private static final Set<String> CONSTRAINTS = Set.of("NotNull", "NotBlank", "NotEmpty", "Size", "Pattern", "Min", "Max",
            "Email", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero", "DecimalMin", "DecimalMax", "Digits", "Past",
            "PastOrPresent", "Future", "FutureOrPresent", "Length", "Range", "URL");

    /**
     * Spring: a body bound to a JPA {@code @Entity} whose fields carry Bean Validation constraints, with Hibernate
     * Validator on the classpath: JPA validates it on persist and update (unless validation.mode is none).
     */
    private static boolean validatedAtFlush(Project project, String type, FileFacts from) {
        if (type == null || !(project.stack().has("bean-validation") || project.dependsOn("hibernate-validator"))) return false;
        Project.ClassHit hit = project.classNamed(simpleType(type), from);
        if (hit == null || hit.info().decorators().stream().noneMatch(d -> d.name().equals("Entity"))) return false;
        return hit.info().props().stream().anyMatch(p -> p.decorators().stream().anyMatch(d -> CONSTRAINTS.contains(d.name())));
    }

    /** One statement that only writes a log line: {@code log.info("body: {}", body);}, {@code logger.debug(..);}. */
    private static final java.util.regex.Pattern LOG_LINE = java.util.regex.Pattern.compile(
            "(?:this\\.)?(?:log|logger|LOG|LOGGER|Log|Logger)\\s*\\.\\s*(?:trace|debug|info|log|verbose|warn|error)\\s*\\([^;]*\\)\\s*;");

    /**
     * Spring: the name of handler parameter {@code index} occurs nowhere in the handler's source but its declaration (no
     * read, no hand-over, not even in a comment), or only in statements that write a log line, and the extracted facts
     * show no use of it either but those log calls.
     */
    static boolean neverRead(Project project, Fn h, int index) {
        if (index >= h.params().size() || h.location() == null || h.location().path() == null) return false;
        String name = h.params().get(index).name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*")) return false;
        List<Fn> fns = new ArrayList<>();
        Deque<Fn> todo = new ArrayDeque<>(List.of(h));
        while (!todo.isEmpty() && fns.size() < 50) {
            Fn f = todo.pop();
            fns.add(f);
            todo.addAll(f.nested());
        }
        java.util.function.Predicate<Val> isIt = v -> Vals.anyPart(v, x -> x instanceof Val.Param p && p.index() == index && name.equals(p.name()));
        for (Fn f : fns) {
            for (CallSite cs : f.calls()) {
                // the source check below keeps only lines that are nothing but a log call
                if (Verifiers.logCall(cs) && !isIt.test(cs.callee())) continue;
                if (isIt.test(cs.callee()) || cs.args().stream().anyMatch(isIt)) return false;
            }
            if (f.returns().stream().anyMatch(isIt)) return false;
            for (Fn.Write w : f.writes()) if (isIt.test(w.value()) || isIt.test(w.target()) || w.keys().stream().anyMatch(isIt)) return false;
            for (Fn.Check c : f.checks()) if (isIt.test(c.subject())) return false;
            for (Fn.Compare c : f.compares()) if (isIt.test(c.left()) || isIt.test(c.right())) return false;
            for (Fn.Loop l : f.loops()) if (isIt.test(l.over())) return false;
        }
        try {
            java.nio.file.Path file = project.root().resolve(h.location().path());
            // a read of that source for the tracker (Reads); of the whole tree when it is none
            if (!project.hasFile(h.location().path())) dev.backcheck.model.Reads.whole("disk read");
            List<String> lines = java.nio.file.Files.readAllLines(file);
            int from = Math.max(0, h.location().line() - 1), to = Math.min(lines.size(), h.location().endLine());
            if (to <= from) return false;
            String body = String.join("\n", lines.subList(from, to));
            // TS: a decorator's key names the field, it is no use of the parameter (@Query('user') user: string); a quoted
            // text with a template hole in it ('%${q}%' inside a template) is kept
            if (!h.location().path().endsWith(".java")) body = body.replaceAll("'[^'\\n$`{}]*'|\"[^\"\\n$`{}]*\"", "''");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])").matcher(body);
            int n = 0;
            boolean loggedOnly = true;
            while (m.find()) {
                n++;
                if (n == 1) continue; // the declaration
                // { level: 'info', .. } in a placeholder answer: the name as a key of an object literal, not the parameter
                if (!h.location().path().endsWith(".java") && literalKey(body, m.start(), m.end())) {
                    n--;
                    continue;
                }
                // log.info("body: {}", body): written to the log, nothing else (one statement per line, the line a log call)
                int ls = body.lastIndexOf('\n', m.start()) + 1, le = body.indexOf('\n', m.end());
                String line = body.substring(ls, le < 0 ? body.length() : le).strip();
                if (!LOG_LINE.matcher(line).matches()) loggedOnly = false;
            }
            return n == 1 || loggedOnly;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The name at [start, end) of the text is a key of an object literal: after {, a comma or a line start, and followed by one colon. */
    private static boolean literalKey(String text, int start, int end) {
        int a = start - 1;
        while (a >= 0 && text.charAt(a) != '\n' && Character.isWhitespace(text.charAt(a))) a--;
        if (a >= 0 && text.charAt(a) != '{' && text.charAt(a) != ',' && text.charAt(a) != '\n') return false;
        int b = end;
        while (b < text.length() && text.charAt(b) != '\n' && Character.isWhitespace(text.charAt(b))) b++;
        return b < text.length() && text.charAt(b) == ':' && (b + 1 >= text.length() || text.charAt(b + 1) != ':');
    }

    /** Spring: a command object bound from form and query fields (@ModelAttribute, or no binding annotation at all). */
    private static boolean commandObject(Fn h, Route.ParamInput in) {
        if (h == null) return false;
        for (Fn.Param p : h.params()) {
            if (!p.location().equals(in.location())) continue;
            if (p.decorators().stream().anyMatch(d -> d.name().equals("ModelAttribute"))) return true;
            return p.decorators().stream().noneMatch(d -> Set.of("RequestBody", "RequestPart", "RequestParam", "PathVariable",
                    "RequestHeader", "CookieValue", "MatrixVariable").contains(d.name()));
        }
        return false;
    }

    /**
     * Spring: the controller declaring {@code h} has a {@code @ModelAttribute("name")} method supplying the attribute
     * that parameter {@code in} binds (named by its own @ModelAttribute value, else its decapitalized type name).
     */
    private static boolean modelAttributeLoaded(FileFacts hf, Fn h, Route.ParamInput in) {
        if (hf == null || h == null || in.type() == null) return false;
        String name = null;
        for (Fn.Param p : h.params()) {
            if (!p.location().equals(in.location())) continue;
            for (Decorator d : p.decorators()) {
                if (d.name().equals("ModelAttribute") && !d.args().isEmpty()) name = Val.constString(d.args().get(0));
            }
        }
        if (name == null) {
            String t = simpleType(in.type());
            if (t.isEmpty()) return false;
            name = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        for (ClassInfo c : hf.classes().values()) {
            if (c.methods().stream().noneMatch(m -> m == h)) continue;
            for (Fn m : c.methods()) {
                if (m == h) continue;
                for (Decorator d : m.decorators()) {
                    if (d.name().equals("ModelAttribute") && !d.args().isEmpty() && name.equals(Val.constString(d.args().get(0)))) return true;
                }
            }
        }
        return false;
    }

    /** A class with a Bean Validation constraint on a field (or @Valid on a nested one). */
    private static boolean constrained(ClassInfo c) {
        return c.props().stream().anyMatch(p -> p.decorators().stream().anyMatch(d -> CONSTRAINTS.contains(d.name())
                || d.name().equals("Valid") || d.name().equals("AssertTrue") || d.name().equals("AssertFalse")))
                || c.ctorParams().stream().anyMatch(p -> p.decorators().stream().anyMatch(d -> CONSTRAINTS.contains(d.name())));
    }

    /** Spring: a body class (of the project) with at least one field, every field a type Jackson converts strictly. */
    private static boolean typedFieldsOnly(Project project, String type, FileFacts from) {
        if (type == null) return false;
        String element = collectionElement(type);
        if (element != null) return typedScalar(project, element, from) || typedFieldsOnly(project, element, from);
        if (type.contains("<")) return false;
        Project.ClassHit hit = project.classNamed(simpleType(type), from);
        if (isEnum(project, simpleType(type), from)) return true;
        if (hit == null || hit.info().props().isEmpty()) return false;
        for (ClassInfo.Prop p : hit.info().props()) {
            String t = p.type() == null ? "" : p.type().strip();
            String e = collectionElement(t);
            if (!typedScalar(project, e != null ? e : t, hit.file())) return false;
        }
        return true;
    }

    /** A body bound as a Map whose values are declared a scalar type ({@code Map<String, Boolean>}), read from the source. */
    private static boolean typedValueMap(Project project, Route.ParamInput in) {
        if (in.type() == null || !simpleType(in.type()).endsWith("Map") || in.location() == null) return false;
        List<String> lines = dev.backcheck.concepts.SourceLines.read(project, in.location().path());
        if (lines == null || in.location().line() < 1 || in.location().line() > lines.size()) return false;
        String line = lines.get(in.location().line() - 1);
        return TYPED_MAP.matcher(line.substring(Math.min(line.length(), Math.max(0, in.location().column() - 1)))).find();
    }

    private static final java.util.regex.Pattern TYPED_MAP = java.util.regex.Pattern.compile(
            "Map\\s*<\\s*String\\s*,\\s*(?:Boolean|Integer|Long|Double|Float|Short|BigDecimal|BigInteger|UUID|LocalDate|LocalDateTime|Instant)\\s*>\\s+\\w+");

    /** The index of the handler parameter bound to {@code in}, or -1. */
    private static int paramIndex(Fn h, Route.ParamInput in) {
        if (h == null) return -1;
        for (int i = 0; i < h.params().size(); i++) if (h.params().get(i).location().equals(in.location())) return i;
        return -1;
    }

    /** A field's type with its element type for a collection (the facts keep the raw type; the source has the rest). */
    private static String declaredType(Project project, ClassInfo.Prop p) {
        String t = p.type();
        if (t == null || !COLLECTIONS.contains(t) || p.location() == null) return t;
        try {
            List<String> lines = dev.backcheck.concepts.SourceLines.read(project, p.location().path());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(t)
                    + "\\s*<\\s*([\\w.]+)\\s*>\\s+" + java.util.regex.Pattern.quote(p.name()) + "\\b").matcher(
                    String.join(" ", lines.subList(Math.max(0, p.location().line() - 1), Math.min(lines.size(), p.location().line() + 2))));
            if (m.find()) return t + "<" + m.group(1) + ">";
        } catch (RuntimeException e) {
            return t;
        }
        return t;
    }

    /** A project class annotated {@code @Entity}. */
    private static boolean entityType(Project project, String type, FileFacts from) {
        if (type == null || type.contains("<") || type.endsWith("]")) return false;
        Project.ClassHit hit = project.classNamed(simpleType(type), from);
        return hit != null && hit.info().decorators().stream().anyMatch(d -> d.name().equals("Entity"));
    }

    /**
     * Spring: for an entity body read only through getters, of at most two fields besides its id (see
     * JavaUses.gettersOnly), the fields that carry free text nothing checks (not a typed scalar, not a relation to
     * another entity, not settled where they go); null when the entity is used otherwise.
     */
    private static Set<String> looseFields(Project project, Analysis analysis, Fn h, FileFacts hf, int index, String type) {
        if (h == null || hf == null) return null;
        Set<String> read = JavaUses.gettersOnly(analysis, h, hf, index);
        if (read == null || read.isEmpty()) return null;
        Set<String> named = new TreeSet<>(read);
        named.remove("id");
        if (named.size() > 2) return null;
        Project.ClassHit cls = project.classNamed(simpleType(type), hf);
        if (cls == null) return null;
        Set<String> loose = new TreeSet<>();
        for (String f : named) {
            String t = null;
            for (ClassInfo.Prop p : cls.info().props()) if (f.equals(p.name())) t = declaredType(project, p);
            if (t != null) {
                String e = collectionElement(t);
                String one = e != null ? e : t;
                if (typedScalar(project, one, cls.file()) || entityType(project, one, cls.file())) continue;
            }
            if (JavaUses.settledField(analysis, h, hf, index, f)) continue;
            loose.add(f);
        }
        return loose;
    }

    /** True when a rejecting guard in the handler or a function it calls checks parameter {@code index} (or a field of it) by hand. */
    private static boolean handChecked(Analysis.Summary s, int index) {
        return s.checkedParams().containsKey(index);
    }

    /** NestJS: the field a decorated parameter binds (@Param('id') → id), or null for the whole part. */
    private static String nestField(Fn h, Route.ParamInput in) {
        if (h == null) return null;
        for (Fn.Param p : h.params()) {
            if (!p.location().equals(in.location())) continue;
            for (Decorator d : p.decorators()) {
                if (!d.args().isEmpty() && Val.constString(d.args().get(0)) != null) return Val.constString(d.args().get(0));
            }
        }
        return null;
    }

    private static List<Fn> collected(Fn h) {
        List<Fn> fns = new ArrayList<>();
        HandChecks.collect(h, fns, 0);
        return fns;
    }
}
