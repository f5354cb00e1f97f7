package dev.backcheck.rules.logging;

import dev.backcheck.concepts.Loggers;
import dev.backcheck.concepts.ServerCode;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.model.Application;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.List;

/**
 * A log call that passes a secret or the whole request (password, token, authorization or cookie header,
 * {@code req.body}, {@code req.headers}), in the code of an app package (test code and development-only branches
 * left out); and request loggers that write the request headers with nothing redacted (pino-http, nestjs-pino,
 * express-winston by default).
 */
@RuleId("logging/sensitive-data")
public final class SensitiveDataRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        ServerCode sc = ServerCode.of(project);
        Loggers lg = Loggers.of(project);
        List<Application> apps = sc.apps();
        String framework = apps.isEmpty() ? "express" : apps.get(0).framework();
        for (Loggers.LogCall c : lg.calls()) {
            if (!sc.server(c.file().path()) || sc.devOnly(c.call(), c.file()) || uncalled(project, c)
                    || ServerCode.commandMainOnly(c.call(), c.fn(), c.file())) continue;
            for (int i = 0; i < c.call().args().size(); i++) {
                // an argument the logger drops (pino's extra argument with no placeholder for it) is never written
                if (!Loggers.written(c, i)) continue;
                Val a = c.call().arg(i);
                String what = Loggers.sensitive(a);
                if (what == null || absentUnder(c.call(), a)) continue;
                // @Body() dto: UpdateProfileDto whose fields hold nothing secret is that DTO, not "the whole body with secrets"
                if (what.equals("the whole request body") && !bodyShownSensitive(project, lg, c)) continue;
                // const logBody = { ...req.body }; logBody[field] = mask(..) for each sensitive field; log({ body: logBody })
                if (what.equals("the whole request body") && Loggers.maskedBodyCopy(project, c)) continue;
                // a link token from the URL path (GET /r/:token) in a handler that signs in no one, issues or verifies no
                // token and sets no password with it: a public link's name, already in every access-log line of the request
                if (Loggers.onlyUrlPathSecrets(a) && unlocksNothing(project, c)) continue;
                // the answer of a project function named for a token (registerPushToken) that only ever answers a status
                // object ({ success, error }), literals or non-secret fields (mapSportToApiKey: 'soccer_epl', sport.slug):
                // no token is in what is logged
                if (what.startsWith("the result of ") && statusAnswerOnly(project, c, a, what.substring(14, what.length() - 2))) continue;
                String call = (c.library().equals("console") ? "console" : "logger") + "." + c.method();
                ctx.report(c.call().argLocation(i), call + "(...) writes " + what + " to the logs: log files and log services are read by far more people"
                                + " and systems than the database, and keep what they get for months.")
                        .fix(ctx.meta().fixText(framework, "call")).property("framework", framework).add();
                break;
            }
        }
        for (Loggers.Logger l : lg.loggers()) {
            if (!l.logsHeaders() || l.redacts() || !sc.inAppPackage(l.location().path())) continue;
            ctx.report(l.location(), l.library() + " logs every request with its headers and nothing is redacted: Authorization bearer tokens"
                            + " and session cookies end up in the logs.")
                    .fix(ctx.meta().fixText(framework, "redact")).property("framework", framework).add();
        }
    }

    /**
     * Every call named {@code name} in the logged value {@code a} resolves to a project function whose every answer is a
     * status object: an object literal with no secret-named key holding no parameter, a literal, or the answer of another
     * such project function ({@code return { success: ok, error: ok ? undefined : 'failed' }}).
     */
    private static boolean statusAnswerOnly(Project project, Loggers.LogCall c, Val a, String name) {
        dev.backcheck.model.Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        List<Val.Call> calls = new java.util.ArrayList<>();
        dev.backcheck.lang.facts.Vals.anyPart(a, x -> {
            if (x instanceof Val.Call call && name.equals(dev.backcheck.lang.facts.Vals.lastName(call.callee()))) calls.add(call);
            return false;
        });
        if (calls.isEmpty()) return false;
        for (Val.Call call : calls) {
            Project.FnRef t;
            try {
                t = analysis.resolveCallee(call.callee(), c.file(), c.fn());
            } catch (RuntimeException e) {
                return false;
            }
            if (t == null || !statusAnswers(analysis, t, 0)) return false;
        }
        return true;
    }

    private static boolean statusAnswers(dev.backcheck.model.Analysis analysis, Project.FnRef t, int depth) {
        if (depth > 3 || t.fn().returns().isEmpty()) return false;
        for (Val r : t.fn().returns()) {
            if (r instanceof Val.Lit) continue;
            // mapSportIdToApiKey(): return sport.slug / a value of a literal table: a record's own non-secret field or a
            // local, read from no environment, request, call or parameter
            if ((r instanceof Val.Member || r instanceof Val.Local) && !dev.backcheck.lang.facts.Vals.anyPart(r, x -> x instanceof Val.Global
                    || x instanceof Val.Req || x instanceof Val.Call || x instanceof Val.Param || x instanceof Val.This
                    || Loggers.secretName(dev.backcheck.lang.facts.Vals.lastName(x)))) continue;
            if (r instanceof Val.Obj o) {
                for (java.util.Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (e.getKey().startsWith("...") || Loggers.secretName(e.getKey())
                            || dev.backcheck.lang.facts.Vals.anyPart(e.getValue(), x -> x instanceof Val.Param)) return false;
                }
                continue;
            }
            if (r instanceof Val.Call call) {
                Project.FnRef next;
                try {
                    next = analysis.resolveCallee(call.callee(), t.file(), t.fn());
                } catch (RuntimeException e) {
                    return false;
                }
                if (next != null && next.fn() != t.fn() && statusAnswers(analysis, next, depth + 1)) continue;
            }
            return false;
        }
        return true;
    }

    /**
     * The function holding the log call (with the functions nested in it) issues no token, verifies none, compares no
     * password and hashes none: what its path token opens is not an account.
     */
    private static boolean unlocksNothing(Project project, Loggers.LogCall c) {
        dev.backcheck.model.Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        dev.backcheck.model.Analysis.Summary s = analysis.summary(c.fn(), c.file());
        if (s.issuesToken() || s.verifiesToken() || s.comparesPassword()) return false;
        dev.backcheck.concepts.PasswordHashers hashers = dev.backcheck.concepts.PasswordHashers.of(project);
        List<dev.backcheck.lang.facts.Fn> fns = new java.util.ArrayList<>();
        dev.backcheck.model.Analysis.collect(c.fn(), fns, 0);
        for (dev.backcheck.lang.facts.Fn f : fns) {
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) if (hashers.hashCall(cs.methodName(), cs.location())) return false;
        }
        return true;
    }

    /**
     * The logged value is the one the enclosing {@code if (!token)} found missing: it prints undefined or an empty string,
     * never a secret ({@code if (!refreshToken) { console.log('no refresh token', refreshToken); return res.status(400) }}).
     */
    private static boolean absentUnder(dev.backcheck.lang.facts.CallSite cs, Val logged) {
        for (dev.backcheck.lang.facts.CallSite.Guard g : cs.guards()) {
            if (!g.holds() && "truthy".equals(g.op()) && logged.equals(g.left())) return true;
            // if (!Expo.isExpoPushToken(token)) log(token): the value failed the test of being a token, it unlocks nothing
            if (!g.holds() && "truthy".equals(g.op()) && g.left() instanceof Val.Call c && c.args().size() == 1 && only(logged, c.args().get(0))
                    && String.valueOf(dev.backcheck.lang.facts.Vals.lastName(c.callee())).matches("is[A-Z]\\w*(Token|Jwt|JWT)")) return true;
            // if (token == null) / if (token === undefined)
            if (g.holds() && "==".equals(g.op()) && logged.equals(g.left()) && g.right() instanceof Val.Lit l && l.value() == null) return true;
        }
        return false;
    }

    /**
     * Whether the whole body this log call writes is shown to hold a secret or personal field. A route handler's body is
     * the one of its route: reported only when a field of it, as the handler's DTO ({@code @Body() dto: SignupDto}) or
     * Fastify schema declares it, or as the handler reads it or parses it with a schema, has a secret or personal name
     * (password, token, idNumber, dateOfBirth); a body whose fields are not known is not shown to hold one. A log in a
     * middleware, guard or error handler sees the bodies of every route it wraps (a login's too): reported unless its
     * fields are known to be harmless.
     */
    private static boolean bodyShownSensitive(Project project, Loggers lg, Loggers.LogCall c) {
        Boolean dto = bodyDtoHarmless(project, c);
        Boolean schema = bodySchemaHarmless(project, c);
        if (Boolean.TRUE.equals(dto) || Boolean.TRUE.equals(schema)) return false;
        if (Boolean.FALSE.equals(dto) || Boolean.FALSE.equals(schema)) return true;
        if (!routeHandler(project, c.fn())) return !harmlessBodyShape(project, lg, c);
        return bodyFieldShown(project, lg, c) || credentialEndpoint(project, c) || namesSecretBeside(c);
    }

    /**
     * The handler takes credentials: it (or what it calls) compares a password or issues a token, or its route's path is
     * a sign-in, sign-up or password endpoint (/login, /register, /reset-password): its body holds them.
     */
    private static boolean credentialEndpoint(Project project, Loggers.LogCall c) {
        dev.backcheck.model.Analysis.Summary s = dev.backcheck.frameworks.ModelSupport.analysis(project).summary(c.fn(), c.file());
        if (s.comparesPassword() || s.issuesToken()) return true;
        String path = handlers(project).paths().get(c.fn());
        return path != null && CREDENTIAL_PATH.matcher(path).find();
    }

    private static final java.util.regex.Pattern CREDENTIAL_PATH = java.util.regex.Pattern.compile(
            "(?i)/(log-?in|sign-?in|sign-?up|register|password|reset-password|forgot-password|change-password|otp)(?![\\w-])");

    /** The logged object names a secret field beside the body spread into it ({ password: '[REDACTED]', ...req.body }): the body has one. */
    private static boolean namesSecretBeside(Loggers.LogCall c) {
        for (Val a : c.call().args()) {
            if (dev.backcheck.lang.facts.Vals.anyPart(a, x -> x instanceof Val.Obj o && o.props().keySet().stream().anyMatch(k -> k.startsWith("..."))
                    && o.props().keySet().stream().anyMatch(Loggers::secretName))) return true;
        }
        return false;
    }

    /**
     * A field the route handler (with the functions written in it) reads from the body, or a key of a schema it parses
     * the whole body with, has a secret or personal name.
     */
    private static boolean bodyFieldShown(Project project, Loggers lg, Loggers.LogCall c) {
        List<dev.backcheck.lang.facts.Fn> fns = new java.util.ArrayList<>();
        dev.backcheck.model.Analysis.collect(c.fn(), fns, 0);
        java.util.function.Predicate<Val> whole = x -> x instanceof Val.Req q && q.part().equals("body") && q.path().isEmpty();
        // a field of the body read anywhere in the handler (const p = req.body || {}; check(p.dob))
        // a contact field (phone, email, customerName) the handler reads: the body holds the contact data of a person
        java.util.function.Predicate<Val> field = x -> x instanceof Val.Req q && q.part().equals("body")
                && q.path().stream().anyMatch(k -> Loggers.secretName(k) || personal(k));
        for (dev.backcheck.lang.facts.Fn f : fns) {
            for (dev.backcheck.lang.facts.Fn.Read r : f.reads()) if (dev.backcheck.lang.facts.Vals.anyPart(r.value(), field)) return true;
            for (Val r : f.returns()) if (dev.backcheck.lang.facts.Vals.anyPart(r, field)) return true;
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) {
                for (Val a : cs.args()) if (dev.backcheck.lang.facts.Vals.anyPart(a, field)) return true;
                for (dev.backcheck.lang.facts.CallSite.Guard g : cs.guards()) {
                    if (g.left() != null && dev.backcheck.lang.facts.Vals.anyPart(g.left(), field)) return true;
                }
            }
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) {
                if (cs.args().isEmpty() || !whole.test(cs.arg(0))) continue;
                Val schema = dev.backcheck.concepts.SchemaParses.parsedBy(cs);
                if (schema == null) continue;
                Val.Obj shape = dev.backcheck.concepts.SchemaParses.shape(project, schema, c.file());
                if (shape == null) continue;
                for (String k : shape.props().keySet()) if (Loggers.secretName(k) || personal(k)) return true;
            }
        }
        return false;
    }

    /**
     * The body, as the function holding the log call takes it, has no secret field: every field it reads from the body
     * ({@code const { course, year } = req.body}) has a name that holds no secret, and the whole body goes nowhere but
     * to log lines and to a schema parse whose object has no secret key ({@code Settings.safeParse(body)} with
     * {@code z.object({ emailEnabled: z.boolean(), .. })}). A body handed whole to anything else (a service, a model's
     * create, passport) or read by no field has a shape not known here: still reported.
     */
    private static boolean harmlessBodyShape(Project project, Loggers lg, Loggers.LogCall c) {
        // the fields a route handler takes describe its body; a guard or middleware sees the bodies of many routes
        if (!routeHandler(project, c.fn())) return false;
        List<dev.backcheck.lang.facts.Fn> fns = new java.util.ArrayList<>();
        dev.backcheck.model.Analysis.collect(c.fn(), fns, 0);
        java.util.Set<dev.backcheck.lang.facts.CallSite> logs = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Loggers.LogCall l : lg.calls()) if (fns.contains(l.fn())) logs.add(l.call());
        java.util.function.Predicate<Val> whole = x -> x instanceof Val.Req q && q.part().equals("body") && q.path().isEmpty();
        boolean known = false;
        for (dev.backcheck.lang.facts.Fn f : fns) {
            for (dev.backcheck.lang.facts.Fn.Read r : f.reads()) {
                if (!(r.value() instanceof Val.Req q) || !q.part().equals("body") || q.path().isEmpty()) continue;
                if (Loggers.secretName(q.path().get(0)) || personal(q.path().get(0))) return false;
                known = true;
            }
            for (Val r : f.returns()) if (dev.backcheck.lang.facts.Vals.anyPart(r, whole)) return false;
            for (dev.backcheck.lang.facts.CallSite cs : f.calls()) {
                if (logs.contains(cs) || cs.args().stream().noneMatch(a -> dev.backcheck.lang.facts.Vals.anyPart(a, whole))) continue;
                String m = cs.methodName();
                // JSON.stringify(body) / Object.keys(body) written into a log line
                if (("stringify".equals(m) || "keys".equals(m)) && dev.backcheck.model.Analysis.receiver(cs.callee()) instanceof Val.Global) continue;
                Val schema = dev.backcheck.concepts.SchemaParses.parsedBy(cs);
                if (schema == null || !whole.test(cs.arg(0))) return false;
                Val.Obj shape = dev.backcheck.concepts.SchemaParses.shape(project, schema, c.file());
                if (shape == null || shape.props().isEmpty()) return false;
                for (String k : shape.props().keySet()) if (k.startsWith("...") || Loggers.secretName(k) || personal(k)) return false;
                known = true;
            }
        }
        return known;
    }

    /**
     * The route's Fastify schema declares the body ({@code fastify.put(url, { schema: { body: Settings }, handler })},
     * {@code Settings = Type.Object({ maxBudget: .., tpmLimit: .. })} or a JSON schema's {@code properties}) and none of its
     * properties has a secret or personal name: the body the handler logs is that settings object.
     */
    private static Boolean bodySchemaHarmless(Project project, Loggers.LogCall c) {
        dev.backcheck.flow.CallIndex idx = dev.backcheck.flow.CallIndex.of(project);
        dev.backcheck.lang.facts.Fn fn = c.fn();
        for (int i = 0; i < 4 && fn != null; i++) {
            dev.backcheck.flow.CallIndex.Callback cb = idx.callback(fn);
            if (cb != null) {
                dev.backcheck.lang.facts.FileFacts f = cb.site().file();
                for (Val a : cb.site().cs().args()) {
                    if (!(resolved(project, a, f) instanceof Val.Obj opts) || !(resolved(project, opts.props().get("schema"), f) instanceof Val.Obj schema)) continue;
                    Val.Obj props = objectProperties(project, schema.props().get("body"), f);
                    if (props == null || props.props().isEmpty()) return null;
                    for (String k : props.props().keySet()) if (Loggers.secretName(k) || personal(k)) return false;
                    for (String k : props.props().keySet()) if (k.startsWith("...")) return null;
                    return true;
                }
                return null;
            }
            fn = idx.parentOf(fn);
        }
        return null;
    }

    /** The properties of an object schema: TypeBox {@code Type.Object({...})}, or a JSON schema's {@code properties}. */
    private static Val.Obj objectProperties(Project project, Val schema, dev.backcheck.lang.facts.FileFacts f) {
        return objectProperties(project, schema, f, 0);
    }

    private static Val.Obj objectProperties(Project project, Val schema, dev.backcheck.lang.facts.FileFacts f, int depth) {
        if (schema == null || depth > 4) return null;
        Val s;
        try {
            Project.Resolved r = project.resolve(schema, f);
            s = r.val();
            // the schema's own module resolves the names it is built from (Type.Partial(CreateModelSchema))
            if (r.file() != null) f = r.file();
        } catch (RuntimeException e) {
            s = schema;
        }
        if (s instanceof Val.Obj o) return resolved(project, o.props().get("properties"), f) instanceof Val.Obj p ? p : null;
        if (!(s instanceof Val.Call call) || call.args().isEmpty()) return null;
        String n = dev.backcheck.lang.facts.Vals.lastName(call.callee());
        if ("Object".equals(n) && resolved(project, call.args().get(0), f) instanceof Val.Obj p) return p;
        // TypeBox's Type.Partial / Type.Required / Type.Readonly of an object schema: the same properties
        if (n != null && n.matches("Partial|Required|Readonly")) return objectProperties(project, call.args().get(0), f, depth + 1);
        return null;
    }

    private static Val resolved(Project project, Val v, dev.backcheck.lang.facts.FileFacts f) {
        if (v == null) return null;
        try {
            return project.resolve(v, f).val();
        } catch (RuntimeException e) {
            return v;
        }
    }

    /** {@code fn} is the handler of a route of the project's apps, or a function written inside one. */
    private static boolean routeHandler(Project project, dev.backcheck.lang.facts.Fn fn) {
        return handlers(project).fns().contains(fn);
    }

    private static HandlerFns handlers(Project project) {
        return project.derived(HandlerFns.class, p -> {
            java.util.Set<dev.backcheck.lang.facts.Fn> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            java.util.Map<dev.backcheck.lang.facts.Fn, String> paths = new java.util.IdentityHashMap<>();
            for (Application a : ServerCode.of(p).apps()) {
                for (dev.backcheck.model.Route r : a.routes()) {
                    if (r.handler() == null) continue;
                    List<dev.backcheck.lang.facts.Fn> all = new java.util.ArrayList<>();
                    dev.backcheck.model.Analysis.collect(r.handler(), all, 0);
                    out.addAll(all);
                    for (dev.backcheck.lang.facts.Fn f : all) if (r.path() != null) paths.merge(f, r.path(), (x, y) -> x + " " + y);
                }
            }
            return new HandlerFns(out, paths);
        });
    }

    private record HandlerFns(java.util.Set<dev.backcheck.lang.facts.Fn> fns, java.util.Map<dev.backcheck.lang.facts.Fn, String> paths) { }

    /**
     * A body field of a person's data: an identifier, birth date or address ({@link Loggers#personalName}), or contact
     * data ({@link Loggers#contactName}: phone, email, customerName). The body of a route that takes a customer's phone
     * and name holds personal data of every customer it serves (motivata: a payment link logged with the whole body).
     */
    private static boolean personal(String k) {
        return Loggers.personalName(k) || Loggers.contactName(k);
    }

    /** {@code logged} is {@code v}, or text made of literals and {@code v} ({@code `invalid token: ${v}`}). */
    private static boolean only(Val logged, Val v) {
        if (logged.equals(v)) return true;
        if (logged instanceof Val.Tpl t) return !t.holes().isEmpty() && t.holes().stream().allMatch(v::equals);
        if (logged instanceof Val.Concat k) return k.parts().stream().allMatch(x -> x instanceof Val.Lit || x.equals(v)) && k.parts().contains(v);
        return false;
    }

    /**
     * The handler's body is a typed DTO ({@code @Body() dto: UpdateUserDto}) whose fields, read through {@code extends},
     * {@code PartialType(X)}, {@code OmitType(X, ..)}, {@code PickType(X, ..)} and {@code IntersectionType(A, B)}, have no
     * secret-looking name. A DTO that cannot be read (an npm type, no class found) stays reported.
     */
    private static Boolean bodyDtoHarmless(Project project, Loggers.LogCall c) {
        String type = null;
        for (dev.backcheck.lang.facts.Fn.Param p : c.fn().params()) {
            if (p.decorators().stream().anyMatch(d -> d.name().equals("Body") && d.args().isEmpty()) && p.type() != null) type = p.type();
        }
        if (type == null || !type.matches("[A-Za-z_$][\\w$]*")) return null;
        Project.ClassHit h = project.classNamed(type, c.file());
        if (h == null) return null;
        if (secretField(project, h, 0)) return false;
        return noSecretFields(project, h, 0) ? true : null;
    }

    /** A field of the DTO class (or of a class it is built from) has a secret or personal name. */
    private static boolean secretField(Project project, Project.ClassHit h, int depth) {
        if (depth > 4) return false;
        dev.backcheck.lang.facts.ClassInfo ci = h.info();
        for (dev.backcheck.lang.facts.ClassInfo.Prop p : ci.props()) if (Loggers.secretName(p.name()) || personal(p.name())) return true;
        for (dev.backcheck.lang.facts.Fn.Param p : ci.ctorParams()) if (Loggers.secretName(p.name()) || personal(p.name())) return true;
        Val sup = ci.superClass();
        if (sup == null) return false;
        List<Val> bases = new java.util.ArrayList<>();
        // OmitType(X, ['password']) / PickType(X, [..]): which of X's fields stay is not read here
        if (sup instanceof Val.Call call) {
            String n = dev.backcheck.lang.facts.Vals.lastName(call.callee());
            if ("IntersectionType".equals(n)) bases.addAll(call.args());
            else if ("PartialType".equals(n) && !call.args().isEmpty()) bases.add(call.args().get(0));
        }
        else bases.add(sup);
        for (Val b : bases) {
            Project.ClassHit bh = project.classOf(b, h.file());
            if (bh == null) bh = project.classNamed(dev.backcheck.lang.facts.Vals.lastName(b), h.file());
            if (bh != null && secretField(project, bh, depth + 1)) return true;
        }
        return false;
    }

    private static boolean noSecretFields(Project project, Project.ClassHit h, int depth) {
        if (depth > 4) return false;
        dev.backcheck.lang.facts.ClassInfo ci = h.info();
        for (dev.backcheck.lang.facts.ClassInfo.Prop p : ci.props()) if (Loggers.secretName(p.name())) return false;
        for (dev.backcheck.lang.facts.Fn.Param p : ci.ctorParams()) if (Loggers.secretName(p.name())) return false;
        Val sup = ci.superClass();
        if (sup == null) return true;
        List<Val> bases = new java.util.ArrayList<>();
        if (sup instanceof Val.Call call) {
            String n = dev.backcheck.lang.facts.Vals.lastName(call.callee());
            if (n == null || !n.matches("PartialType|OmitType|PickType|IntersectionType")) return false;
            if (n.equals("IntersectionType")) bases.addAll(call.args());
            else if (!call.args().isEmpty()) bases.add(call.args().get(0));
        } else {
            bases.add(sup);
        }
        for (Val b : bases) {
            Project.ClassHit bh = project.classOf(b, h.file());
            if (bh == null) bh = project.classNamed(dev.backcheck.lang.facts.Vals.lastName(b), h.file());
            if (bh == null || !noSecretFields(project, bh, depth + 1)) return false;
        }
        return true;
    }

    /**
     * The log call sits in a named function of its module that nothing uses: the name appears once in the file (its
     * declaration) and the module does not export it (a mock mailer left behind after the real one was wired in).
     */
    private static boolean uncalled(Project project, Loggers.LogCall c) {
        // no running code calls it (a helper only tests call, an error handler nothing mounts): the liveness concept's answer
        if (dev.backcheck.concepts.ImportIndex.of(project).neverRuns(c.file(), c.fn())) return true;
        String name = c.fn().name();
        if (name == null || !name.matches("[A-Za-z_$][\\w$]*") || c.fn() == c.file().main() || c.file().exports().containsKey(name)) return false;
        // a top-level function of the module (a method is called from other files as obj.method())
        if (project.root() == null || !dev.backcheck.model.Analysis.topLevelFunctions(c.file()).contains(c.fn())
                || c.file().classes().values().stream().anyMatch(k -> k.methods().contains(c.fn()))) return false;
        String text = dev.backcheck.concepts.SourceLines.text(project, c.file().path(), 1_000_000);
        if (text == null) return false;
        return wordCount(text, name, 2) == 1;
    }

    /**
     * How often {@code name} stands in {@code text} as a word (no letter, digit, '_' or '$' on either side: the regex
     * {@code (?<![\w$])name(?![\w$])}, matches counted as its find() meets them), counting no further than
     * {@code atMost}. A search for the name's text instead of the regex's try at every offset (the lookbehind gave it no
     * fixed prefix to skip by): the rule asks once per log call of a function, over the whole file.
     */
    static int wordCount(String text, String name, int atMost) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0 && n < atMost; ) {
            int end = i + name.length();
            if ((i == 0 || !wordChar(text.charAt(i - 1))) && (end >= text.length() || !wordChar(text.charAt(end)))) {
                n++;
                i = text.indexOf(name, end);
            } else {
                i = text.indexOf(name, i + 1);
            }
        }
        return n;
    }

    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }
}
