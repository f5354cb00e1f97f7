package dev.backcheck.rules.authn;

import dev.backcheck.findings.Level;
import dev.backcheck.model.*;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * POST/PUT/PATCH/DELETE routes with no auth control, in an application that authenticates other
 * routes (so deliberately public APIs stay quiet). A route is public by what its handler does, not
 * by its name ({@link RouteBehaviour}): it verifies a signed token, a one-time code, a signature, a
 * captcha or a password, signs a user up, sends a one-time link, or ends a session; or the config
 * lists it in {@code public-routes}. A route that writes a privileged field (role, isAdmin, ...)
 * with an administrator value or one the client chooses is reported whatever it does otherwise.
 */
@RuleId("authn/unauthenticated-mutation")
public final class UnauthenticatedMutationRule implements Rule {
    @Override
    public void check(Project project, RuleContext ctx) {
        RouteBehaviour behaviour = RouteBehaviour.of(project);
        List<String> extraPublic = ctx.optionList("public-path-keywords");
        for (Application app : project.applications()) {
            boolean authenticates = app.anyRouteHas(ControlKind.AUTH) || app.anyMount(ControlKind.AUTH);
            Route example = app.routes().stream().filter(r -> r.has(ControlKind.AUTH)).findFirst().orElse(null);
            java.util.Map<Route, RouteBehaviour.Verdict> verdicts = new java.util.LinkedHashMap<>();
            for (Route r : app.routes()) {
                if (!r.isMutation() || r.has(ControlKind.AUTH) || !r.isHttp()) continue; // GraphQL/tRPC: graphql/, trpc/unauthenticated-mutation
                // a middleware on its chain the model could not resolve: the app refuses it at start, or it is a guard unseen
                if (r.has(ControlKind.UNRESOLVED)) continue;
                if (project.config().publicRoutes().isPublic(r)) continue; // declared public in .backcheck.yml
                if (app.framework().equals("spring") && springPublic(project, r)) continue; // a Spring Security rule names it public
                verdicts.put(r, behaviour.of(r));
            }
            // an app with a login (or any authenticated route) has accounts worth protecting
            boolean hasAccounts = authenticates || verdicts.values().stream().anyMatch(v -> v.publicBecause() != null
                    && (v.publicBecause().reason() == RouteBehaviour.Reason.PASSWORD || v.publicBecause().reason() == RouteBehaviour.Reason.SIGNED_TOKEN));
            for (java.util.Map.Entry<Route, RouteBehaviour.Verdict> e : verdicts.entrySet()) {
                Route r = e.getKey();
                RouteBehaviour.Verdict v = e.getValue();
                // role: req.body.role where express-validator lets it be only 'freelancer' or 'client': the client picks
                // among ordinary roles, it grants itself nothing
                boolean ordinaryChoice = v.unauthorisedPrivilege() != null && ordinaryRolesOnly(project, r, v.unauthorisedPrivilege());
                if (v.unauthorisedPrivilege() != null && !ordinaryChoice) {
                    if (!hasAccounts) continue;
                    RouteBehaviour.Privileged p = v.unauthorisedPrivilege();
                    boolean fromClient = p.value().startsWith("req.") || p.value().startsWith("c.req");
                    String what = fromClient ? "sets " + p.field() + " from the request (" + p.value() + ")" : "sets " + p.field() + " to " + p.value();
                    RuleContext.Builder b = ctx.report(r.location(), r.label() + " " + what + " at " + p.at().path() + ":" + p.at().line()
                                    + " and runs no authentication: " + (fromClient ? "anyone can give themselves any role." : "anyone can make themselves an administrator."))
                            .level(Level.ERROR)
                            .related(p.at(), p.field() + " is written here");
                    if (example != null) {
                        b.related(example.location(), example.label() + " is protected by " + example.controls(ControlKind.AUTH).get(0).name());
                    }
                    String fix = fromClient
                            ? "set " + p.field() + " on the server (an ordinary sign-up gets the default role); a route that grants roles must "
                            + "require an authenticated administrator: " + fix(ctx, app.framework(), example) + ", then check the caller's role"
                            : "require an authenticated administrator: " + fix(ctx, app.framework(), example) + ", then check the caller's role";
                    b.fix(fix).property("framework", app.framework()).add();
                    continue;
                }
                // "TODO: add JWT authentication back" in its module: its authentication was taken out for now, the route is
                // meant to be authenticated (even where no route of the app authenticates today)
                dev.backcheck.lang.facts.FileFacts.Comment removed = behaviour.authRemoved(r);
                if (!authenticates && removed == null || v.isPublic() || ordinaryChoice && v.publicBecause() != null) continue;
                // an insert-only route the author chose to open (a contact form, a survey answer): a submission by design
                if (v.submission() != null && submissionByDesign(project, behaviour, app, r, v.submission()) != null) continue;
                if (!extraPublic.isEmpty() && AuthRoutes.matches(r.path(), extraPublic) || publicByNature(r.path())) continue;
                // sign-in, sign-up, reset: the request handed to the auth library's own handler, which checks the credentials
                if (dev.backcheck.concepts.ExternalApi.handsToAuthLibrary(project, r)) continue;
                // a handler the model could not follow cannot be judged by what it does: its path decides, as a last resort
                // (also a path that carries its credential, /respond/:token, or names a webhook, whose sender signs it)
                if (r.handler() == null && (AuthRoutes.matches(r.path(), AuthRoutes.KEYWORDS) || credentialInPath(r.path()))) continue;
                // ... or the author's comment above the registration that calls it public ("// Public endpoints" over a vote
                // handed to a service the model cannot reach, s32 mclist): what it checks cannot be read, what it is meant to be can
                if (r.handler() == null && behaviour.publicDeclaration(r) != null) continue;
                // say what was read: a check inside a service backcheck could not reach is not "no check"
                String seen = behaviour.resolved(r)
                        ? " backcheck found no token, code, signature, captcha or password check in its handler or the project functions it could follow ("
                        + RouteBehaviour.MAX_DEPTH + " calls deep)"
                        : " backcheck could not read its handler to see whether it checks a token, code, signature, captcha or password";
                RouteBehaviour.Change ch = v.change();
                String what = ch == null ? "changes data" : "can change data (" + ch.what() + " at " + ch.at().path() + ":" + ch.at().line() + ")";
                String why = removed != null
                        ? ", while a comment of its module says its authentication is to come back (line " + removed.line() + ": \""
                        + shortText(removed.text()) + "\")."
                        : ", while other routes of this " + app.frameworkName() + " app require authentication.";
                RuleContext.Builder b = ctx.report(r.location(), r.label() + " " + what + " but no authentication runs on it;" + seen + why);
                if (ch != null) b.related(ch.at(), "the change counted: " + ch.what());
                if (removed != null) b.related(new dev.backcheck.findings.Location(r.location().path(), removed.line(), 1, removed.line(), 1, null),
                        "the comment that says the authentication was taken out");
                if (example != null) {
                    b.related(example.location(), example.label() + " is protected by " + example.controls(ControlKind.AUTH).get(0).name());
                }
                b.fix(fix(ctx, app.framework(), example)).property("framework", app.framework()).add();
            }
        }
    }

    /**
     * Why a route whose every write adds a new record (no update or delete, no owner or privileged field from the request)
     * is a public submission by design, or null: the code shows the author chose to open it, by an optional-authentication
     * middleware on it (verifies a token when present, never rejects), a rate limiter or captcha of its own, validation
     * of its body, or a comment or decorator that says it is public. A route under an admin path is no public form, and
     * one that stores the body whole needs a schema that bounds its fields.
     */
    public static String submissionByDesign(Project project, RouteBehaviour behaviour, Application app, Route r, RouteBehaviour.Submission s) {
        for (String seg : r.path().toLowerCase(Locale.ROOT).split("/")) {
            if (seg.equals("admin") || seg.startsWith("admin-") || seg.startsWith("admin_") || seg.equals("administrator")) return null;
        }
        // the comment above it says it is for signed-in users ("@access User"): the missing check is the bug
        if (behaviour.declaredPrivate(r) || behaviour.authRemoved(r) != null) return null;
        boolean validated = validatesBody(project, r);
        if (s.wholeBody() && !validated) return null;
        if (behaviour.optionalAuthentication(r) != null) return "an optional-authentication middleware";
        if (ownLimiter(app, r)) return "a rate limiter";
        if (r.chain().stream().anyMatch(c -> c.name() != null && c.name().toLowerCase(Locale.ROOT).matches(".*(captcha|turnstile).*"))) return "a captcha";
        // (Spring's @Valid on a request body is on nearly every handler: no sign of a choice about this one)
        if (validated && !app.framework().equals("spring")) return "validation of its body";
        if (behaviour.publicDeclaration(r) != null) return "a comment or decorator that declares it public";
        return null;
    }

    private static final java.util.regex.Pattern CLIENT_FIELD = java.util.regex.Pattern.compile("^(?:req|c\\.req)\\.(body|query|params)\\.([\\w$]+)");
    private static final java.util.regex.Pattern PRIVILEGED_VALUE = java.util.regex.Pattern.compile(
            "(?i).*(admin|super|root|owner|staff|moderator|manager|operator|privileged|system).*");

    /** A privileged field the client fills with a request value that express-validator allow-lists to ordinary values only. */
    private static boolean ordinaryRolesOnly(Project project, Route r, RouteBehaviour.Privileged p) {
        java.util.regex.Matcher m = CLIENT_FIELD.matcher(p.value());
        if (!m.find()) return false;
        List<String> allowed = dev.backcheck.concepts.ExpressValidators.allowList(project, r, m.group(1), m.group(2));
        // validate(RegisterSchema) with role: z.enum(['USER', 'OWNER']) in the body schema the route checks
        if (allowed == null) allowed = dev.backcheck.concepts.SchemaParses.routeEnumValues(project, r, m.group(1), m.group(2));
        return allowed != null && !allowed.isEmpty() && allowed.stream().noneMatch(x -> PRIVILEGED_VALUE.matcher(x).matches());
    }

    /** A schema or hand check of the body: a validation control on the route, or the handler's own schema parse. */
    private static boolean validatesBody(Project project, Route r) {
        for (Control c : r.controls(ControlKind.VALIDATION)) {
            for (String p : c.parts()) {
                if (p.equals("*") || p.equals("body") || p.startsWith("body.") || p.equals("json") || p.equals("form")) return true;
            }
        }
        // a body parameter the framework validates (NestJS @Body() dto: CreateDto under a ValidationPipe)
        for (Route.ParamInput in : r.inputs()) if (in.validated() && in.part().equals("body")) return true;
        if (r.handler() == null) return false;
        Analysis analysis = dev.backcheck.frameworks.ModelSupport.analysis(project);
        dev.backcheck.lang.facts.FileFacts hf = analysis.fnFile(r.handler());
        if (hf == null) return false;
        Analysis.Summary summary = analysis.summary(r.handler(), hf);
        if (summary.validatedParts().stream().anyMatch(p -> p.equals("body") || p.equals("*") || p.startsWith("valid:"))) return true;
        // every body field the handler reads is checked by a rejecting guard (if (!isEmail(email)) return 400)
        Set<String> checked = summary.checkedFields().getOrDefault("body", Set.of());
        if (checked.contains("*")) return true;
        List<dev.backcheck.lang.facts.Fn> fns = new ArrayList<>();
        Analysis.collect(r.handler(), fns, 0);
        Set<String> read = new TreeSet<>();
        for (dev.backcheck.lang.facts.Fn f : fns) {
            for (dev.backcheck.lang.facts.Fn.Read rd : f.reads()) {
                if (!rd.part().equals("body")) continue;
                if (!(rd.value() instanceof dev.backcheck.lang.facts.Val.Req q) || q.path().isEmpty() || q.path().get(0).equals("*")) return false;
                read.add(q.path().get(0));
            }
        }
        return !read.isEmpty() && checked.containsAll(read);
    }

    /** A rate limiter on the route that not every route of the app shares (an app-wide limiter is no choice about this one). */
    private static boolean ownLimiter(Application app, Route r) {
        for (Control c : r.controls(ControlKind.RATE_LIMIT)) {
            boolean everywhere = app.routes().stream().allMatch(o -> o.controls(ControlKind.RATE_LIMIT).stream()
                    .anyMatch(x -> java.util.Objects.equals(x.location(), c.location())));
            if (!everywhere) return true;
        }
        return false;
    }

    /** A route Spring Security permits by a rule that names its path (not a catch-all, not a missing rule). */
    private static boolean springPublic(Project project, Route r) {
        dev.backcheck.frameworks.spring.SpringControls.Decision d = dev.backcheck.frameworks.spring.SpringControls.of(project).decide(r.method(), r.path(),
                r.handler() == null ? null : r.handler().file());
        return d != null && d.explicitlyPublic();
    }

    private static String shortText(String comment) {
        String t = comment.strip().replaceFirst("^(//+|/\\*+)\\s*", "").replaceFirst("\\s*\\*+/$", "").replaceAll("\\s+", " ");
        return t.length() > 100 ? t.substring(0, 97) + "..." : t;
    }

    /**
     * A path that names the credential its handler must check: a parameter holding a token or code (/references/respond/:token,
     * /invites/:inviteCode), or a webhook segment (/subscriptions/webhook, /webhooks/stripe), which its sender signs.
     */
    private static boolean credentialInPath(String path) {
        for (String seg : path.split("/")) {
            String s = seg.toLowerCase(Locale.ROOT);
            if (s.startsWith(":") && s.matches(":[a-z0-9_]*(token|code)\\??")) return true;
            if (s.equals("webhook") || s.equals("webhooks") || s.endsWith("-webhook") || s.startsWith("webhook-")) return true;
        }
        return false;
    }

    private static boolean publicByNature(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        for (String s : List.of("csp-report")) {
            for (String seg : p.split("/")) if (seg.equals(s) || seg.startsWith(s + "-") || seg.endsWith("-" + s)) return true;
        }
        return false;
    }

    private static String fix(RuleContext ctx, String framework, Route example) {
        String name = example == null ? null : example.controls(ControlKind.AUTH).get(0).name();
        // a library control is shown as code, a project control by its name
        String ctl = name == null ? null : switch (name) {
            case "hono/jwt" -> "jwt({ secret: env.JWT_SECRET })";
            case "hono/bearer-auth" -> "bearerAuth({ token })";
            case "passport" -> "passport.authenticate('jwt', { session: false })";
            case "express-jwt" -> "expressjwt({ secret, algorithms: ['RS256'] })";
            case "@nestjs/passport" -> "AuthGuard('jwt')";
            default -> name.contains("/") || name.startsWith("<") ? null : name;
        };
        String control = ctl != null ? ctl : switch (framework) {
            case "fastify" -> "app.authenticate";
            case "nestjs" -> "JwtAuthGuard";
            case "hono" -> "jwt({ secret: env.JWT_SECRET })";
            default -> "requireAuth";
        };
        String t = ctx.meta().fixFor(framework, java.util.Map.of("control", control));
        return t != null ? t : "add the authentication control (" + control + ") to the route";
    }
}
