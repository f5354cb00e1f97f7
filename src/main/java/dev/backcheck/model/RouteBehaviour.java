package dev.backcheck.model;

import dev.backcheck.findings.Location;
import dev.backcheck.lang.facts.*;
import dev.backcheck.lang.facts.Val.*;

import java.util.*;
import java.util.regex.Pattern;

/**
 * What a route handler does by itself that decides whether it may run without authentication,
 * read from its facts and the project functions it calls (followed {@link #MAX_DEPTH} calls deep,
 * arguments bound to the callee's parameters):
 * <ul>
 *   <li>it verifies something other than a session: a signed token (jwt.verify of a token from the
 *       body or query, a verify-email or reset-password link), a one-time token or code looked up
 *       in storage, a sender's signature (webhooks), a captcha, or a password (a login);</li>
 *   <li>it starts or ends an account flow that needs no session: it creates an ordinary user
 *       account (sign-up), sends a one-time code or link it generates (forgot password, resend
 *       confirmation), or ends the session (logout);</li>
 *   <li>it writes a privileged field (role, isAdmin, admin, permissions, ...) with a value the
 *       client chooses or an administrator value ({@code role: 'admin'}): such a route needs
 *       authentication whatever it is called.</li>
 * </ul>
 * The route's name plays no part.
 */
public final class RouteBehaviour {
    /** How many project-function calls deep a handler is followed. */
    public static final int MAX_DEPTH = 3;
    /** How many calls deep a handler is followed to see whether it writes data (past {@link #MAX_DEPTH}, for nothing else). */
    static final int WRITE_DEPTH = 6;

    /** Why a route may run without authentication. */
    public enum Reason {
        SIGNED_TOKEN("verifies a signed token"),
        STORED_CODE("checks a one-time token or code against storage"),
        SIGNATURE("checks the sender's signature"),
        CAPTCHA("verifies a captcha"),
        PASSWORD("checks a password (a login)"),
        IDENTITY_PROVIDER("hands the credentials or code to an identity provider (Cognito, Supabase, Firebase)"),
        SIGN_UP("creates an ordinary user account (sign-up)"),
        ONE_TIME_LINK("sends a one-time code or link it generates"),
        ENDS_SESSION("ends the caller's session (logout)"),
        AUTH_LIBRARY("hands the request to an authentication library's own handler (sign-in, sign-up, WebAuthn)"),
        CLIENT_PASSWORD("takes a password the client sends and hashes or checks it (login, sign-up or reset)"),
        REJECTS("rejects the caller with 401/403 after its own check (a shared secret, a signature)"),
        READ_ONLY("writes no data: what it calls, however deep it was followed, only looks up, computes, logs, answers or asks an outside service (a POST used as a query)"),
        SIGNED_IN_ONLY("writes only for a signed-in user: under a test of the session user, or records owned by it (req.session.user._id), so an anonymous request changes nothing"),
        FIRST_RUN("runs only on a fresh install: it (or a guard on the route) refuses once a record of the kind exists, read by a count or lookup no request value filters (first-run setup)"),
        CAPABILITY("looks the record up by a per-record access code the request carries (an invitation or RSVP link) and turns the "
                + "request away when none matches, so only a holder of the link changes that record"),
        SECRET_GATE("writes only for a caller who sends a configured secret: each write runs under a test that a request header, "
                + "cookie or secret field equals a value of the deployment (c.env.SEED_TOKEN, process.env.ADMIN_KEY), and any other caller "
                + "is turned away first"),
        COUNTER("writes nothing but a counter stepped by a constant (a view or like count)"),
        CACHE_FILL("stores only a value the server computed itself, under a key (a cache filled on a read)"),
        DEV_ONLY("answers 404 unless a development flag (an environment or config value such as DEV_LOGIN_ENABLED, off unless set) "
                + "turns it on, or sits behind a guard that refuses every request outside a development run: a dev-only route, "
                + "absent from a deployment");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** A reason with the call that shows it. */
    public record Public(Reason reason, Location evidence) { }

    /** A privileged field written: its name, its value as a reader writes it ('admin', true, req.body.role), and where. */
    public record Privileged(String field, String value, Location at) { }

    /** The first change the walk counted (a write, a project function it could not read, an assignment outside a local): what and where. */
    public record Change(String what, Location at) { }

    /**
     * A handler whose every write adds a new record (a form submission): the first insert, and whether some insert stores
     * the request body whole (its fields are then whatever the client sends, unless a schema bounds them).
     */
    public record Submission(Location at, boolean wholeBody) { }

    /**
     * What was found: the first reason to be public (or null) and the first privileged write (or null);
     * {@code submission} is the first write when every write the walk counted adds a new record and changes
     * none (an insert with no privileged field and no owner the client names), else null.
     * A privileged write is authorised by a verified token, stored code or signature (an invitation
     * link, a signed provisioning call), never by a sign-up, a password or a captcha alone.
     */
    public record Verdict(Public publicBecause, Privileged privileged, Set<Reason> reasons, Change change, Submission submission) {
        public Verdict(Public publicBecause, Privileged privileged) {
            this(publicBecause, privileged, publicBecause == null ? Set.of() : Set.of(publicBecause.reason()), null, null);
        }

        public Verdict(Public publicBecause, Privileged privileged, Set<Reason> reasons) {
            this(publicBecause, privileged, reasons, null, null);
        }

        public Verdict {
            reasons = reasons == null ? Set.of() : Set.copyOf(reasons);
        }

        /** True when the handler shows {@code r} (not only the first reason found). */
        public boolean shows(Reason r) {
            return reasons.contains(r);
        }

        public boolean isPublic() {
            return publicBecause != null && (privileged == null || authorises(publicBecause.reason()));
        }

        /** A privileged write nothing in the handler authorises. */
        public Privileged unauthorisedPrivilege() {
            return privileged != null && (publicBecause == null || !authorises(publicBecause.reason())) ? privileged : null;
        }

        private static boolean authorises(Reason r) {
            return r == Reason.SIGNED_TOKEN || r == Reason.STORED_CODE || r == Reason.SIGNATURE || r == Reason.REJECTS || r == Reason.FIRST_RUN;
        }
    }

    /** A token claim that names an account or what it may do: sub, userId, email, role, sessionId. */
    private static final Pattern ACCOUNT_CLAIM = Pattern.compile("(?i)(sub|id|_id|uid|user|user_?id|user_?name|email|account|account_?id|"
            + "role|roles|scope|scopes|permissions?|session_?id|sid|admin|is_?admin|phone|login|name)");
    /** Calls that add a record: create, insertOne, bulkCreate, insertInto (a save or an SQL statement is read by its argument). */
    private static final Set<String> INSERT_METHODS = Set.of("create", "createMany", "insert", "insertOne", "insertMany", "bulkCreate",
            "createOne", "insertInto");
    /** INSERT INTO .. with no clause that updates a row already there (ON CONFLICT .. DO UPDATE, ON DUPLICATE KEY UPDATE); not REPLACE. */
    private static final Pattern SQL_INSERT = Pattern.compile("(?is)^\\s*insert\\s+(or\\s+ignore\\s+)?into\\b(?!.*\\b(on\\s+conflict\\b.*\\bdo\\s+update|on\\s+duplicate\\s+key\\s+update)\\b)");
    /** The column list and the VALUES list of an INSERT. */
    private static final Pattern SQL_INSERT_COLUMNS = Pattern.compile("(?is)^\\s*insert\\s+(?:or\\s+ignore\\s+)?into\\s+[\\w.`\"\\[\\]]+\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)");
    /** DELETE FROM t WHERE col = $1: a delete of the records one bound value names. */
    private static final Pattern ONE_KEY_DELETE = Pattern.compile("(?is)^\\s*delete\\s+from\\s+[\\w.`\"]+\\s+where\\s+[\\w.`\"]+\\s*=\\s*(\\$1|\\?|:\\w+)\\s*;?\\s*$");
    /** UPDATE t SET views = views + 1[, likes = likes + 1] WHERE ..: counters stepped by one (group 1: the assignments). */
    private static final Pattern SQL_COUNTER = Pattern.compile("(?is)^\\s*update\\s+[\\w.`\"\\[\\]]+\\s+set\\s+((?:[`\"\\[]?(\\w+)[`\"\\]]?\\s*=\\s*[`\"\\[]?\\2[`\"\\]]?\\s*[+-]\\s*1\\s*,?\\s*)+)(where\\b|$)");
    /** Fields stepped by a constant that are no view or like counter: money, stock, scores, quotas. */
    private static final Pattern NOT_A_COUNTER = Pattern.compile("(?i).*(balance|credit|coin|point|stock|quantity|qty|inventory|amount|price|"
            + "wallet|score|karma|reputation|token|seat|capacity|limit|quota|attempt|fail|strike|level|rank).*");
    /** Fields a public submission must not take from the client: an owner, a role or a privilege, a verified flag, money. */
    private static final Pattern SUBMISSION_OWNER = Pattern.compile("(?i)(user_?id|user|owner_?id|owner|created_?by|author_?id|author|"
            + "account_?id|tenant_?id|sender_?id|sender|creator_?id|creator|posted_?by|member_?id|customer_?id|profile_?id|"
            // the tenant the record is filed under (clinic_id, organizationId): the client would choose whose data it joins
            + "(org|organi[sz]ation|company|workspace|team|clinic|household|school)_?id)");
    private static final Pattern SUBMISSION_PRIVILEGED = Pattern.compile("(?i)(is_?verified|verified|email_?verified|is_?approved|approved|"
            + "balance|credits?|wallet_?balance|is_?active|is_?banned|banned|is_?premium|premium|plan|tier)");
    /** A column holding a per-record access code, compared with a placeholder: WHERE g.unique_code = ?, invite_token = $2. */
    private static final Pattern CAPABILITY_COLUMN = Pattern.compile("(?i)\\b(?:\\w+\\.)?(?:\\w*_)?(unique_?code|access_?code|invite_?code|"
            + "invitation_?code|guest_?code|rsvp_?code|share_?(?:code|key|token)|edit_?(?:code|key|token)|manage_?(?:code|key|token)|"
            + "secret(?:_?(?:code|key|token))?|\\w*token|passcode|pin_?code)\\s*=\\s*(\\?|\\$\\d+|:\\w+|@\\w+)");
    private static final Pattern CAPABILITY_KEY = Pattern.compile("(?i)(unique_?code|access_?code|invite_?code|invitation_?code|guest_?code|"
            + "rsvp_?code|share_?(code|key|token)|edit_?(code|key|token)|manage_?(code|key|token)|secret_?(code|key|token)?)");

    /** What an anonymous submitter says about themselves: a name or an e-mail address, no reference to a record. */
    private static final Pattern SUBMITTER_LABEL = Pattern.compile("(?i)([a-z]+_?)?(name|email|e_?mail|mail|phone|contact)");
    /** A request part the client fills freely: the body, the query, the path, a validated or parsed body (not the user, session or headers). */
    static boolean isClientPart(String part) {
        return part.equals("body") || part.equals("query") || part.equals("params") || part.startsWith("valid:") || part.equals("json")
                || part.equals("form") || part.equals("formData") || part.equals("files") || part.equals("file");
    }

    private static boolean submissionField(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SUBMISSION_OWNER.matcher(key).matches() || PRIVILEGED_FIELDS.contains(k) || SUBMISSION_PRIVILEGED.matcher(key).matches();
    }

    private static String sqlText(Val v) {
        return v instanceof Tpl || v instanceof Concat ? Vals.shape(v, "?") : Val.constString(v);
    }

    private static boolean serverToken(String name) {
        return name != null && (TOKEN_KEY.matcher(name).matches() || CODE_KEY.matcher(name).matches());
    }

    private static final Set<String> FS_MODULES = Set.of("fs", "fs/promises", "node:fs", "node:fs/promises", "fs-extra");
    /** File-system calls that read: readFileSync(settingsPath), fs.promises.stat(p), existsSync(p). */
    private static final Pattern FS_READ = Pattern.compile("(read(File|dir|link)?|exists|stat|lstat|access|realpath)(Sync)?|readJson(Sync)?");

    /** Telemetry calls: a Workers Analytics Engine data point, an error or message report to an error tracker. */
    private static final Set<String> TELEMETRY_METHODS = Set.of("writeDataPoint", "captureException", "captureMessage",
            "captureEvent", "addBreadcrumb", "recordException");

    private static final Set<String> LOGGER_NAMES = Set.of("log", "logger", "winston", "pino", "console");
    private static final Set<String> LOG_METHODS = Set.of("info", "debug", "warn", "error", "trace", "fatal", "log", "verbose");

    /** A path ending a session: /logout, /auth/sign-out, /log_out, /logout-all, /signout_everywhere. */
    private static final Pattern LOGOUT_PATH = Pattern.compile("(?i)/(log|sign)[-_]?out([-_]?(all|everywhere|others?|devices?|sessions?))?(/|$)");

    /** A route path that names a logout: /logout, /auth/sign-out, /log_out, /logout/all. */
    public static boolean logoutPath(String path) {
        return path != null && LOGOUT_PATH.matcher(path).find();
    }

    private static final Verdict NOTHING = new Verdict(null, null, Set.of());

    /** True when the handler was found and read (its verdict may still show nothing). */
    public boolean resolved(Route r) {
        return r.handler() != null && analysis.fnFile(r.handler()) != null;
    }

    /** Analysis's signature checks, plus provider SDK methods that a handler (not middleware) calls on a webhook. */
    private static final Set<String> SIGNATURE_METHODS = union(Analysis.SIGNATURE_CHECKS,
            Set.of("verifyHeader", "validateWebhookSignature", "validateRequest", "validateRequestWithBody", "verifyKey"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
    private static final Set<String> SIGNATURE_PACKAGES = Set.of("svix", "@octokit/webhooks", "@octokit/webhooks-methods",
            "standardwebhooks", "twilio", "@slack/bolt", "discord-interactions", "stripe", "@paddle/paddle-node-sdk");
    private static final Set<String> TOKEN_PACKAGES = Set.of("jsonwebtoken", "jose", "hono/jwt", "@fastify/jwt", "jwt-simple",
            "fast-jwt", "@nestjs/jwt", "google-auth-library", "firebase-admin", "firebase-admin/auth");
    private static final Set<String> TOKEN_METHODS = Set.of("verify", "verifyAsync", "jwtVerify", "verifyIdToken",
            "decode", "verifySessionCookie", "verifyToken", "verifyJwt", "verifyJWT");
    private static final Set<String> PASSWORD_PACKAGES = Set.of("bcrypt", "bcryptjs", "argon2", "@node-rs/argon2", "@node-rs/bcrypt");
    /** Model or helper methods that compare a password (their body is usually out of reach: a mongoose schema method). */
    private static final Set<String> PASSWORD_METHODS = Set.of("comparePassword", "comparePasswords", "isValidPassword",
            "validatePassword", "checkPassword", "verifyPassword", "matchPassword", "matchPasswords", "isPasswordMatch",
            "isPasswordValid", "passwordMatches", "signInWithPassword", "signInWithEmailAndPassword", "authenticateUser");
    /** Cognito commands a client may call without AWS credentials of its own (never the Admin* ones). */
    private static final Set<String> COGNITO_PUBLIC = Set.of("SignUpCommand", "ConfirmSignUpCommand", "ResendConfirmationCodeCommand",
            "ForgotPasswordCommand", "ConfirmForgotPasswordCommand", "InitiateAuthCommand", "RespondToAuthChallengeCommand",
            "GlobalSignOutCommand", "RevokeTokenCommand", "ChangePasswordCommand", "VerifyUserAttributeCommand");
    /** Identity-provider SDK calls that verify the caller's credentials, code or link themselves. */
    private static final Set<String> PROVIDER_METHODS = Set.of("signInWithPassword", "signInWithOtp", "verifyOtp",
            "resetPasswordForEmail", "exchangeCodeForSession", "signInWithEmailAndPassword", "sendPasswordResetEmail",
            "confirmPasswordReset", "applyActionCode", "verifyPasswordResetCode", "signInWithIdToken", "authenticateUser",
            "confirmRegistration", "forgotPassword", "confirmPassword");
    /**
     * Authentication libraries whose own handlers a route may hand the request to: the library checks
     * the credentials (better-auth's auth.handler, toNodeHandler(auth), lucia, Auth.js, WebAuthn
     * assertion steps, passport's local strategy).
     */
    private static final Set<String> AUTH_LIBRARIES = Set.of("better-auth", "better-auth/node", "better-auth/api",
            "lucia", "next-auth", "@auth/express", "@auth/core", "@simplewebauthn/server", "@supabase/supabase-js",
            "@supabase/ssr", "firebase/auth", "firebase-admin", "firebase-admin/auth", "passport", "@hono/auth-js");
    private static final Set<String> AUTH_LIBRARY_METHODS = Set.of("handler", "toNodeHandler", "ExpressAuth", "Auth",
            "generateAuthenticationOptions", "verifyAuthenticationResponse", "validateSessionToken", "createSession",
            "signInEmail", "signUpEmail", "signInWithPassword", "signInWithOtp", "signUp", "verifyOtp", "authenticate");
    /** ORMs whose models carry project-defined statics and methods (userSchema.statics.findAndGenerateToken). */
    private static final Set<String> MODEL_PACKAGES = Set.of("mongoose", "sequelize", "typeorm", "objection", "@typegoose/typegoose");
    /**
     * Dependency-injection containers: a service they hand out ({@code Container.get(AuthService).SignUp(dto)},
     * {@code app.diContainer.cradle.authMutations}) is a project object whose method is followed by its name.
     */
    private static final Set<String> DI_PACKAGES = Set.of("typedi", "tsyringe", "inversify", "awilix", "@fastify/awilix",
            "typescript-ioc", "@nestjs/core");
    private static final Set<String> TSOA_PACKAGES = Set.of("tsoa", "@tsoa/runtime");
    private static final Set<String> TSOA_PLUMBING = Set.of("getValidatedArgs", "fetchMiddlewares", "setStatus");
    private static final Set<String> CONTAINER_LOOKUPS = Set.of("get", "getAsync", "resolve", "getNamed", "getTagged");
    /** Method names too common to be followed by name alone. */
    private static final Set<String> COMMON_NAMES = Set.of("handle", "handler", "execute", "run", "process", "call", "apply",
            "create", "update", "delete", "remove", "get", "list", "index", "show", "store", "destroy", "save", "find",
            "send", "init", "start", "next", "then", "main", "validate", "check", "verify", "login", "logout", "register",
            "constructor", "default", "toString", "toJSON", "map", "set", "add", "use", "write", "read", "parse");
    /** Calls that read stored data and write nothing. */
    private static final Set<String> READ_METHODS = Set.of("findMany", "findFirst", "findUnique", "findOne", "findOneBy", "findBy",
            "findAll", "findById", "findByPk", "findAndCountAll", "find", "count", "countDocuments", "aggregate", "groupBy", "exists",
            "getMany", "getOne", "getRawMany", "getRawOne", "getCount", "lean", "exec", "distinct", "findFirstOrThrow", "findUniqueOrThrow");
    private static final Set<String> ANSWER_METHODS = Set.of("json", "send", "status", "end", "sendStatus", "code", "header",
            "type", "text", "body", "html", "jsonp", "setHeader", "redirect", "render", "vary", "location", "req", "param",
            "query", "valid", "get");
    private static final Set<String> PURE_GLOBALS = Set.of("console", "JSON", "Math", "Date", "String", "Number", "Object",
            "Array", "Boolean", "parseInt", "parseFloat", "isNaN", "Promise", "Intl", "encodeURIComponent", "decodeURIComponent", "BigInt");
    private static final Set<String> PURE_CONSTRUCTORS = Set.of("Date", "Error", "RegExp", "URL", "URLSearchParams", "Map",
            "Set", "Array", "Object", "Number", "String", "Boolean", "Intl", "DateTimeFormat", "NumberFormat");
    private static final Set<String> HTTP_CLIENTS = dev.backcheck.concepts.LibrarySinks.HTTP_CLIENTS;
    /** Outbound LLM clients: a completion is a computation another service makes, no data change here. */
    private static final Set<String> LLM_CLIENTS = dev.backcheck.concepts.LibrarySinks.LLM_CLIENTS;
    /** A method name that changes data: create, insertOne, findByIdAndUpdate, bulkWrite, $executeRaw, writeFileSync, push, hset. */
    private static final Pattern WRITE_VERB = Pattern.compile("(^|[a-z_$])(create|insert|update|upsert|save|delete|remove|destroy|"
            + "executeRaw|write|append|unlink|rmdir|mkdir|rename|copyFile|truncate|drop|increment|decrement|restore|persist|"
            + "Create|Insert|Update|Upsert|Save|Delete|Remove|Destroy|ExecuteRaw|Write|Append|Unlink|Increment|Decrement)"
            + "|^(set|put|add|push|pop|shift|unshift|splice|del|hset|hdel|hincrby|incr|incrby|decr|lpush|rpush|sadd|srem|zadd|expire|"
            + "merge|rm|deleteFrom|insertInto|updateTable|replaceInto|bulkWrite|bulkCreate|enqueue|upload|publish|clear|mv|"
            + "transfer|transferFrom|mint|burn|withdraw|deposit|refund|charge|capture|sendTransaction)$");
    /** Statements that make a table or index only when it is missing: schema set-up on first use. */
    private static final Pattern SCHEMA_SETUP_SQL = Pattern.compile("(?i)^\\s*create\\s+(table|(unique\\s+)?index|schema)\\s+if\\s+not\\s+exists\\b(?![^;]*;\\s*\\S)");
    /** Schema builder calls that make a missing table (knex db.schema.createTable behind hasTable, createTableIfNotExists). */
    private static final Set<String> SCHEMA_SETUP = Set.of("createTable", "createTableIfNotExists", "hasTable", "createSchemaIfNotExists");
    /** res.statusCode = .., res.locals.x = .., reply.statusCode = .., ctx.status = ..: group 1 the response, group 2 its field. */
    private static final Pattern RESPONSE_FIELD_SET = Pattern.compile("^(res|response|reply|resp|ctx|req|request)\\s*\\.\\s*([A-Za-z_$][\\w$]*)(\\s*\\.\\s*[A-Za-z_$][\\w$]*|\\s*\\[[^\\]=]*\\])*\\s*=(?!=)");
    private static final Pattern SQL_READ = Pattern.compile("(?i)^\\s*(\\(\\s*)?(select|with\\s+\\w+\\s+as\\s*\\(\\s*select[^;]*\\)\\s*select|show|explain)\\b(?![^;]*\\b(insert|update|delete|merge)\\b)");
    private static final Pattern SQL_WRITE = Pattern.compile("(?i)^\\s*(insert|update|delete|merge|replace|upsert|create|alter|drop|truncate)\\b");
    /** An SDK command that changes something: PutObjectCommand, AdminAddUserToGroupCommand, DeleteItemCommand. */
    private static final Pattern COMMAND_WRITE = Pattern.compile("^(Put|Add|Set|Create|Update|Delete|Remove|Admin|Batch(Write|Delete)|Write|Insert|Upload|Copy|Transact)[A-Z]");
    /** Names a mail or SMS client is held under (transporter, resend.emails, smsClient): what it sends is a message out. */
    private static final String[] MAIL_RECEIVER_WORDS = {"mail", "smtp", "sms", "transport", "resend", "sendgrid", "postmark", "mailgun"};
    private static final Set<String> RESPONSE_WRITES = Set.of("write", "writeHead", "set", "append", "setHeader", "header",
            "removeHeader", "cookie", "setCookie", "clearCookie", "end", "flushHeaders", "vary", "attachment", "writeContinue");
    private static final Set<String> PURE_BUILTINS = Set.of("crypto", "node:crypto", "path", "node:path", "url", "node:url",
            "util", "node:util", "zlib", "node:zlib", "buffer", "node:buffer", "querystring", "node:querystring", "os", "node:os");
    /** Methods of strings, regexes, dates and fetched bodies: computations on a value. */
    private static final Set<String> VALUE_METHODS = Set.of("substring", "substr", "match", "matchAll", "test", "exec", "charAt",
            "charCodeAt", "codePointAt", "search", "normalize", "repeat", "trimStart", "trimEnd", "toLocaleString", "toLocaleDateString",
            "toLocaleTimeString", "getFullYear", "getMonth", "getDate", "getDay", "getHours", "getMinutes", "getSeconds", "valueOf",
            "json", "text", "arrayBuffer", "blob", "has", "get", "toJSON", "toObject", "clone", "replaceAll", "lastIndexOf", "fill",
            // zod's error.flatten() (and lodash's flatten, Array flat): a new value built from the one it is called on
            "flatten", "flat");
    /** Steps of a query builder (kysely, knex, drizzle) that say what to read: the statement's verb decides. */
    private static final Set<String> QUERY_BUILDER = Set.of("select", "selectAll", "selectFrom", "selectDistinct", "where", "whereRef",
            "andWhere", "orWhere", "whereIn", "whereNotIn", "whereNull", "whereNotNull", "whereRaw", "whereExists", "as", "orderBy",
            "limit", "offset", "innerJoin", "leftJoin", "rightJoin", "fullJoin", "join", "groupBy", "having", "with", "withRecursive",
            "union", "unionAll", "distinct", "distinctOn", "on", "onRef", "forUpdate", "forShare", "forNoKeyUpdate", "skipLocked",
            "$if", "$call", "$castTo", "$narrowType", "$assertType", "from", "first", "pluck", "jsonArrayFrom", "jsonObjectFrom",
            "coalesce", "ref", "val", "lit", "and", "or", "not", "exists", "eb", "fn", "count", "sum", "avg", "max", "min", "columns",
            "countAll", "case", "when", "else", "selectNoFrom",
            // TypeORM: repo.createQueryBuilder('post').where(..).getOne(); a write names itself (.delete(), .update(..), .insert())
            "createQueryBuilder", "andWhereInIds", "whereInIds", "leftJoinAndSelect", "innerJoinAndSelect", "addSelect", "addOrderBy", "setParameter", "setParameters");
    /** name.a[b].c = ..: a member chain of a named value set (the name is group 1). */
    private static final Pattern MEMBER_SET = Pattern.compile("^([A-Za-z_$][\\w$]*)(?:\\s*\\.\\s*[A-Za-z_$][\\w$]*|\\s*\\[[^\\]]+\\])+\\s*=(?!=)");
    /** Methods that hand each element of a value to a callback: a document's descendants, an array's forEach. */
    private static final Set<String> TRAVERSALS = Set.of("descendants", "nodesBetween", "forEach", "map", "each", "walk", "traverse", "visit");
    /** Steps of a mongoose query after its find: what to fill in, sort, skip or hand back as plain objects. */
    private static final Set<String> QUERY_STEPS = Set.of("populate", "sort", "skip", "lean", "select", "limit", "exec", "collation",
            "hint", "projection", "session", "where", "equals", "in", "gt", "gte", "lt", "lte");
    /** A value kept as a cache: searchCache, imageCache, memo, resultsCache, cache. */
    /** A rate limiter's in-memory state: resendThrottle, lastRequestAtByEmail, cooldowns, attemptsByIp. */
    private static final Pattern THROTTLE_NAME = Pattern.compile("(?i).*(throttle|ratelimit|rate_limit|cooldown|last_?(request|sent|attempt)|attempts_?by).*");
    private static final Pattern CACHE_NAME = Pattern.compile("(?i).*(cache|memo)[a-z]*");
    /** name = .., name[key] = .., name.key = ..: an assignment to a value by its name (group 1). */
    private static final Pattern CACHE_FILL = Pattern.compile("^(?:this\\s*\\.\\s*)?([A-Za-z_$][\\w$]*)(\\s*\\[[^\\]]*\\]|\\s*\\.\\s*[A-Za-z_$][\\w$]*)*\\s*=(?!=)\\s*(?!\\{\\s*\\}|\\[\\s*\\]|new\\s+Map\\b)");
    /** An in-memory work queue of a throttle or a batcher: requestQueue, pending, jobQueue, waiters. */
    /** An instance's rolling record of its own work: classificationLog, history, recentTimings, stats. */
    private static final Pattern MEMORY_LOG_NAME = Pattern.compile("(log|logs|history|stats|metrics|samples|timings)"
            + "|[a-z][A-Za-z0-9]*(Log|Logs|History|Stats|Metrics|Samples|Timings)"); // not blog, catalog, dialog
    private static final Pattern QUEUE_NAME = Pattern.compile("(?i)([a-z]*queue|pending[a-z]*|waiters|[a-z]*callbacks|listeners)");
    private static final Set<String> HTTP_VERBS = Set.of("get", "post", "put", "patch", "delete", "request");
    private static final Pattern ABSOLUTE_URL = Pattern.compile("^https?://[^?/]+");
    /** A statistics counter on the service instance: this.stats.fallbackUsed++, this.metrics.hits += 1 (in-memory). */
    private static final Pattern INSTANCE_COUNTER = Pattern.compile("^this(\\s*\\.\\s*[A-Za-z_$][\\w$]*)*\\s*\\.\\s*[A-Za-z_$]*(?i:stats|metrics|counters)[\\w$]*(\\s*\\.\\s*[A-Za-z_$][\\w$]*)*\\s*(\\+\\+|--|[+-]=\\s*\\d+\\s*(;|$))");
    /** A project method named as a read: searchPage, findMatches, listItems, countOpen. */
    private static final Pattern READ_NAME = Pattern.compile("^(search|find|list|count|lookup|get|retrieve)([A-Z]|$)");
    /** A throttle's own bookkeeping on its instance: this.isProcessing = true, this.lastRequestTime = Date.now(). */
    private static final Pattern THROTTLE_STATE = Pattern.compile("^this\\.((is)?(processing|busy|running|draining)|last[A-Za-z]*(Time|At))\\s*=\\s*(true|false|Date\\.now\\(\\)|\\d+)\\s*;?$", Pattern.CASE_INSENSITIVE);
    /** A circuit breaker's or retry policy's own bookkeeping on its instance: this.circuitBreaker.failureCount = 0, this.breaker.isOpen = true. */
    private static final Pattern BREAKER_STATE = Pattern.compile("^this\\.(circuit[A-Za-z]*|breaker|retry[A-Za-z]*|backoff[A-Za-z]*)\\.[A-Za-z_$][\\w$]*\\s*(=(?!=)|\\+\\+|--|\\+=|-=)", Pattern.CASE_INSENSITIVE);
    /** row.label = ..: a field of a named value set (the name is group 1). */
    private static final Pattern PARAM_FIELD_SET = Pattern.compile("^([A-Za-z_$][\\w$]*)(\\s*\\.\\s*[A-Za-z_$][\\w$]*)+\\s*=(?!=)");
    /** name.field = .., name[i] = ..: a field of a named value set (the name is group 1). */
    private static final Pattern LOCAL_FIELD_SET = Pattern.compile("^([A-Za-z_$][\\w$]*)\\s*(\\.\\s*[A-Za-z_$][\\w$]*|\\[[^\\]]+\\])\\s*=(?!=)");
    /** A conditional whose both branches are an array or object literal: {@code test ? [...src] : { ...src }}. */
    private static final Pattern FRESH_COPY_CHOICE = Pattern.compile("(?s)[^?]*\\?\\s*\\(*\\s*[\\[{].*:\\s*\\(*\\s*[\\[{][^:?]*[\\]}]\\s*\\)*\\s*;?");
    private static final Pattern FRESH_ARRAY = Pattern.compile("(new\\s+Array\\b|Array\\.from\\(|Array\\(|\\[)");
    /** delete dto.spaceId: a key removed from an object the function was given. */
    private static final Pattern DELETE_KEY = Pattern.compile("^delete\\s+([A-Za-z_$][\\w$]*)\\s*[.\\[]");
    private static final Set<String> SESSION_PLUMBING = Set.of("save", "regenerate", "reload", "touch", "cookie");
    private static final Set<String> UPLOAD_PACKAGES = Set.of("multer", "formidable", "busboy", "express-fileupload",
            "@fastify/multipart", "multiparty", "connect-multiparty");
    private static final Set<String> ARRAY_VERBS = Set.of("push", "pop", "shift", "unshift", "splice");
    private static final Set<String> CONTAINER_VERBS = Set.of("push", "pop", "shift", "unshift", "splice", "set", "add", "delete",
            "clear", "del", "append");
    /** Session values that name the signed-in caller: req.session.user, req.session.userId, req.session.loggedIn. */
    private static final Pattern SESSION_IDENTITY = Pattern.compile("(?i)(user|user_?id|uid|logged_?in|is_?logged_?in|authenticated|is_?authenticated|account|account_?id|passport)");
    /** Frameworks whose parameter decorators show up as calls in a handler's facts. */
    private static final Set<String> DECORATOR_PACKAGES = Set.of("routing-controllers", "@nestjs/common", "tsoa", "@tsoa/runtime");
    /** Methods of values (arrays, strings, numbers, maps) that compute and change nothing outside the handler. */
    private static final Set<String> PURE_METHODS = Set.of("map", "filter", "find", "findIndex", "reduce", "some", "every",
            "includes", "forEach", "join", "slice", "sort", "concat", "keys", "values", "entries", "toString", "toFixed", "trim",
            "split", "toLowerCase", "toUpperCase", "replace", "startsWith", "endsWith", "indexOf", "flatMap", "flat", "at",
            "padStart", "padEnd", "toISOString", "getTime", "localeCompare", "parse", "stringify", "isArray", "from", "round",
            "min", "max", "abs", "floor", "ceil", "isInteger", "then", "catch", "finally", "all",
            // a schema's non-throwing parse (zod, valibot): reads the value it is given
            "safeParse", "safeParseAsync");
    /** Methods of the request object that read it. */
    private static final Set<String> REQUEST_ACCESSORS = Set.of("get", "header", "is", "accepts", "acceptsLanguages",
            "acceptsEncodings", "acceptsCharsets", "param", "json", "text", "formData", "parseBody", "arrayBuffer", "blob",
            "valid", "query", "queries", "headers");

    /** Object methods that change an object they are given. */
    private static final Set<String> OBJECT_MUTATORS = Set.of("assign", "defineProperty", "defineProperties", "setPrototypeOf",
            "freeze", "seal", "preventExtensions");

    private static boolean recvIsParam(Val callee) {
        Val r = Analysis.receiver(callee);
        return r instanceof Param;
    }

    /** Every name on the way from the parameter to the method is an answer method or the request: res.status(201).json. */
    private static boolean answerChain(Val callee) {
        Val c = callee;
        for (int i = 0; i < 8 && (c instanceof Member || c instanceof Call); i++) {
            if (c instanceof Member mm) {
                if (!ANSWER_METHODS.contains(mm.prop()) && !mm.prop().equals("req")) return false;
                c = mm.object();
            } else c = ((Call) c).callee();
        }
        if (!(c instanceof Param p)) return false;
        for (String seg : p.path()) if (!ANSWER_METHODS.contains(seg) && !seg.equals("req") && !seg.equals("raw")) return false;
        return true;
    }

    private static final Set<String> HASH_METHODS = Set.of("hash", "hashSync", "genSalt");
    /** Sign-up through an identity provider's SDK. */
    private static final Set<String> SIGN_UP_METHODS = Set.of("signUp", "createUserWithEmailAndPassword", "createUser");
    private static final Set<String> LOOKUP_METHODS = Set.of("findOne", "findFirst", "findUnique", "findOneBy", "findBy",
            "findFirstOrThrow", "findUniqueOrThrow", "findOneOrFail", "findOneByOrFail", "findOneAndUpdate", "findOneAndDelete",
            "findOneAndRemove", "find", "findMany", "findAll", "where", "delete", "deleteMany", "deleteOne", "update", "updateMany",
            "get", "getdel", "getDel", "hget", "exists", "count");
    private static final Pattern LOOKUP_PREFIX = Pattern.compile("(?i)(find|get|lookup|fetch|load|check|verify|validate|consume|redeem|use)[A-Z_].*");
    private static final Pattern CHECK_CODE_METHOD = Pattern.compile(
            "(?i)(verify|check|validate|consume|redeem|confirm|compare)_?.*(code|token|otp|pin|nonce)s?");
    private static final Pattern TOKEN_KEY = Pattern.compile("(?i).*(token|otp|nonce|magic|passcode|pin_?code|pincode).*");
    private static final Pattern CHECK_CODE_OBJECT = Pattern.compile("(?i).*(code|token|otp|pin|nonce)s?");
    /** A webhook's signing secret handed to a verification: verify(payload, headers, this.webhookSecret). */
    private static final Pattern WEBHOOK_SECRET = Pattern.compile("(?i).*(webhook|signing|endpoint)_?secret.*");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?i)(otp|verification|verify|verified|reset|confirm|confirmation|activation|activate|invite|invitation|magic|auth|login|email|sms|phone|two_?fa|2fa|mfa|one_?time|security|access|attendance|join|check_?in|secret|pass)_?code");
    private static final Pattern CODE_COMPANION = Pattern.compile("(?i).*(email|phone|user|expir|used|consumed|purpose|type).*");
    private static final Pattern CODE_STORAGE_KEY = Pattern.compile("(?i).*(otp|reset|verif|confirm|magic|token|one.?time|2fa|mfa|activation).*");
    private static final Set<String> MAIL_PACKAGES = Set.of("nodemailer", "resend", "@sendgrid/mail", "postmark", "mailgun.js",
            "mailgun-js", "twilio", "@aws-sdk/client-ses", "@aws-sdk/client-sesv2", "@aws-sdk/client-sns", "@getbrevo/brevo",
            "@mailchimp/mailchimp_transactional", "@nestjs-modules/mailer", "@react-email/render");
    /** Prisma's helpers that build a statement or a fragment of one without running it. */
    private static final Set<String> PRISMA_SQL_BUILDERS = Set.of("sql", "join", "raw", "empty");
    private static final Pattern SEND_METHOD = Pattern.compile(
            "(?i)send(mail|email|.*(mail|email|link|otp|code|sms|verification|reset|magic|invite|invitation|confirmation)).*");
    /** generateResetToken, createOtp, issueMagicLink; a private helper's leading _ or # ({@code this._createVerificationCode}) aside. */
    private static final Pattern GENERATE_METHOD = Pattern.compile("(?i)[_#]*(generate|create|issue|make|new)_?.*(token|otp|code|link|secret|nonce).*");
    private static final Set<String> RANDOM_METHODS = Set.of("randomBytes", "randomUUID", "randomInt", "nanoid", "customAlphabet",
            "v4", "uuid", "uuidv4", "generateSecret", "cryptoRandomString", "sign", "signAsync", "jwtSign", "otp", "generate");
    private static final Set<String> WRITE_METHODS = Set.of("create", "createMany", "insert", "insertOne", "insertMany", "save",
            "update", "updateOne", "updateMany", "upsert", "findOneAndUpdate", "findByIdAndUpdate", "build", "bulkCreate",
            "merge", "set", "values", "createUser", "updateUser", "register", "preload", "add", "createOne");
    private static final Pattern INSERT_USER = Pattern.compile(
            "(?i)\\binsert\\s+into\\s+[`\"\\[]?(\\w+[`\"\\]]?\\.[`\"\\[]?)?(users?|accounts?|members?|customers?|profiles?)[`\"\\]]?[\\s(]");
    /** A record that points at its owner is created for someone signed in, not a sign-up. */
    private static final Pattern OWNER_KEY = Pattern.compile("(?i)(user_?id|user|owner_?id|owner|created_?by|author_?id|account_?id|tenant_?id)");
    private static final Pattern PASSWORD_KEY = Pattern.compile("(?i)(password|passwordhash|password_hash|hashedpassword|hashed_password|passwd|pwd|pwdhash|hash)");
    /** The login name and the password of a record made as an account (a bare "hash" is no password here: a file's hash). */
    private static final Pattern LOGIN_KEY = Pattern.compile("(?i)(e_?mail|email_?address|user_?name|login|phone|phone_?number|mobile)");
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)(password|passwordhash|password_hash|hashedpassword|hashed_password|passwd)");
    /** Arguments of a write that say what to read back or match, not what to write. */
    private static final Set<String> NOT_WRITTEN = Set.of("select", "include", "omit", "where", "orderBy", "fields", "attributes",
            "projection", "returning", "sort", "order", "relations", "conflictPaths", "skipDuplicates");
    /** Privileged fields whose value is a flag: true grants the privilege. */
    private static final Set<String> FLAG_FIELDS = Set.of("isadmin", "is_admin", "admin", "issuperuser", "is_superuser", "superuser",
            "issuperadmin", "is_super_admin", "isstaff", "is_staff");
    private static final Set<String> CREATE_METHODS = Set.of("create", "createMany", "insert", "insertOne", "insertMany",
            "build", "bulkCreate", "createUser", "register", "signUp", "values", "createAccount", "addUser", "createOne");
    private static final Set<String> PRIVILEGED_FIELDS = Set.of("role", "roles", "isadmin", "is_admin", "admin", "permissions",
            "permission", "issuperuser", "is_superuser", "superuser", "issuperadmin", "is_super_admin", "isstaff", "is_staff",
            "userrole", "user_role", "accesslevel", "access_level", "privileges", "scopes", "usertype", "user_type", "accounttype",
            "account_type");
    private static final Set<String> COLLECTION_WRITES = Set.of("add", "set", "push", "delete");
    /** What a query builder is asked after its insert to hand back the new row: .select().single(), .returning(). */
    private static final Set<String> INSERT_CHAIN_TAIL = Set.of("select", "single", "maybeSingle", "returning", "executeTakeFirst",
            "executeTakeFirstOrThrow", "execute");
    private static final Set<String> FRESH_COLLECTIONS = Set.of("Set", "WeakSet", "Map", "WeakMap", "Array");
    /** A record's tenant: the household, organisation, company, workspace or team it belongs to. */
    private static final Pattern TENANT_KEY = Pattern.compile("(?i)(household|tenant|org|organi[sz]ation|company|workspace|team|business|shop|store|school|clinic|family|group)(_?id)?");
    /** A role over the whole system, not one tenant's: reported even on a new tenant's record. */
    private static final Pattern GLOBAL_PRIVILEGE = Pattern.compile("(?i).*(super|root|system|platform|global).*");
    /** A role over the whole system by its name alone, whatever record it sits on (a "super" admin may be one tenant's). */
    private static final Pattern SYSTEM_PRIVILEGE = Pattern.compile("(?i).*(root|system|platform|global).*");
    private static final Set<String> FRESH_ID = Set.of("uuidv4", "v4", "v7", "uuid", "randomUUID", "nanoid", "cuid", "createId", "ulid", "ObjectId");
    private static final Pattern PRIVILEGED_VALUE = Pattern.compile("(?i).*(admin|super|root|owner|staff|moderator|manager|operator|privileged).*");
    private static final Set<String> USER_WORDS = Set.of("user", "users", "account", "accounts", "member", "members", "customer",
            "customers", "profile", "profiles", "person", "people", "player", "players", "student", "students", "employee",
            "employees");
    private static final Set<String> ADMIN_WORDS = Set.of("admin", "admins", "administrator", "administrators", "staff",
            "moderator", "moderators", "superuser", "superusers", "operator", "operators");
    /** Write methods that name the account they create (db.createUser(email, hash)). */
    private static final Set<String> ACCOUNT_CREATE = Set.of("createUser", "createAccount", "registerUser", "addUser", "signUpUser");
    /** Write methods that name the account they create or change. */
    private static final Set<String> ACCOUNT_METHODS = Set.of("createUser", "updateUser", "register", "signUp", "createAccount",
            "addUser", "registerUser", "createAdmin", "inviteUser", "addMember", "createMember");
    private static final Set<String> USER_SUFFIXES = Set.of("model", "models", "entity", "entities", "repository", "repo",
            "service", "table", "collection", "schema", "dao", "store", "record", "records", "ts", "js");

    private final Project project;
    private final Analysis analysis;

    public RouteBehaviour(Project project, Analysis analysis) {
        this.project = project;
        this.analysis = analysis;
    }

    /** The project's one RouteBehaviour (its name index and verdicts are shared by every rule that asks). */
    public static RouteBehaviour of(Project project) {
        return project.derived(RouteBehaviour.class, p -> new RouteBehaviour(p, p.derived(Analysis.class, Analysis::new)));
    }

    private static final Pattern BUNDLE_DIR = Pattern.compile("(^|/)(dev-dist|dist|build|public)/");
    /** Each function name of the project to the one function it calls (null: several, none of them singled out). */
    private Map<String, Project.FnRef> byName;
    private final Map<Route, Verdict> cache = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

    /** The one project function named {@code m}, or null (none, several, or a name too common to follow). */
    private synchronized Project.FnRef byName(String m) {
        if (m.length() < 5 || COMMON_NAMES.contains(m) || Set.of("error", "warn", "warning", "debug", "trace", "fatal", "verbose").contains(m) || READ_METHODS.contains(m) || WRITE_METHODS.contains(m)
                || ANSWER_METHODS.contains(m) || PURE_METHODS.contains(m) || LOOKUP_METHODS.contains(m)) return null;
        if (byName == null) {
            Map<String, List<Project.FnRef>> hits = new HashMap<>();
            for (FileFacts f : project.files().values()) {
                // a built bundle (a front end's service worker in dev-dist/, dist/, public/) is no service the server calls
                if (BUNDLE_DIR.matcher(f.path()).find()) continue;
                for (Fn fn : Analysis.functions(f)) {
                    if (fn.name() != null) hits.computeIfAbsent(fn.name(), k -> new ArrayList<>()).add(new Project.FnRef(fn, f));
                }
            }
            // one answer per name, each a pass over that name's functions: a 1M-line tree has thousands sharing a name
            // (findById, create..), and the name is asked for every method called in every handler
            byName = new HashMap<>();
            for (Map.Entry<String, List<Project.FnRef>> e : hits.entrySet()) byName.put(e.getKey(), answerByName(e.getValue()));
        }
        return byName.get(m);
    }

    private static Project.FnRef answerByName(List<Project.FnRef> hits) {
        if (hits != null && hits.size() > 1) {
            // a factory and the function it returns under the same name (function login(deps) { return function login(input) {...} }):
            // the method called is the returned one. Which of the hits' functions another hit returns, in one pass:
            // h is returned by another when a hit other than h itself returns h's function.
            Map<Fn, Project.FnRef> of = new IdentityHashMap<>();
            for (Project.FnRef h : hits) of.putIfAbsent(h.fn(), h);
            Map<Fn, Set<Project.FnRef>> returners = new IdentityHashMap<>();
            for (Project.FnRef o : hits) {
                for (Val v : o.fn().returns()) {
                    if (v instanceof FnVal fv && of.containsKey(fv.fn())) {
                        returners.computeIfAbsent(fv.fn(), k -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())).add(o);
                    }
                }
            }
            Project.FnRef returned = null;
            int count = 0;
            for (Project.FnRef h : hits) {
                Set<Project.FnRef> by = returners.get(h.fn());
                if (by != null && (by.size() > 1 || !by.contains(h))) {
                    returned = h;
                    count++;
                }
            }
            if (count == 1) return returned;
        }
        return hits != null && hits.size() == 1 ? hits.get(0) : null;
    }

    private final Map<Fn, Integer> preBound = new IdentityHashMap<>();

    private boolean same(Val v, Project.FnRef t) {
        Project.FnRef f = project.function(v, t.file());
        return f != null && f.fn() == t.fn();
    }

    /**
     * How many leading parameters of a function its module binds before handing it out:
     * {@code signUp: partial(signUp, [deps])} (rambda, ramda, lodash: the call site's arguments start
     * at the parameter after the bound ones), {@code signUp.bind(null, deps)}.
     */
    private int preBound(Project.FnRef t) {
        synchronized (preBound) {
            Integer known = preBound.get(t.fn());
            if (known != null) return known;
        }
        int n = preBoundOf(t);
        synchronized (preBound) {
            preBound.putIfAbsent(t.fn(), n);
        }
        return n;
    }

    private int preBoundOf(Project.FnRef t) {
        for (Fn fn : Analysis.functions(t.file())) {
            for (CallSite cs : fn.calls()) {
                String m = cs.methodName();
                if (m == null || cs.args().isEmpty()) continue;
                if (m.equals("partial") && same(cs.arg(0), t)) {
                    return cs.args().size() == 2 && cs.arg(1) instanceof Arr a ? a.items().size() : cs.args().size() - 1;
                }
                if (m.equals("bind") && Analysis.receiver(cs.callee()) != null && same(Analysis.receiver(cs.callee()), t)) {
                    return Math.max(0, cs.args().size() - 1);
                }
            }
        }
        return 0;
    }

    /**
     * A tsoa-generated route hands the request to {@code templateService.apiHandler({ methodName: 'login',
     * controller })} where {@code controller = new AuthController()}: the controller method it names.
     */
    private Project.FnRef tsoaTarget(CallSite cs, FileFacts file) {
        for (Val a : cs.args()) {
            if (!(a instanceof Obj o)) continue;
            String method = Val.constString(o.props().get("methodName"));
            Val controller = o.props().get("controller");
            if (method == null || controller == null) continue;
            Project.Resolved r = project.resolve(controller, file);
            // new AuthController(), or the IoC container's instance: iocContainer.get<AuthController>(AuthController)
            Val cls = r.val() instanceof New n ? n.callee()
                    : r.val() instanceof Call c && "get".equals(Vals.lastName(c.callee())) && !c.args().isEmpty() ? c.args().get(0) : null;
            if (cls == null) continue;
            Project.ClassHit hit = project.classOf(cls, r.file());
            Fn fn = hit == null ? null : hit.info().method(method);
            if (fn != null) return new Project.FnRef(fn, hit.file());
        }
        return null;
    }

    /** this.authService.login() where the class declares {@code private authService = new AuthService()}. */
    private Project.FnRef propTarget(This t, FileFacts file, Fn caller) {
        for (ClassInfo c : file.classes().values()) {
            boolean owns = false;
            for (Fn m : c.methods()) {
                List<Fn> all = new ArrayList<>();
                collect(m, all, 0);
                for (Fn x : all) if (x == caller) owns = true;
            }
            if (!owns) continue;
            for (ClassInfo.Prop p : c.props()) {
                if (!p.name().equals(t.path().get(0))) continue;
                Project.ClassHit hit = p.value() instanceof New n ? project.classOf(n.callee(), file)
                        : p.value() == null && !p.decorators().isEmpty() ? injected(p.type(), file) : null;
                Fn fn = hit == null ? null : hit.info().method(t.path().get(1));
                if (fn != null) return new Project.FnRef(fn, hit.file());
            }
        }
        return null;
    }

    /**
     * The class an injected property ({@code @AutoWired(TYPES.AuthService) private authService!: IAuthService})
     * holds: the class of that type, or the one project class that implements that interface.
     */
    private Project.ClassHit injected(String type, FileFacts file) {
        if (type == null || !type.matches("[A-Za-z_$][\\w$]*")) return null;
        Project.ClassHit named = project.classNamed(type, file);
        if (named != null) return named;
        Project.ClassHit only = null;
        for (FileFacts f : project.files().values()) {
            for (ClassInfo ci : f.classes().values()) {
                if (ci.implemented().stream().noneMatch(v -> type.equals(Vals.lastName(v)))) continue;
                if (only != null) return null; // several implementations: the container's binding decides
                only = new Project.ClassHit(ci, f);
            }
        }
        return only;
    }

    /**
     * A route whose handler is an authentication library's own, built by a call the model does not
     * read as a function: {@code app.all('/api/auth/*', toNodeHandler(auth))}, {@code app.use('/auth/*', ExpressAuth(cfg))}.
     */
    private Verdict libraryHandler(Route r) {
        // Spring Security's form login and logout filters (the Spring model marks their routes): the sign-in checks the
        // posted password, the logout ends the session
        for (dev.backcheck.model.Control c : r.controls(ControlKind.OTHER)) {
            if (c.name().equals(dev.backcheck.concepts.LibraryEndpoints.SPRING_FORM_LOGIN)) {
                return new Verdict(new Public(Reason.PASSWORD, c.location()), null, Set.of(Reason.PASSWORD));
            }
            if (c.name().equals(dev.backcheck.concepts.LibraryEndpoints.SPRING_LOGOUT)) {
                return new Verdict(new Public(Reason.ENDS_SESSION, c.location()), null, Set.of(Reason.ENDS_SESSION));
            }
            if (c.name().equals(dev.backcheck.concepts.LibraryEndpoints.SPRING_OAUTH2_LOGIN)) {
                return new Verdict(new Public(Reason.IDENTITY_PROVIDER, c.location()), null, Set.of(Reason.IDENTITY_PROVIDER));
            }
        }
        Location at = r.location();
        FileFacts file = at == null ? null : project.files().get(at.path());
        if (file == null) return NOTHING;
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (cs.location() == null || cs.location().line() != at.line() || cs.args().isEmpty()) continue;
                Val last = cs.arg(cs.args().size() - 1);
                if (!(last instanceof Call c)) continue;
                String m = Vals.lastName(c.callee());
                String root = project.rootModule(c.callee(), file);
                if (m != null && root != null && AUTH_LIBRARIES.contains(root) && AUTH_LIBRARY_METHODS.contains(m)) {
                    return new Verdict(new Public(Reason.AUTH_LIBRARY, cs.location()), null, Set.of(Reason.AUTH_LIBRARY));
                }
            }
        }
        return NOTHING;
    }

    /**
     * A route middleware that is an authentication library's handler reached through a parameter of the function
     * registering the route: {@code module.exports = (app, passport) => { const pauth = passport.authenticate.bind(passport);
     * app.post('/session', pauth('local'), ...) }}, where every caller passes the library ({@code require('./routes')(app, passport)}).
     * The library checks the credentials itself (a login).
     */
    private Location libraryThroughParameter(Route r) {
        Location at = r.location();
        FileFacts file = at == null ? null : project.files().get(at.path());
        if (file == null) return null;
        dev.backcheck.flow.CallIndex index = null;
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (cs.location() == null || cs.location().line() != at.line() || cs.args().size() < 2) continue;
                for (Val a : cs.args().subList(0, cs.args().size() - 1)) {
                    if (!(a instanceof Call c)) continue;
                    Val fv = project.resolve(c.callee(), file).val();
                    // passport.authenticate.bind(passport): the same function
                    if (fv instanceof Call b && "bind".equals(Vals.lastName(b.callee())) && b.callee() instanceof Param bp && bp.path().size() >= 2) {
                        fv = new Param(bp.index(), bp.name(), bp.path().subList(0, bp.path().size() - 1));
                    }
                    if (!(fv instanceof Param p) || p.path().isEmpty()) continue;
                    String method = p.path().get(p.path().size() - 1);
                    if (!AUTH_LIBRARY_METHODS.contains(method)) continue;
                    if (index == null) index = dev.backcheck.flow.CallIndex.of(project);
                    // the function whose parameter it is: the registering function or one it is written in
                    Fn owner = fn;
                    for (int i = 0; i < 4 && owner != null && !(p.index() < owner.params().size()
                            && owner.params().get(p.index()).name().equals(p.name())); i++) owner = index.parentOf(owner);
                    if (owner == null) continue;
                    List<dev.backcheck.flow.CallIndex.Site> callers = index.callers(owner);
                    boolean all = !callers.isEmpty();
                    for (dev.backcheck.flow.CallIndex.Site s : callers) {
                        Val passed = p.index() < s.cs().args().size() ? s.cs().args().get(p.index()) : null;
                        String root = passed == null ? null : project.rootModule(passed, s.file());
                        if (root == null || !AUTH_LIBRARIES.contains(root)) all = false;
                    }
                    if (all) return c.site() != null ? c.site() : cs.location();
                }
            }
        }
        return null;
    }

    /** A comment that declares a route open to anyone: "Public route", "@access Public", "Allow anonymous submissions", "no auth required". */
    private static final Pattern PUBLIC_COMMENT = Pattern.compile("(?i)(@access\\s+public\\b|\\bpublic(ly)?\\b(?!\\s*(profile|key|url|id|data|"
            + "info|field|folder|dir|path|method|static|class|function|readonly|page|post|question|listing|view|file|asset)s?\\b)|\\banonymous(ly)?\\b|"
            + "\\bno\\s+(auth|authentication|login|token)\\b|\\bwithout\\s+(auth|authentication|login|signing\\s+in|an?\\s+account)\\b|"
            + "\\bunauthenticated\\b|\\bnot\\s+require\\s+(auth|authentication|login)\\b|\\bopen\\s+to\\s+(all|anyone|everyone)\\b)");
    /** Words that turn a comment around: "not public", "should require auth", "TODO: protect". */
    private static final Pattern NOT_PUBLIC_COMMENT = Pattern.compile("(?i)(\\bnot\\s+(be\\s+)?public|non-?public|\\bprivate\\b|\\btodo\\b|\\bfixme\\b|"
            + "\\bshould\\s+(be\\s+)?(require|protect|auth)|\\badmin(istrator)?s?\\s+only\\b|\\bprotected\\b|\\brequires?\\s+(auth|login|a\\s+token))");
    /** A comment that says a route is for signed-in users: "@access Private", "@access User (authenticated)", "requires auth". */
    private static final Pattern PRIVATE_COMMENT = Pattern.compile("(?i)(@access\\s+(private|user|users|admin|authenticated|protected|logged|member)|"
            + "\\brequires?\\s+(auth|authentication|login|a\\s+(valid\\s+)?(token|session))|\\bauthenticated\\s+(users?\\s+)?only\\b|\\(authenticated\\)|"
            + "\\badmin(istrator)?s?\\s+only\\b|\\bprotected\\s+(route|endpoint)\\b|\\bauth(entication)?\\s+required\\b)");
    /** A decorator that opts a handler out of a global guard: @Public(), @AllowAnonymous(), @SkipAuth(). */
    private static final Pattern PUBLIC_DECORATOR = Pattern.compile("^@(Public|AllowAnonymous|Anonymous|SkipAuth|NoAuth|IsPublic|PublicRoute|"
            + "Unprotected|SkipJwtAuth|SkipAuthGuard)\\b");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("(?:^|[\\s;,)])//(.*)$");

    /**
     * Where the source says a route is public by design: a comment on the route's line or in the comment block right
     * above it (decorators between them skipped; a blank line or code ends the block) that calls it public or anonymous,
     * or a decorator that opts it out of a global guard. Null when there is none, or when that block also says the route
     * is for signed-in users ("@access User", "requires auth").
     */
    public Location publicDeclaration(Route r) {
        Location found = null;
        for (Map.Entry<Location, String> e : commentsOf(r).entrySet()) {
            String text = e.getValue();
            if (privateLine(text)) return null;
            if (found == null && (PUBLIC_DECORATOR.matcher(text).find() || !text.startsWith("@") && declaresPublic(text))) found = e.getKey();
        }
        return found != null ? found : r.location() == null ? null : fileDeclaredPublic(r.location().path());
    }

    /** Words that say outright that no authentication is needed, in the languages reports are read in. */
    private static final Pattern NO_AUTH_NEEDED = Pattern.compile("(?i)(@access\\s+public\\b|\\bno\\s+(auth|authentication|login)\\s+(is\\s+)?(required|needed)\\b|"
            + "\\bwithout\\s+(auth|authentication|login)\\b|\\bunauthenticated\\b|\\bopen\\s+to\\s+(all|anyone|everyone)\\b|"
            + "\\bsin\\s+autenticaci[oó]n\\b|\\bsem\\s+autentica[cç][aã]o\\b|\\bsans\\s+authentification\\b|\\bohne\\s+(authentifizierung|anmeldung)\\b)");

    /**
     * The comment block a file opens with (before its first import or statement), when it says outright that the file's
     * routes need no authentication ("Public QR-menu routes: no authentication required"): where it says so, or null.
     */
    private Location fileDeclaredPublic(String path) {
        List<String> lines = sources.computeIfAbsent(path, k -> dev.backcheck.concepts.SourceLines.read(project, k));
        if (lines == null) return null;
        Location found = null;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#!") || line.startsWith("'use strict'") || line.startsWith("\"use strict\"")) continue;
            if (!(line.startsWith("//") || line.startsWith("/*") || line.startsWith("*"))) break;
            String text = line.replaceFirst("^(//+|/\\*+|\\*+/?)", "").strip();
            if (PRIVATE_COMMENT.matcher(text).find() && !NO_AUTH_NEEDED.matcher(text).find() || NOT_PUBLIC_COMMENT.matcher(text).find()) return null;
            if (found == null && NO_AUTH_NEEDED.matcher(text).find()) found = new Location(path, i + 1, 1, i + 1, 1, null);
        }
        return found;
    }

    /** True when the comment block of a route says it is for signed-in users or administrators ("@access Private", "requires auth"). */
    public boolean declaredPrivate(Route r) {
        return commentsOf(r).values().stream().anyMatch(RouteBehaviour::privateLine);
    }

    /**
     * The comment of the route's module that says its authentication was taken out for now and is to come back
     * ("TODO: add JWT authentication back", "auth temporarily disabled"), or null: its routes are meant to be
     * authenticated, whatever the rest of the app does today.
     */
    public FileFacts.Comment authRemoved(Route r) {
        if (r.location() == null) return null;
        FileFacts f = project.file(r.location().path());
        if (f == null) return null;
        for (FileFacts.Comment c : f.comments()) if (AUTH_REMOVED.matcher(c.text()).find()) return c;
        return null;
    }

    /** "TODO: add (JWT) auth(entication) back", "re-enable auth", "authentication temporarily disabled / removed for now". */
    private static final Pattern AUTH_REMOVED = Pattern.compile("(?i)(\\b(add|put|bring|turn)\\s+(the\\s+)?(jwt\\s+|token\\s+)?"
            + "(auth|authentication|authorization|auth\\s+middleware|jwt(\\s+auth)?)\\s+(check\\s+|middleware\\s+)?back\\b|"
            + "\\bre-?(enable|add|instate)\\s+(the\\s+)?(jwt\\s+)?(auth|authentication|jwt)\\b|"
            + "\\b(auth|authentication|jwt(\\s+auth)?)(\\s+middleware|\\s+check)?\\s+(is\\s+)?(temporarily\\s+(disabled|removed|off)|"
            + "(disabled|removed|commented\\s+out)\\s+(for\\s+now|temporarily)))");

    /** A comment line that says signed-in users only, and not also that no authentication is needed ("no auth required"). */
    private static boolean privateLine(String text) {
        return PRIVATE_COMMENT.matcher(text).find() && !PUBLIC_COMMENT.matcher(text).find();
    }

    /** The trailing comment of a route's line and the comment and decorator lines right above it, nearest first. */
    private Map<Location, String> commentsOf(Route r) {
        Map<Location, String> out = new LinkedHashMap<>();
        Location at = r.location();
        if (at == null || at.line() < 1) return out;
        List<String> lines = sources.computeIfAbsent(at.path(), k -> dev.backcheck.concepts.SourceLines.read(project, k));
        if (lines == null || at.line() > lines.size()) return out;
        java.util.regex.Matcher t = TRAILING_COMMENT.matcher(lines.get(at.line() - 1));
        // (a test fixture's "// expect: rule-id" annotation is no comment of the code's author)
        if (t.find() && !t.group(1).strip().startsWith("expect:")) out.put(new Location(at.path(), at.line(), 1, at.line(), 1, null), t.group(1).strip());
        boolean pastRoutes = false;
        for (int i = at.line() - 2, seen = 0; i >= 0 && seen < 20; i--, seen++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) break;
            Location here = new Location(at.path(), i + 1, 1, i + 1, 1, null);
            // a block of one-line route registrations under a section heading ("// Public routes for the directory"):
            // the heading speaks for every route of the block
            if (ROUTE_LINE.matcher(line).find()) {
                if (!out.isEmpty()) break;
                pastRoutes = true;
                continue;
            }
            if (line.startsWith("@")) {
                if (pastRoutes) break;
                out.put(here, line);
                continue;
            }
            if (!(line.startsWith("//") || line.startsWith("/*") || line.startsWith("*"))) break;
            String text = line.replaceFirst("^(//+|/\\*+|\\*+/?)", "").strip();
            if (pastRoutes && !SECTION_HEADING.matcher(text).find()) break;
            out.put(here, text);
            if (pastRoutes) break;
        }
        return out;
    }

    /** A one-line route registration: router.get('/x', handler); app.post("/y", a, b); */
    private static final Pattern ROUTE_LINE = Pattern.compile("^[A-Za-z_$][\\w$]*\\.(get|post|put|patch|delete|all|options|head)\\(\\s*['\"`][^'\"`]*['\"`]\\s*,[^;]*\\)\\s*;?\\s*$");
    /** A comment that heads a group of routes: "Public routes for lawyers", "Protected endpoints". */
    private static final Pattern SECTION_HEADING = Pattern.compile("(?i)\\b(routes?|endpoints?)\\b");

    private static boolean declaresPublic(String text) {
        return PUBLIC_COMMENT.matcher(text).find() && !NOT_PUBLIC_COMMENT.matcher(text).find();
    }

    /**
     * An optional-authentication middleware on the route: it verifies a token when the request carries one (to know who
     * is asking) and never turns the request away (no 401/403, no Unauthorized error). Returns where it is mounted, or null.
     */
    public Location optionalAuthentication(Route r) {
        for (Control c : r.chain()) {
            if (c.kind() == ControlKind.AUTH || c.location() == null) continue;
            for (Project.FnRef fr : middlewareAt(c.location(), c.location().equals(r.location()))) {
                if (optionalAuth(fr)) return c.location();
            }
        }
        // a middleware written inline on the route, before its handler: (req, res, next) => { try { jwt.verify(..) } catch {} next() }
        for (Project.FnRef fr : middlewareAt(r.location(), true)) {
            if (r.handler() != null && fr.fn() == r.handler()) continue;
            if (optionalAuth(fr)) return fr.fn().location();
        }
        return null;
    }

    /** The project functions handed to the registration call at {@code at} (all but the last argument on a route's own line). */
    private List<Project.FnRef> middlewareAt(Location at, boolean routeLine) {
        FileFacts file = project.files().get(at.path());
        if (file == null) return List.of();
        List<Project.FnRef> out = new ArrayList<>();
        for (Fn fn : Analysis.functions(file)) {
            for (CallSite cs : fn.calls()) {
                if (cs.location() == null || cs.location().line() != at.line() || cs.args().isEmpty()) continue;
                List<Val> args = routeLine && cs.args().size() > 1 ? cs.args().subList(0, cs.args().size() - 1) : cs.args();
                for (Val a : args) {
                    Project.FnRef f = a instanceof FnVal fv ? new Project.FnRef(fv.fn(), file) : project.function(a, file);
                    if (f != null && out.stream().noneMatch(x -> x.fn() == f.fn())) out.add(f);
                }
            }
        }
        return out;
    }

    private boolean optionalAuth(Project.FnRef fr) {
        List<Fn> all = new ArrayList<>();
        collect(fr.fn(), all, 0);
        boolean verifies = false;
        for (Fn f : all) {
            if (f.statuses().contains(401) || f.statuses().contains(403)) return false;
            if (f.throwsTypes().stream().anyMatch(t -> t.startsWith("Unauthorized") || t.startsWith("Forbidden") || t.equals("AuthenticationError"))) return false;
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m == null) continue;
                String root = project.rootModule(cs.callee(), fr.file());
                if (TOKEN_METHODS.contains(m) && !m.equals("decode")
                        && (root != null && TOKEN_PACKAGES.contains(root) || receiverMentions(cs.callee(), "jwt", "token"))) verifies = true;
                Project.FnRef target = verifies ? null : analysis.resolveCallee(cs.callee(), fr.file(), f);
                if (target != null && target.fn() != fr.fn() && analysis.summary(target.fn(), target.file()).verifiesToken()) verifies = true;
            }
        }
        return verifies;
    }

    /** The behaviour of a route's handler; nothing when the handler is not known. */
    public Verdict of(Route r) {
        Verdict v = behaviour(r);
        if (v.isPublic() || v.privileged() != null) return v;
        // a guard running a password strategy (Nest AuthGuard('local')): the route is the sign-in, the strategy checks the password
        Location signIn = dev.backcheck.concepts.Authentication.passwordSignIn(project, r);
        if (signIn != null) {
            Set<Reason> reasons = new HashSet<>(v.reasons());
            reasons.add(Reason.PASSWORD);
            Verdict login = new Verdict(new Public(Reason.PASSWORD, signIn), null, reasons);
            cache.put(r, login);
            return login;
        }
        Location lib = libraryThroughParameter(r);
        if (lib == null) return v;
        Set<Reason> reasons = new HashSet<>(v.reasons());
        reasons.add(Reason.AUTH_LIBRARY);
        Verdict withLib = new Verdict(new Public(Reason.AUTH_LIBRARY, lib), null, reasons);
        cache.put(r, withLib);
        return withLib;
    }

    private Verdict behaviour(Route r) {
        if (r.handler() == null) return libraryHandler(r);
        Verdict cached = cache.get(r);
        if (cached != null) return cached;
        FileFacts file = analysis.fnFile(r.handler());
        if (file == null) return NOTHING;
        Walk w = new Walk();
        w.root = r.handler();
        w.visit(r.handler(), file, null, 0);
        if (w.firstRun == null) w.firstRun = firstRunGuard(r);
        if (w.devGate == null) w.devGate = devOnlyGuard(r);
        Public because = w.publicBecause();
        // a handler that reads nothing from the request and calls nothing but its answer does the same for every
        // caller: on a logout path it is a client-side logout
        if (because == null && w.inert() && LOGOUT_PATH.matcher(r.path()).find()) {
            because = new Public(Reason.ENDS_SESSION, r.handler().location());
            w.seen.put(Reason.ENDS_SESSION, because.evidence());
        }
        // a handler that provably changes nothing (an echo, a quote computed from the body, a constant answer) is no
        // mutation whatever its method: every call in it and in the functions it leads to is known to answer, log or
        // compute; an unresolved call, a service not followed, a write or an assignment outside its locals keeps it
        if (because == null && (w.changesNothing() || w.writesNothing())) {
            // writes left out because they run only for a signed-in user: anonymous callers change nothing, but a
            // signed-in browser does (a CSRF target), so this is not "read only"
            Reason why = w.signedInWrites > 0 ? Reason.SIGNED_IN_ONLY : w.secretWrites > 0 ? Reason.SECRET_GATE
                    : w.counterAt != null ? Reason.COUNTER : w.cacheFillAt != null ? Reason.CACHE_FILL : Reason.READ_ONLY;
            Location at = why == Reason.SIGNED_IN_ONLY ? w.signedInWriteAt : why == Reason.SECRET_GATE ? w.secretWriteAt
                    : why == Reason.COUNTER ? w.counterAt : why == Reason.CACHE_FILL ? w.cacheFillAt : null;
            because = new Public(why, at != null ? at : r.handler().location());
            w.seen.put(why, because.evidence());
        }
        Verdict v = new Verdict(because, w.privileged, w.seen.keySet(), w.change, w.submission());
        cache.put(r, v);
        return v;
    }

    /**
     * The arguments of a call into a function a factory made ({@code function login(uc) { return async (input) => uc.login(input) }}):
     * its own arguments by position, and the factory's parameters it closes over ({@code uc}) by name, each bound to the value
     * the factory was called with and the file that value is written in.
     */
    static final class ScopedArgs extends AbstractList<Val> {
        final List<Val> own;
        final List<String> ownNames;
        final Map<String, Project.Resolved> outer;

        ScopedArgs(List<Val> own, List<String> ownNames, Map<String, Project.Resolved> outer) {
            this.own = own;
            this.ownNames = ownNames;
            this.outer = outer;
        }

        @Override
        public Val get(int i) {
            return own.get(i);
        }

        @Override
        public int size() {
            return own.size();
        }

        /** The factory's value for a parameter of the factory (not one of the function's own), or null. */
        Project.Resolved outer(Param p) {
            if (p.index() < ownNames.size() && ownNames.get(p.index()).equals(p.name())) return null;
            return outer.get(p.name());
        }
    }

    /** Lookups that tell whether any record of a kind exists: a count, an existence test, the first record. */
    private static final Set<String> EXISTS_LOOKUPS = Set.of("count", "countDocuments", "estimatedDocumentCount", "exists",
            "findFirst", "findOne", "countBy", "existsBy");
    private static final Set<String> COUNT_LOOKUPS = Set.of("count", "countDocuments", "estimatedDocumentCount", "countBy");

    /**
     * A first-run check in {@code f}: a lookup no request value filters ({@code workspaceRepo.count()},
     * {@code prisma.user.findFirst({ where: { role: 'ADMIN' } })}) whose result turns the request away (a throw, 401/403/409)
     * when such a record exists. Linked by the rejection's own test when the facts keep it ({@code if (existingAdmin)}); a
     * count tested by a comparison the facts do not keep ({@code if (count > 0) throw new ForbiddenException()}) is
     * linked when a 403/409 rejection under a comparison follows it. A lookup filtered by request data
     * ({@code findOne({ email })}: "is this email taken") is no first-run check. Returns the lookup, or null.
     */
    static Location firstRunCheck(Fn f, List<Val> bound) {
        Map<Location, CallSite> lookups = new LinkedHashMap<>();
        for (CallSite cs : f.calls()) {
            String m = cs.methodName();
            if (m == null || cs.isNew() || !EXISTS_LOOKUPS.contains(m) || !(cs.callee() instanceof Member || cs.callee() instanceof This
                    || cs.callee() instanceof Local || cs.callee() instanceof Param || cs.callee() instanceof Ref)) continue;
            if (cs.callee() instanceof Local l && l.path().isEmpty() || cs.callee() instanceof Ref rf && rf.path().isEmpty()) continue; // count(x): no table
            boolean constant = cs.args().stream().allMatch(a -> !Vals.anyPart(bind(a, bound),
                    x -> !(x instanceof Lit || x instanceof Obj || x instanceof Arr)));
            if (constant && cs.location() != null) lookups.put(cs.location(), cs);
        }
        if (lookups.isEmpty()) return null;
        for (CallSite rc : f.calls()) {
            int status = rejection(rc);
            if (status == 0) continue;
            for (CallSite.Guard g : rc.guards()) {
                CallSite hit = lookupIn(g.left(), lookups);
                if (hit == null) hit = lookupIn(g.right(), lookups);
                if (hit != null) {
                    // if (existing) reject / if (count) reject; if (count !== 0) reject / if (count === 0) {} else reject
                    boolean exists = g.op().equals("truthy") ? g.holds()
                            : isZero(g.left()) || isZero(g.right()) ? g.op().equals("!=") == g.holds() : false;
                    if (exists) return hit.location();
                    continue;
                }
                if ((status == 403 || status == 409) && g.left() instanceof Unknown u && u.kind() != null && u.kind().startsWith("binary:")) {
                    for (CallSite lk : lookups.values()) {
                        if (lk.methodName() != null && COUNT_LOOKUPS.contains(lk.methodName()) && before(lk.location(), rc.location())) return lk.location();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The test among the call's guards that lets it run only when a request credential equals a configured secret
     * ({@code key === c.env.API_KEY} holding, {@code sent !== env.SEED_TOKEN} failed), its parameters bound; or null.
     */
    private static CallSite.Guard secretGate(CallSite cs, List<Val> bound) {
        for (CallSite.Guard g : cs.guards()) {
            if (!"==".equals(g.op()) && !"!=".equals(g.op())) continue;
            CallSite.Guard b = bound == null ? g : new CallSite.Guard(bind(g.left(), bound), g.op(), bind(g.right(), bound), g.holds());
            if (Analysis.comparesCredential(b)) return b;
        }
        return null;
    }

    /** A flag that turns on a development-only feature: DEV_LOGIN_ENABLED, ENABLE_DEV_AUTH, isDevLoginEnabled, allowDebugRoutes. */
    private static final Pattern DEV_FLAG = Pattern.compile("(?:^|_|(?<=[a-z]))(?:DEV|Dev|dev|DEBUG|Debug|debug)(?=_|[A-Z]|$).{0,30}(?:_|(?<=[a-z0-9]))"
            + "(?:ENABLED?|Enabled?|enabled?|ALLOWED|Allowed|allowed|ON|On|MODE|Mode|ONLY|Only)$"
            + "|^(?:is|IS|enable|ENABLE|Enable|allow|ALLOW|Allow|has)_?(?:DEV|Dev|dev|DEBUG|Debug|debug)(?=_|[A-Z]|$)");

    /**
     * A 404 the function answers (throw new NotFoundException(), res.status(404), reply.callNotFound()) under a test of a
     * development flag: process.env.DEV_LOGIN_ENABLED, config.get('DEV_LOGIN_ENABLED'), isDevLoginEnabled(..). The route
     * exists only where someone turned the flag on. Returns the 404, or null.
     */
    static Location devGate(Fn f, List<Val> bound) {
        for (CallSite cs : f.calls()) {
            if (!notFound(cs)) continue;
            for (CallSite.Guard g : cs.guards()) if (outsideDevelopment(g, bound)) return cs.location();
        }
        return null;
    }

    /** A 404 answered or thrown: new NotFoundException(), reply.callNotFound(), res.status(404), c.json(.., 404). */
    private static boolean notFound(CallSite cs) {
        String n = cs.methodName();
        if (n == null) return false;
        return cs.isNew() && n.startsWith("NotFound") || n.equals("callNotFound") || n.equals("notFound") && !cs.isNew()
                // new AppError('Not available', 404), new HTTPException(404)
                || cs.isNew() && cs.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Number num && num.intValue() == 404)
                || (n.equals("status") || n.equals("code") || n.equals("sendStatus")) && cs.args().size() == 1
                && cs.arg(0) instanceof Lit l && l.value() instanceof Number num && num.intValue() == 404
                // Hono: c.json({ error: 'not found' }, 404), c.text('Not found', 404)
                || (n.equals("json") || n.equals("text") || n.equals("body")) && cs.args().size() >= 2
                && cs.arg(1) instanceof Lit l && l.value() instanceof Number num && num.intValue() == 404;
    }

    /**
     * Whether the route shows {@link Reason#DEV_ONLY}: the same answer as {@code of(r).shows(DEV_ONLY)}, without reading
     * the handler when no function of the project can answer a dev-gated 404 and no control of the route is a dev-only
     * guard. Rules that ask only this of every route (ErrorHandlers' dev-only handlers, unvalidated-input, auth-routes)
     * paid the whole verdict walk of every route for it (issue 14: most of errors/stack-leak on the 1M bench tree).
     */
    public boolean devOnly(Route r) {
        if (r.handler() != null && !anyDevGate() && devOnlyGuard(r) == null) return false;
        return of(r).shows(Reason.DEV_ONLY);
    }

    private volatile Boolean anyDevGate;

    /**
     * False only when {@link #devGate} answers null for every function of the project whatever its arguments are bound to:
     * no 404 of any function stands under a test that {@link #outsideDevelopment} could accept. A test is taken as possible
     * when it passes unbound, or when it holds a parameter (the walk binds it to a caller's value) or any name or string a
     * development flag could be read from (binding only replaces parameters and rebuilds the rest from the same parts).
     */
    boolean anyDevGate() {
        Boolean known = anyDevGate;
        if (known != null) return known;
        boolean any = false;
        scan:
        for (FileFacts f : project.files().values()) {
            for (Fn fn : Analysis.functions(f)) {
                for (CallSite cs : fn.calls()) {
                    if (cs.guards().isEmpty() || !notFound(cs)) continue;
                    for (CallSite.Guard g : cs.guards()) {
                        if (outsideDevelopment(g, null) || mayNameDevFlag(g.left(), 0, true) || mayNameDevFlag(g.right(), 0, true)) {
                            any = true;
                            break scan;
                        }
                    }
                }
            }
        }
        anyDevGate = any;
        return any;
    }

    /**
     * True when {@code v} may name a development flag once bound: a parameter where {@link #bind} replaces it (through
     * members, objects, arrays, alternatives, templates and concatenations: {@code bindable}), or a name or string
     * anywhere in it that matches {@link #DEV_FLAG}; also when it is too deep to tell. Inside a call nothing is bound.
     */
    private static boolean mayNameDevFlag(Val v, int depth, boolean bindable) {
        if (v == null) return false;
        if (depth > 60) return true;
        if (v instanceof Param p) return bindable || devWord(p.name()) || devWords(p.path());
        if (v instanceof Lit l) return l.value() instanceof String str && DEV_FLAG.matcher(str).find();
        if (v instanceof Ref r) return devWord(r.export()) || devWords(r.path());
        if (v instanceof Local l) return devWord(l.name()) || devWords(l.path());
        if (v instanceof Global g) return devWord(g.name()) || devWords(g.path());
        if (v instanceof This t) return devWords(t.path());
        if (v instanceof Req q) return devWord(q.part()) || devWords(q.path());
        if (v instanceof ClassRef c) return devWord(c.name());
        if (v instanceof Member m) return devWord(m.prop()) || mayNameDevFlag(m.object(), depth + 1, bindable);
        if (v instanceof Call c) return mayNameDevFlag(c.callee(), depth + 1, false) || anyMayName(c.args(), depth, false);
        if (v instanceof New c) return mayNameDevFlag(c.callee(), depth + 1, false) || anyMayName(c.args(), depth, false);
        if (v instanceof Tpl t) return anyMayName(t.holes(), depth, bindable);
        if (v instanceof Concat c) return anyMayName(c.parts(), depth, bindable);
        if (v instanceof Arr a) return anyMayName(a.items(), depth, bindable);
        if (v instanceof Obj o) return anyMayName(o.props().values(), depth, bindable);
        if (v instanceof OneOf o) return anyMayName(o.options(), depth, bindable);
        if (v instanceof FnVal || v instanceof Regex || v instanceof Unknown) return false;
        return true;
    }

    private static boolean anyMayName(Collection<Val> vs, int depth, boolean bindable) {
        for (Val x : vs) if (mayNameDevFlag(x, depth + 1, bindable)) return true;
        return false;
    }

    private static boolean devWord(String s) {
        return s != null && DEV_FLAG.matcher(s).find();
    }

    private static boolean devWords(List<String> ss) {
        if (ss != null) for (String s : ss) if (devWord(s)) return true;
        return false;
    }

    /**
     * The test holds only where the app does not run in development: the environment's name is not a development one
     * ({@code process.env.NODE_ENV !== 'development'}; unset is no development, unless a fallback names one), or a
     * development flag is off.
     */
    private static boolean outsideDevelopment(CallSite.Guard g, List<Val> bound) {
        // if (process.env.NODE_ENV !== 'development') 404: only a development run serves it (unset is no development)
        if (("==".equals(g.op()) || "!=".equals(g.op())) && ("!=".equals(g.op()) == g.holds())
                && (nodeEnv(g.left()) && developmentName(g.right()) || nodeEnv(g.right()) && developmentName(g.left()))) {
            return true;
        }
        // if (env.NODE_ENV === 'production') 404: served only outside production
        if (("==".equals(g.op()) || "!=".equals(g.op())) && ("==".equals(g.op()) == g.holds())
                && (nodeEnv(g.left()) && productionName(g.right()) || nodeEnv(g.right()) && productionName(g.left()))) {
            return true;
        }
        return Vals.anyPart(bind(g.left(), bound), RouteBehaviour::devFlag) || g.right() != null && Vals.anyPart(bind(g.right(), bound), RouteBehaviour::devFlag);
    }

    /** The production environment's name: 'production', 'prod', or a constant so named (Env.PRODUCTION). */
    private static boolean productionName(Val v) {
        if (v instanceof Lit l && l.value() instanceof String str) return Set.of("production", "prod").contains(str.toLowerCase(Locale.ROOT));
        if (v instanceof Ref || v instanceof Member) {
            String name = Vals.lastName(v);
            return name != null && Set.of("PRODUCTION", "PROD").contains(name);
        }
        return false;
    }

    /**
     * A guard or middleware on the route (a Nest guard's canActivate, a Nest middleware's use, an Express middleware the
     * model names) that turns every request away (throws, answers 401/403/404) unless the app runs in development:
     * {@code const env = process.env.NODE_ENV || 'development'; if (env !== 'development' && env !== 'local') throw new
     * ForbiddenException()}. The route exists only in a development run. Returns the refusal, or null.
     */
    private Location devOnlyGuard(Route r) {
        for (Control c : r.chain()) {
            if (c.location() == null || c.name() == null) continue;
            Location l = perControl(devOnly, c, this::devOnlyGuard);
            if (l != null) return l;
        }
        return null;
    }

    /**
     * A control's answer (a guard's refusal or first-run check), kept per file and name: it depends on nothing else, and
     * every route under an application's global middleware asked it again (issue 14: a class lookup and a name
     * resolution per route and control, a tenth of the rule phase on the 1M-line bench tree).
     */
    private static Location perControl(Map<String, Optional<Location>> memo, Control c, java.util.function.Function<Control, Location> compute) {
        String key = c.location().path() + '\0' + c.name();
        Optional<Location> kept = memo.get(key);
        if (kept == null) {
            kept = Optional.ofNullable(compute.apply(c));
            memo.putIfAbsent(key, kept);
        }
        return kept.orElse(null);
    }

    private final Map<String, Optional<Location>> devOnly = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<Location>> firstRuns = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@link #devOnlyGuard(Route)} for one control of its chain. */
    private Location devOnlyGuard(Control c) {
        if (!IDENTIFIER.matcher(c.name()).matches()) return null;
        FileFacts at = project.files().get(c.location().path());
        if (at == null) return null;
        Fn body = null;
        Project.ClassHit h = project.classNamed(c.name(), at);
        if (h != null) {
            body = h.info().method("canActivate");
            if (body == null) body = h.info().method("use");
        } else {
            Project.FnRef fr = project.function(new Local(c.name(), List.of()), at);
            if (fr != null) body = fr.fn();
        }
        if (body == null) return null;
        // every test the refusal runs under is one of the environment (a guard that refuses outside development only
        // when a token is missing as well is an authentication bypassed in development, not a dev-only route)
        for (CallSite cs : body.calls()) {
            if (refusal(cs) && !cs.guards().isEmpty() && cs.guards().stream().allMatch(g -> outsideDevelopment(g, null))) return cs.location();
        }
        return null;
    }

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** A call that turns the request away: a thrown error or exception, or an answer of 401, 403 or 404. */
    private static boolean refusal(CallSite cs) {
        String n = cs.methodName();
        if (n == null) return false;
        if (cs.isNew()) return n.endsWith("Exception") || n.endsWith("Error");
        return (n.equals("status") || n.equals("code") || n.equals("sendStatus")) && cs.args().size() == 1
                && cs.arg(0) instanceof Lit l && l.value() instanceof Number num && Set.of(401, 403, 404).contains(num.intValue());
    }

    /** The name of a deployment's environment setting: NODE_ENV, ENVIRONMENT (a Worker binding), APP_ENV, DEPLOY_ENV. */
    private static final Pattern ENV_NAME = Pattern.compile("(?:NODE_|APP_|DEPLOY_|RUNTIME_)?ENV(?:IRONMENT)?");

    /**
     * The deployment's environment: process.env.NODE_ENV, c.env.ENVIRONMENT, config.APP_ENV; also with a fallback
     * ({@code c.env.ENVIRONMENT || ENV_NAMES.DEVELOPMENT}).
     */
    private static boolean nodeEnv(Val v) {
        if (v instanceof OneOf o) return o.options().stream().anyMatch(RouteBehaviour::nodeEnv);
        if (v instanceof Global g && g.name().equals("process")) return g.path().size() == 2 && g.path().get(0).equals("env")
                && ENV_NAME.matcher(g.path().get(1)).matches();
        String name = Vals.lastName(v);
        return name != null && ENV_NAME.matcher(name).matches() && (v instanceof Member || v instanceof Param || v instanceof Local || v instanceof This
                || v instanceof Ref r && !r.path().isEmpty());
    }

    /** A development or test environment's name: 'development', 'test', or a constant so named (ENV_NAMES.DEVELOPMENT). */
    private static boolean developmentName(Val v) {
        if (v instanceof Lit l && l.value() instanceof String str) return Set.of("development", "dev", "local", "test").contains(str.toLowerCase(Locale.ROOT));
        if (v instanceof Ref || v instanceof Member) {
            String name = Vals.lastName(v);
            return name != null && Set.of("DEVELOPMENT", "DEV", "LOCAL", "TEST").contains(name);
        }
        return false;
    }

    private static boolean devFlag(Val v) {
        String name = null;
        if (v instanceof Global g && g.name().equals("process") && g.path().size() == 2 && g.path().get(0).equals("env")) name = g.path().get(1);
        else if (v instanceof Lit l && l.value() instanceof String str) name = str;
        else if (v instanceof Call || v instanceof Member || v instanceof Local || v instanceof Ref) name = Vals.lastName(v instanceof Call c ? c.callee() : v);
        return name != null && name.length() <= 60 && DEV_FLAG.matcher(name).find();
    }

    /** The status a call turns the request away with: a thrown error (403 when it says Forbidden, 409 Conflict, else 400), res.status(4xx); else 0. */
    private static int rejection(CallSite rc) {
        String n = rc.methodName();
        if (n == null) return 0;
        if (rc.isNew() && (n.endsWith("Exception") || n.endsWith("Error"))) {
            return n.startsWith("Forbidden") ? 403 : n.startsWith("Conflict") ? 409 : n.startsWith("Unauthorized") ? 401 : 400;
        }
        if ((n.equals("status") || n.equals("code") || n.equals("sendStatus")) && rc.args().size() == 1 && rc.arg(0) instanceof Lit l
                && l.value() instanceof Number num) {
            int s = num.intValue();
            return s == 401 || s == 403 || s == 409 ? s : 0;
        }
        return 0;
    }

    private static CallSite lookupIn(Val v, Map<Location, CallSite> lookups) {
        if (v instanceof Call c && c.site() != null) return lookups.get(c.site());
        return null;
    }

    private static boolean isZero(Val v) {
        return v instanceof Lit l && l.value() instanceof Number n && n.doubleValue() == 0;
    }

    private static boolean before(Location a, Location b) {
        return a != null && b != null && a.path().equals(b.path()) && (a.line() < b.line() || a.line() == b.line() && a.column() < b.column());
    }

    /**
     * A first-run check in a guard or middleware on the route (a Nest guard's canActivate, an Express middleware the model
     * names): the route runs only while no record of the kind exists.
     */
    private Location firstRunGuard(Route r) {
        for (Control c : r.chain()) {
            if (c.kind() == ControlKind.AUTH || c.location() == null || c.name() == null) continue;
            Location l = perControl(firstRuns, c, this::firstRunGuard);
            if (l != null) return l;
        }
        return null;
    }

    /** {@link #firstRunGuard(Route)} for one control of its chain (not an authentication control). */
    private Location firstRunGuard(Control c) {
        FileFacts at = project.files().get(c.location().path());
        if (at == null) return null;
        List<Fn> bodies = new ArrayList<>();
        boolean identifier = IDENTIFIER.matcher(c.name()).matches();
        Project.ClassHit h = identifier ? project.classNamed(c.name(), at) : null;
        if (h != null) {
            Fn can = h.info().method("canActivate");
            if (can == null) can = h.info().method("use");
            if (can != null) bodies.add(can);
        } else if (identifier) {
            Project.FnRef fr = project.function(new Local(c.name(), List.of()), at);
            if (fr != null) bodies.add(fr.fn());
        }
        for (Fn b : bodies) {
            List<Fn> all = new ArrayList<>();
            all.add(b);
            all.addAll(b.nested());
            for (Fn x : all) {
                Location l = firstRunCheck(x, null);
                if (l != null) return l;
            }
        }
        return null;
    }

    /** A function reached through a value a factory built, with the factory parameters it closes over. */
    private record ScopedTarget(Project.FnRef fn, Map<String, Project.Resolved> outer) { }

    /** One walk over a handler and what it calls. */
    private final class Walk {
        /** The route's handler: its first parameter is the request context ({@code c.var.h}). */
        Fn root;
        final EnumMap<Reason, Location> seen = new EnumMap<>(Reason.class);
        Location hashesPassword, createsUser, sends, generates, codeFromClient, lookup, clientPassword, rejects, firstRun, foreignAccount;
        /** The client's code was handed to a function that decrypts it with the server's key (a sealed token). */
        boolean sealedCode;
        boolean readsUser, usesPathParam;
        int lookups, effects;
        Location firstLookup;
        Privileged privileged;
        final IdentityHashMap<Fn, Boolean> visited = new IdentityHashMap<>();
        int requestReads, followed;
        /** Assignments outside a function's locals, and known-pure calls on values the module holds (items.sort()). */
        int mutations, moduleState;
        /** Functions the walk did not read: past the depth followed, or callbacks nested too deep. */
        int unread;
        /**
         * Calls that change or may change stored data: a known write (create/update/delete/save/insert...), raw SQL that
         * is no SELECT, a file write, or a project function the walk could not follow. Lookups, outbound HTTP and LLM
         * calls, answers, logs and computations are not counted; nor are writes under a handler-level sign-in test.
         */
        int writes;
        /** The first write, unread project function or outside assignment counted (first one wins, in walk order). */
        Change change;
        /** The file of the call that built each argument list handed to a function followed (by identity). */
        final IdentityHashMap<List<Val>, FileFacts> argFiles = new IdentityHashMap<>();
        /** Writes among {@link #writes} that add a new record and change none (an insert), and the first of them. */
        int inserts;
        Location insertAt;
        /** An insert that takes its owner or a privileged field from the request, or stores the whole body as it came. */
        boolean insertFromClient, wholeBody;
        /** The first write left out as a counter stepped by a constant, and as a cache filled with a value the server computed. */
        Location counterAt, cacheFillAt;
        /** A lookup by a per-record access code the request carries, and whether a rejection follows it. */
        Location capabilityAt;
        /** A 404 answered unless a development flag is on (a dev-only route). */
        Location devGate;

        /** The first insert when every write counted is an insert with no owner or privileged field from the request. */
        Submission submission() {
            if (writes == 0 || inserts != writes || mutations > 0 || unread > 0 || privileged != null || insertFromClient || insertAt == null) return null;
            return new Submission(insertAt, wholeBody);
        }

        void changed(String what, Location at) {
            if (change == null && at != null) change = new Change(what, at);
        }

        /** Depth of calls followed under {@code if (req.session.user)}, {@code if (req.isAuthenticated())}: writes there count for no one. */
        int signedInOnly;
        /**
         * Depth of calls followed under a test that a request credential (an API-key or token header, a cookie, a secret-named
         * field) equals a configured secret ({@code sent === c.env.SEED_TOKEN}, or past {@code if (sent !== SECRET) throw ..}):
         * they run only for a caller who holds the secret, and writes there are not counted.
         */
        int secretOnly;
        /** Writes not counted because they run only under {@link #secretOnly}, and the first of them. */
        int secretWrites;
        Location secretWriteAt;

        void secretGated(Location at) {
            secretWrites++;
            if (secretWriteAt == null) secretWriteAt = at;
        }

        /** Writes not counted because they run only for a signed-in user (under {@link #signedInOnly} or session-owned). */
        int signedInWrites;
        Location signedInWriteAt;

        /** Nothing read from the request, nothing called but the answer, no project function followed. */
        boolean inert() {
            return requestReads == 0 && followed == 0 && effects == 0 && lookups == 0 && !readsUser && mutations == 0 && moduleState == 0;
        }

        /** Every call known to answer, log or compute, nothing assigned outside a local, no lookup, no write. */
        void signedIn(Location at) {
            signedInWrites++;
            if (signedInWriteAt == null) signedInWriteAt = at;
        }

        boolean changesNothing() {
            return effects == 0 && lookups == 0 && unread == 0 && mutations == 0 && moduleState == 0 && privileged == null;
        }

        /** Nothing it calls, however deep it was followed, writes data (or may: an unread project function). */
        boolean writesNothing() {
            return writes == 0 && unread == 0 && mutations == 0 && privileged == null;
        }

        Public publicBecause() {
            if (lookups > 0 && effects == 0 && mutations == 0 && moduleState == 0 && firstLookup != null) seen.putIfAbsent(Reason.READ_ONLY, firstLookup);
            // a handler that acts on behalf of the signed-in user (req.user, this.request.user) is no sign-up
            if (createsUser != null && !readsUser) seen.putIfAbsent(Reason.SIGN_UP, createsUser);
            if (sends != null && generates != null && !readsUser) seen.putIfAbsent(Reason.ONE_TIME_LINK, sends);
            // (a code the server sealed with its key and opened here is no stored code: a signed token, seen as such)
            if (codeFromClient != null && lookup != null && !sealedCode) seen.putIfAbsent(Reason.STORED_CODE, codeFromClient);
            // a password the client sends, hashed or handed to a check: a login, a sign-up or a reset
            // not when a record the client names by a path parameter is changed: PATCH /users/:id { password } is a takeover
            if (clientPassword != null && !readsUser && !usesPathParam && foreignAccount == null) seen.putIfAbsent(Reason.CLIENT_PASSWORD, clientPassword);
            if (rejects != null) seen.putIfAbsent(Reason.REJECTS, rejects);
            if (capabilityAt != null) seen.putIfAbsent(Reason.CAPABILITY, capabilityAt);
            if (firstRun != null) seen.putIfAbsent(Reason.FIRST_RUN, firstRun);
            if (devGate != null) seen.putIfAbsent(Reason.DEV_ONLY, devGate);
            // a privileged write is judged by the check that authorises it (a secret compared, a signature), if any
            if (privileged != null) {
                for (Map.Entry<Reason, Location> e : seen.entrySet()) {
                    if (Verdict.authorises(e.getKey())) return new Public(e.getKey(), e.getValue());
                }
            }
            for (Map.Entry<Reason, Location> e : seen.entrySet()) return new Public(e.getKey(), e.getValue());
            return null;
        }

        /** How many functions deep each function read so far sits inside a function the walk entered before it. */
        final IdentityHashMap<Fn, Integer> enclosed = new IdentityHashMap<>();
        /** The functions read so far that put the identity on the request themselves (req.user = ..): their reads of it name no one signed in. */
        final Set<Fn> settingUser = Collections.newSetFromMap(new IdentityHashMap<>());

        void visit(Fn fn, FileFacts file, List<Val> args, int depth) {
            if (fn == null || visited.put(fn, true) != null) return;
            List<Fn> all = new ArrayList<>();
            collect(fn, all, 0);
            Set<Fn> read = Collections.newSetFromMap(new IdentityHashMap<>());
            read.addAll(all);
            Map<Fn, Integer> nesting = new IdentityHashMap<>();
            nesting(fn, nesting, 0);
            // a function declared inside one read before and called from it (async function runTest(t) { error = .. }
            // inside the handler, which declares let error): its closure variables reach that far out
            int base = enclosed.getOrDefault(fn, 0);
            if (base > 0) nesting.replaceAll((k, v) -> v + base);
            for (Map.Entry<Fn, Integer> e : nesting.entrySet()) enclosed.putIfAbsent(e.getKey(), e.getValue());
            // the table builder handed to db.schema.createTable('t', (t) => ..): schema set-up, no record written
            Set<Fn> schemaBuilders = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Fn f : all) {
                for (CallSite cs : f.calls()) {
                    if (cs.methodName() == null || !SCHEMA_SETUP.contains(cs.methodName()) || !receiverMentions(cs.callee(), "schema")) continue;
                    for (Val a : cs.args()) if (a instanceof FnVal fv) schemaBuilders.add(fv.fn());
                }
            }
            for (Fn f : all) {
                if (schemaBuilders.contains(f)) continue;
                // a callback nested deeper than collect reads: what it does is unknown
                for (Fn n : f.nested()) {
                    if (!read.contains(n)) {
                        unread++;
                        changed("a callback nested too deep to read", n.location());
                    }
                }
                if (depth <= MAX_DEPTH) requestReads += f.reads().size();
                for (Location mu : f.mutations()) {
                    // total += x in a callback, on a variable of the function read here (or one it is written in, inside
                    // it): a local of this call, not state other requests share
                    if (closureWithin(mu, nesting.getOrDefault(f, 0))) continue;
                    // req.session.cart = .., res.locals.x = ..: a session or per-request value, no stored data
                    boolean sessionWrite = f.reads().stream().anyMatch(r -> r.location() != null && r.location().line() == mu.line()
                            && r.location().column() == mu.column() && r.location().path().equals(mu.path())
                            && (r.part().equals("session") || r.part().equals("cookies")));
                    if (!sessionWrite && !responseField(mu, f, all) && !lazyInit(mu, f) && !lazyClient(mu) && !localMutation(mu, f) && !reduceAccumulator(mu, f, all) && !mappedElement(mu, f, all, file) && !freshArgument(mu, f, fn == f ? args : null, file) && !requestInput(mu, f)) {
                        if (signedInOnly > 0) signedIn(mu);
                        else if (secretOnly > 0) secretGated(mu);
                        else {
                            mutations++;
                            changed("an assignment outside the function's locals", mu);
                        }
                    }
                }
                // req.user = { ...(req.user || {}), id: opts.userId } after if (!req.user ..): a helper that puts the identity on
                // the request itself (a sign-up's CSRF token bound to the new user) reads no signed-in user, its tests of req.user
                // included
                // (the assignment's target is no read: the statement req.user = .. itself, where the function reads req.user)
                boolean setsUser = depth <= MAX_DEPTH && f.reads().stream().anyMatch(r -> r.part().equals("user") && r.location() != null
                        && r.value() instanceof Req ru && ru.path().isEmpty() && f.mutations().stream().anyMatch(x ->
                        x.line() == r.location().line() && x.column() == r.location().column() && x.path().equals(r.location().path())
                        || x.path().equals(r.location().path()) && assignsRequestUser(x, f)));
                if (setsUser) settingUser.add(f);
                for (Fn.Read r : depth <= MAX_DEPTH ? f.reads() : List.<Fn.Read>of()) {
                    // req.session.user = account (an assignment the facts record as a mutation at the same place) starts a
                    // session for the account just created or checked: it reads no signed-in user
                    boolean startsSession = r.part().equals("session") && r.location() != null && f.mutations().stream().anyMatch(x ->
                            x.line() == r.location().line() && x.column() == r.location().column() && x.path().equals(r.location().path()))
                            || setsUser && r.part().equals("user");
                    // req.session.save(cb), req.session.regenerate(cb): the session's own plumbing names no one
                    boolean plumbing = r.part().equals("session") && r.value() instanceof Req rq && !rq.path().isEmpty()
                            && SESSION_PLUMBING.contains(rq.path().get(0));
                    if ((r.part().equals("user") || r.part().equals("session")) && !startsSession && !plumbing) readsUser = true;
                    if (codeFromClient == null && r.value() != null && isClientCode(r.value())) codeFromClient = r.location();
                }
                // the handler turns the caller away itself: 401 / UnauthorizedException after its own check
                if (depth <= MAX_DEPTH && rejects == null && (f.statuses().contains(401)
                        || f.throwsTypes().stream().anyMatch(t -> t.startsWith("Unauthorized") || t.equals("AuthenticationError")))) {
                    rejects = f.location();
                }
                // a dev-only route: it answers 404 unless a development flag is on
                if (depth <= MAX_DEPTH && devGate == null) devGate = devGate(f, fn == f ? args : null);
                // a first-run setup: it refuses once a record of the kind exists
                if (depth <= MAX_DEPTH && firstRun == null) firstRun = firstRunCheck(f, fn == f ? args : null);
                // a callback's own parameters are not the visited function's: only the latter are bound to the caller's values
                List<Val> outer = fn == f || args == null ? args : new OuterArgs(args, fn);
                // if (password === DEMO_PASSWORD): the password the client sends, checked by an equality test (a shared
                // access code) rather than handed to a hash check: a login all the same
                if (depth <= MAX_DEPTH && clientPassword == null && !readsUser) {
                    List<Val> b = fn == f ? args : outer;
                    for (Fn.Compare c : f.compares()) {
                        if (!EQUALITY.contains(c.op())) continue;
                        if (Vals.anyPart(bind(c.left(), b), RouteBehaviour::isClientPassword) || Vals.anyPart(bind(c.right(), b), RouteBehaviour::isClientPassword)) {
                            clientPassword = c.location();
                            break;
                        }
                    }
                }
                // if (quote.share_token !== input.shareToken) return 403: the record's own token, sent by the client
                if (depth <= MAX_DEPTH && capabilityAt == null) capabilityAt = storedTokenCompared(f, file, fn == f ? args : outer);
                // if (createHmac(..).update(raw).digest('hex') !== sent) return 401: the sender's HMAC checked in place
                if (depth <= MAX_DEPTH && !seen.containsKey(Reason.SIGNATURE) && !dev.backcheck.concepts.HmacSignatures.signedValues(f).isEmpty()) {
                    seen.put(Reason.SIGNATURE, f.location());
                }
                for (CallSite cs : f.calls()) call(cs, f, file, fn == f ? args : null, outer, depth);
            }
        }

        private void call(CallSite cs, Fn f, FileFacts file, List<Val> args, List<Val> outerArgs, int depth) {
            // config(): if (!CONFIG) { CONFIG = loadConfig(..) } return CONFIG: what builds a lazy singleton runs once, for
            // the server, whichever request comes first
            if (depth > 0 && lazyInit(f)) return;
            List<Val> bound = args != null ? args : outerArgs;
            // validatePassword(pw, { skipHistoryCheck: true }) where the history compare runs under if (userId && !skipHistoryCheck):
            // a test of a value the caller fixed that never holds here, so the call does not run for this route
            if (depth > 0 && bound != null && deadUnder(cs, bound)) return;
            boolean guarded = cs.guards().stream().anyMatch(g -> g.holds() && g.op().equals("truthy") && signedInTest(bind(g.left(), bound)));
            // if (!env.SEED_TOKEN || sent !== env.SEED_TOKEN) throw ..; seed(): runs only for a caller who sent the secret
            CallSite.Guard gate = guarded ? null : secretGate(cs, bound);
            if (guarded) signedInOnly++;
            if (gate != null) secretOnly++;
            try {
                call0(cs, f, file, args, outerArgs, depth);
            } finally {
                if (guarded) signedInOnly--;
                if (gate != null) secretOnly--;
            }
        }

        /**
         * True when a truthiness test the call runs under is decided the other way by a literal the caller passed
         * ({@code if (!opts.skipCheck)} with {@code { skipCheck: true }} bound): the call is dead for these arguments.
         */
        private boolean deadUnder(CallSite cs, List<Val> bound) {
            for (CallSite.Guard g : cs.guards()) {
                if (!g.op().equals("truthy")) continue;
                // const { skipCheck = false } = opts: the option when the caller gives it, else the default
                Val left = g.left();
                Val fallback = null;
                // (a ternary's two values carry its test: not a default)
                if (left instanceof OneOf o && o.test() == null && o.options().size() == 2 && o.options().get(0) instanceof Param
                        && o.options().get(1) instanceof Lit d) {
                    left = o.options().get(0);
                    fallback = d;
                }
                if (!(left instanceof Param)) continue;
                Val v = bind(left, bound);
                // an option the caller's object literal does not hold (and no spread could add): undefined, or the default
                if (v instanceof Member m && m.object() instanceof Obj obj && !obj.props().containsKey(m.prop())
                        && obj.props().keySet().stream().noneMatch(k -> k.startsWith("..."))) {
                    v = fallback != null ? fallback : new Lit(null);
                }
                if (!(v instanceof Lit l)) continue;
                Object x = l.value();
                boolean truthy = x instanceof Boolean b ? b : x instanceof Number n ? n.doubleValue() != 0 && !Double.isNaN(n.doubleValue())
                        : x instanceof String str ? !str.isEmpty() : x != null;
                if (truthy != g.holds()) return true;
            }
            return false;
        }

        /**
         * validatePassword(newPassword) of a project function that only tests the value itself (its length, a pattern):
         * a password policy, no password compared with a stored one. Its body calls nothing but the methods of a value
         * (test, match, trim ..) and the built-ins; a compare, a hash or a lookup it makes is a check.
         */
        private boolean policyOnly(CallSite cs, Fn f, FileFacts file) {
            Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
            if (t == null || t.fn() == f) return false;
            List<Fn> body = new ArrayList<>();
            collect(t.fn(), body, 0);
            for (Fn b : body) {
                for (CallSite c : b.calls()) {
                    String n = c.methodName();
                    if (c.callee() instanceof Global || n != null && (VALUE_METHODS.contains(n) || STRING_TESTS.contains(n))) continue;
                    return false;
                }
            }
            return true;
        }

        private static final Set<String> STRING_TESTS = Set.of("trim", "includes", "startsWith", "endsWith", "toLowerCase",
                "toUpperCase", "some", "every", "split", "indexOf", "push");

        private void call0(CallSite cs, Fn f, FileFacts file, List<Val> args, List<Val> outerArgs, int depth) {
            List<Val> bound = args != null ? args : outerArgs;
            String m = cs.methodName();
            String root = project.rootModule(cs.callee(), file);
            Location at = cs.location();
            // past the depth read for reasons, a function is followed only to see whether it writes
            if (depth <= MAX_DEPTH) {
            if (m != null) {
                // Paddle's webhooks.unmarshal(body, secret, signature) checks the signature before it parses (throws otherwise)
                if (SIGNATURE_METHODS.contains(m) || root != null && SIGNATURE_PACKAGES.contains(root) && m.startsWith("verify")
                        || m.equals("unmarshal") && ("@paddle/paddle-node-sdk".equals(root) || receiverMentions(cs.callee(), "paddle"))) {
                    seen.putIfAbsent(Reason.SIGNATURE, at);
                }
                // this.verifier.verify(payload, headers, this.webhookSecret, ..): a project verifier of a webhook's signature
                if (m.equals("verify") && cs.args().size() >= 2 && cs.args().stream().anyMatch(a -> {
                    String n = Vals.lastName(a);
                    return n != null && WEBHOOK_SECRET.matcher(n).matches();
                })) seen.putIfAbsent(Reason.SIGNATURE, at);
                // if (!(await signatureMatches(raw, header, secret))) return 400: a project predicate answering whether the HMAC of
                // what it is handed matches the signature sent beside it (HmacSignatures), the handler going on only when it holds
                if (!seen.containsKey(Reason.SIGNATURE) && signaturePredicate(cs, f, file)) seen.putIfAbsent(Reason.SIGNATURE, at);
                if (TOKEN_METHODS.contains(m) && !m.equals("decode")
                        && (root != null && TOKEN_PACKAGES.contains(root) || receiverMentions(cs.callee(), "jwt", "token"))) {
                    seen.putIfAbsent(Reason.SIGNED_TOKEN, at);
                }
                if ((m.equals("compare") || m.equals("compareSync") || m.equals("verify"))
                        && (root != null && PASSWORD_PACKAGES.contains(root) || receiverMentions(cs.callee(), "bcrypt", "argon", "password", "hash"))
                        || PASSWORD_METHODS.contains(m) && !(cs.args().size() >= 2 && cs.arg(1) instanceof Obj) // validatePassword(pw, { minLength }) is a policy
                        && !policyOnly(cs, f, file)) {
                    // bcrypt.compare(token, user.passwordResetToken): a reset token the server made checked against its stored
                    // hash, no password a person chose
                    String sent = cs.args().isEmpty() ? null : Vals.lastName(bind(cs.arg(0), bound));
                    if (sent != null && TOKEN_KEY.matcher(sent).matches() && !sent.toLowerCase(Locale.ROOT).contains("pass")) seen.putIfAbsent(Reason.STORED_CODE, at);
                    else seen.putIfAbsent(Reason.PASSWORD, at);
                }
                if (captcha(cs, m, root)) seen.putIfAbsent(Reason.CAPTCHA, at);
                if (root != null && !root.startsWith(".") && (cs.isNew() && root.startsWith("@aws-sdk/client-cognito") && COGNITO_PUBLIC.contains(m)
                        || !cs.isNew() && PROVIDER_METHODS.contains(m))) {
                    seen.putIfAbsent(Reason.IDENTITY_PROVIDER, at);
                }
                // an outbound request carrying the server's own API token is no check of the client's code
                if (!(root != null && HTTP_CLIENTS.contains(root)) && storedCode(cs, m)) seen.putIfAbsent(Reason.STORED_CODE, at);
                if (capabilityAt == null && capabilityLookup(cs, m, bound) && rejectedAfter(cs, f)) capabilityAt = at;
                if (m.equals("clearCookie") || m.equals("deleteCookie") || m.equals("logout") || m.equals("logOut")
                        || m.equals("signOut") || m.equals("destroy") && receiverMentions(cs.callee(), "session")) {
                    seen.putIfAbsent(Reason.ENDS_SESSION, at);
                }
                if (deletesPresentedCredential(cs, m, bound)) seen.putIfAbsent(Reason.ENDS_SESSION, at);
                boolean providerSignUp = SIGN_UP_METHODS.contains(m) && root != null && !root.startsWith(".");
                if (HASH_METHODS.contains(m) && root != null && PASSWORD_PACKAGES.contains(root) || m.equals("hashPassword") || providerSignUp) {
                    if (hashesPassword == null) hashesPassword = at;
                    if (providerSignUp && createsUser == null) createsUser = at; // supabase.auth.signUp, firebase createUserWithEmailAndPassword
                }
                // a user record by its name, or any record made with a login name and a password (a restaurant, a shop
                // signing up): an account, created for no one already signed in
                if (creates(cs, m) && (userish(cs) || cs.args().stream().anyMatch(a -> hasKey(a, LOGIN_KEY, 0) && hasKey(a, SECRET_KEY, 0)))) {
                    if (cs.args().stream().noneMatch(a -> foreignOwner(a, bound, 0))) {
                        if (createsUser == null) createsUser = at;
                        if (hashesPassword == null && cs.args().stream().anyMatch(a -> hasKey(a, PASSWORD_KEY, 0))) hashesPassword = at;
                    } else if (foreignAccount == null && cs.args().stream().anyMatch(a -> clientNamedOwner(a, bound, 0))) {
                        // (an account made inside a record the client names, tenantId: input.clubId: a seat in someone else's
                        // club, whose password the client chooses; no sign-up or login by that password)
                        foreignAccount = at;
                    }
                }
                // db.createUser(email, passwordHash, tier): an account method handed its values one by one, the password
                // among them the client's; a role or admin flag handed the same way from the request is a privileged write
                if (ACCOUNT_CREATE.contains(m) && !cs.args().isEmpty() && cs.args().stream().noneMatch(a -> a instanceof Obj)
                        && cs.args().stream().anyMatch(a -> clientSecret(bind(a, bound)))) {
                    if (createsUser == null) createsUser = at;
                    if (hashesPassword == null) hashesPassword = at;
                    for (Val a : cs.args()) {
                        Val b = bind(a, bound);
                        String[] priv = {null};
                        Vals.anyPartDeep(b, x -> {
                            String last = x instanceof Req || x instanceof Member ? Vals.lastName(x) : null;
                            if (last != null && PRIVILEGED_FIELDS.contains(last.toLowerCase(Locale.ROOT)) && Vals.anyPartDeep(x, y -> y instanceof Req q
                                    && !q.part().equals("user") && !q.part().equals("session"), 100)) {
                                priv[0] = x instanceof Req q ? describe(q) : "the request's " + last;
                                return true;
                            }
                            return false;
                        }, 200);
                        if (priv[0] != null && privileged == null && secretOnly == 0) {
                            privileged = new Privileged(Vals.lastName(b) != null ? Vals.lastName(b) : "role", priv[0], at);
                        }
                    }
                }
                if (createsUser == null && !cs.args().isEmpty()) {
                    // raw SQL: INSERT INTO users (email, password_hash) ...
                    Val a0 = cs.arg(0);
                    String sql = a0 instanceof Tpl || a0 instanceof Concat ? Vals.shape(a0, "?") : Val.constString(a0);
                    if (sql != null && INSERT_USER.matcher(sql).find()) {
                        createsUser = at;
                        if (hashesPassword == null && sql.toLowerCase(Locale.ROOT).contains("pass")) hashesPassword = at;
                    }
                }
                if (SEND_METHOD.matcher(m).matches() || root != null && MAIL_PACKAGES.contains(root) && m.startsWith("send")
                        || m.startsWith("send") && (receiverMentions(cs.callee(), MAIL_RECEIVER_WORDS) || receiverMentions(cs.callee(), "notif"))) {
                    if (sends == null) sends = at;
                    // the message carries a token or code made on the server: sendActivationEmail(email, registrationToken)
                    if (generates == null && cs.args().stream().anyMatch(a -> Vals.anyPart(bind(a, bound), x -> !(x instanceof Req)
                            && (x instanceof Member || x instanceof Local || x instanceof Call) && serverToken(Vals.lastName(x))))) generates = at;
                }
                if (RANDOM_METHODS.contains(m) && (root != null || receiverMentions(cs.callee(), "jwt", "crypto"))
                        || m.toLowerCase(Locale.ROOT).startsWith("random") || GENERATE_METHOD.matcher(m).matches()
                        || generatorMade(cs.callee(), file)) {
                    if (generates == null) generates = at;
                }
                // a role on a user, account, member or administrator record: a message's role or a project's roles grant nothing
                if ((WRITE_METHODS.contains(m) || cs.isNew()) && privileged == null && secretOnly == 0 && principal(cs, m)) {
                    for (Val a : cs.args()) {
                        // prisma.tenant.create({ data: { .., users: { create: { role: 'owner' } } } }): the user made inside the
                        // new tenant's own create owns that tenant
                        boolean tenantMade = TENANT_KEY.matcher(String.valueOf(Vals.lastName(Analysis.receiver(cs.callee())))).matches();
                        Privileged p = privilegedField(a, bound, at, 0, tenantMade);
                        if (p != null) {
                            privileged = p;
                            break;
                        }
                    }
                }
            }
            for (Val a : cs.args()) {
                if (!readsUser && !settingUser.contains(f) && Vals.anyPart(a, RouteBehaviour::isSignedInUser)) readsUser = true;
            }
            // a one-time token or code the client sends, checked against a record looked up here
            if (m != null && (LOOKUP_METHODS.contains(m) || LOOKUP_PREFIX.matcher(m).matches()) && lookup == null) lookup = at;
            // decryptUnsubscribeToken(token): the client's token opened with the server's key (createDecipheriv inside), a
            // sealed token as a signed one is, no stored code a guesser could hit: what it carries is used from here on
            if (!sealedCode && cs.args().stream().anyMatch(a -> Vals.anyPart(bind(a, bound), RouteBehaviour::isClientCode))) {
                Project.FnRef opener = analysis.resolveCallee(cs.callee(), file, f);
                if (opener != null && decrypts(opener.fn())) {
                    sealedCode = true;
                    seen.putIfAbsent(Reason.SIGNED_TOKEN, at);
                }
            }
            for (Val a : cs.args()) {
                Val b = bind(a, bound);
                if (codeFromClient == null && Vals.anyPart(b, RouteBehaviour::isClientCode)) codeFromClient = at;
                if (!usesPathParam && Vals.anyPart(b, x -> x instanceof Req q && q.part().equals("params"))) usesPathParam = true;
                if (clientPassword == null && !(m != null && WRITE_METHODS.contains(m)) && Vals.anyPart(b, RouteBehaviour::isClientPassword)) {
                    clientPassword = at;
                }
            }
            if (m != null && root != null && AUTH_LIBRARIES.contains(root) && AUTH_LIBRARY_METHODS.contains(m)) {
                seen.putIfAbsent(Reason.AUTH_LIBRARY, at);
            }
            // auth.handler(c.req.raw) where auth reached the handler through a context object the walk cannot resolve, in
            // an app that depends on better-auth: the library's own handler answers the request (sign-in, sign-up)
            if ("handler".equals(m) && cs.args().size() == 1
                    && Vals.anyPart(cs.arg(0), x -> x instanceof Req || x instanceof Param rp && !rp.path().isEmpty() && rp.path().get(0).equals("req"))
                    && "auth".equals(Vals.lastName(Analysis.receiver(cs.callee()))) && project.dependsOn("better-auth")) {
                seen.putIfAbsent(Reason.AUTH_LIBRARY, at);
            }
            }
            // follow the call into a project function, its arguments bound to the callee's parameters
            Project.FnRef target = analysis.resolveCallee(cs.callee(), file, f);
            if (depth >= WRITE_DEPTH && target != null && visited.containsKey(target.fn())) {
                return; // a function read already (a recursive call): nothing new
            }
            // a leaf past the depth whose body only asks built-ins (Object.getPrototypeOf(v) === Object.prototype): read in place
            if (depth >= WRITE_DEPTH && target != null && pureLeaf(target.fn())) return;
            if (depth >= WRITE_DEPTH) {
                // a project function past the depth followed: not read, so not known to change nothing (unless only a
                // holder of the secret reaches it)
                if (target != null && secretOnly == 0) unread++;
                if (target != null && signedInOnly == 0 && secretOnly == 0) writes++;
                else if (target != null && signedInOnly > 0) signedIn(at);
                else if (target != null) secretGated(at);
                if (target != null) changed(callText(cs) + ", a project function past " + WRITE_DEPTH + " calls, not read", at);
                target = null;
            }
            // a service reached through an injected or passed-in object (deps.services.auth.requestMagicLink,
            // a mongoose static): followed when exactly one project function bears that distinctive name
            if (target == null && depth < WRITE_DEPTH && m != null && root != null && root.startsWith("@tsoa/")) target = tsoaTarget(cs, file);
            if (target == null && depth < WRITE_DEPTH && cs.callee() instanceof This t && t.path().size() == 2) target = propTarget(t, file, f);
            // a service loaded only when a flag is on: const svc = FLAG ? require('./svc') : null; svc.classify(..)
            if (target == null && depth < WRITE_DEPTH && m != null && !cs.isNew()) target = optionalService(cs.callee(), m, file, f);
            // imageService.cleanCache() on an object literal that has no such property: the call throws, nothing runs
            if (target == null && m != null && !cs.isNew() && missingMethod(cs.callee(), m, file)) return;
            // fn() of a callback the caller passed inline (tracer.span(name, () => repo.save(x))): read with the caller
            // (not visited from here: read deeper, its own calls would be marked read past the depth that looks for reasons)
            if (target == null && cs.callee() instanceof Param cp && cp.path().isEmpty() && bind(cp, bound) instanceof FnVal) return;
            if (target == null && depth < WRITE_DEPTH && m != null && !cs.isNew()) {
                ScopedTarget st = scopedTarget(cs.callee(), bound, depth);
                if (st != null) {
                    followed++;
                    List<Val> own = new ArrayList<>();
                    for (Val a : cs.args()) own.add(bind(a, bound));
                    List<String> names = st.fn().fn().params().stream().map(Fn.Param::name).toList();
                    visit(st.fn().fn(), st.fn().file(), new ScopedArgs(own, names, st.outer()), depth + 1);
                    return;
                }
            }
            // (never a method of a global: console.error(..) is no project function named error)
            if (target == null && depth < WRITE_DEPTH && m != null && !cs.isNew() && !(cs.callee() instanceof Global)
                    && (root == null || MODEL_PACKAGES.contains(root) || DI_PACKAGES.contains(root))) target = byName(m);
            // Story.incrementViewCount(..): an anonymous function set on the schema (storySchema.statics.incrementViewCount = function ..)
            if (target == null && depth < WRITE_DEPTH && m != null && !cs.isNew() && root != null && MODEL_PACKAGES.contains(root)) {
                target = dev.backcheck.concepts.MongooseModels.schemaMethod(project, cs.callee(), m, file);
            }
            if (target == null) {
                boolean fileRead = m != null && root != null && FS_MODULES.contains(root) && FS_READ.matcher(m).matches();
                if (m != null && (READ_METHODS.contains(m) || fileRead) && !cs.isNew() && !inMemory(cs, file)) {
                    lookups++;
                    if (firstLookup == null) firstLookup = at;
                } else if (!pure(cs, m, root, file)) {
                    effects++;
                    if (mayWrite(cs, m, root, file, bound, f)) {
                        if (signedInOnly > 0 || sessionOwned(cs, f, file, bound)) signedIn(at);
                        else if (secretOnly > 0) secretGated(at);
                        else {
                            writes++;
                            changed(callText(cs), at);
                            if (inserts(cs, m, file, bound)) {
                                inserts++;
                                if (insertAt == null) insertAt = at;
                                insertFields(cs, file, bound);
                            }
                        }
                    }
                } else if (inMemory(cs, file)) {
                    moduleState++; // items.sort(), cache.forEach(..): a value other requests share
                }
                return;
            }
            List<Val> callArgs = new ArrayList<>();
            followed++;
            for (int i = preBound(target); i > 0; i--) callArgs.add(new Unknown("bound"));
            for (Val a : cs.args()) callArgs.add(bind(a, bound));
            argFiles.put(callArgs, file);
            visit(target.fn(), target.file(), callArgs, depth + 1);
        }

        /**
         * The function a call reaches through a value a factory built: {@code c.var.h.login(..)} or {@code c.get('h').login(..)}
         * in the route's handler, where a middleware set {@code c.set('h', newAuthHandler(uc))} ({@link HonoContext}), and
         * {@code uc.login(..)} inside a function that factory made, {@code uc} being the factory's parameter.
         */
        private ScopedTarget scopedTarget(Val callee, List<Val> bound, int depth) {
            if (depth == 0 && root != null && !root.params().isEmpty()) {
                String ctx = root.params().get(0).name();
                List<String> path = new ArrayList<>();
                Val c = callee;
                for (int i = 0; i < 8 && c instanceof Member mm; i++) {
                    path.add(0, mm.prop());
                    c = mm.object();
                }
                String key = null;
                if (c instanceof Param p && p.index() == 0 && p.name().equals(ctx)) {
                    List<String> all = new ArrayList<>(p.path());
                    all.addAll(path);
                    if (all.size() >= 3 && all.get(0).equals("var")) {
                        key = all.get(1);
                        path = all.subList(2, all.size());
                    }
                } else if (c instanceof Call g && g.args().size() == 1 && g.callee() instanceof Param p && p.index() == 0 && p.name().equals(ctx)
                        && p.path().equals(List.of("get")) && !path.isEmpty()) {
                    key = Val.constString(g.args().get(0));
                }
                Project.Resolved held = key == null ? null : dev.backcheck.frameworks.hono.HonoContext.of(project).value(root, key);
                if (held != null) return member(held.val(), held.file(), Map.of(), path, 0);
            }
            if ((bound instanceof OuterArgs oa ? oa.args : bound) instanceof ScopedArgs s) {
                List<String> path = new ArrayList<>();
                Val c = callee;
                for (int i = 0; i < 8 && c instanceof Member mm; i++) {
                    path.add(0, mm.prop());
                    c = mm.object();
                }
                if (c instanceof Param p) {
                    List<String> all = new ArrayList<>(p.path());
                    all.addAll(path);
                    Project.Resolved held = all.isEmpty() ? null : s.outer(new Param(p.index(), p.name(), List.of()));
                    if (held != null) return member(held.val(), held.file(), Map.of(), all, 0);
                }
            }
            return null;
        }

        private boolean promiseExecutorParam(Param p, FileFacts file) {
            for (Fn fn : Analysis.functions(file)) {
                for (CallSite c : fn.calls()) {
                    if (!c.isNew() || !"Promise".equals(c.methodName()) || c.args().isEmpty() || !(c.arg(0) instanceof FnVal fv)) continue;
                    if (p.index() < fv.fn().params().size() && fv.fn().params().get(p.index()).name().equals(p.name())) return true;
                }
            }
            return false;
        }

        private boolean llmTyped(Val callee, Fn f, FileFacts file) {
            Val base = callee;
            for (int i = 0; i < 8 && base instanceof Member mm; i++) base = mm.object();
            String type = null;
            if (base instanceof This t && t.path().size() >= 2) {
                // this.responseModel.invoke(..) where the class declares responseModel: ChatGoogleGenerativeAI
                for (ClassInfo c : file.classes().values()) {
                    for (ClassInfo.Prop pr : c.props()) {
                        if (!pr.name().equals(t.path().get(0))) continue;
                        if (pr.type() != null) type = pr.type();
                        else if (llmClientValue(pr.value(), file)) return true;
                    }
                    // this.model = new ChatGoogleGenerativeAI(..) in the constructor
                    Fn ctor = c.method("constructor");
                    if (ctor != null) {
                        for (Fn.Write w : ctor.writes()) {
                            // (also held optionally: this.client = key ? new HfInference(key) : null)
                            if (w.target() instanceof This wt && wt.path().equals(List.of(t.path().get(0))) && llmClientValue(w.value(), file)) return true;
                        }
                    }
                }
            } else if (base instanceof Param p && f != null && p.index() < f.params().size() && f.params().get(p.index()).name().equals(p.name())) {
                type = f.params().get(p.index()).type();
            }
            if (type == null) return false;
            for (Import im : file.imports().values()) {
                if (!im.local().equals(type)) continue;
                return llmModule(im.module());
            }
            return false;
        }

        /** new OpenAI(..), or a choice between such a client and null/undefined. */
        private boolean llmClientValue(Val v, FileFacts file) {
            if (v instanceof New n) return llmModule(project.rootModule(n.callee(), file));
            if (!(v instanceof OneOf one)) return false;
            boolean client = false;
            for (Val o : one.options()) {
                if (o instanceof Lit l && l.value() == null || o instanceof Global g && g.name().equals("undefined") && g.path().isEmpty()) continue;
                if (!(o instanceof New n) || !llmModule(project.rootModule(n.callee(), file))) return false;
                client = true;
            }
            return client;
        }

        private boolean llmModule(String m) {
            return m != null && (LLM_CLIENTS.contains(m) || m.startsWith("@langchain/") || m.equals("langchain"));
        }

        private boolean missingMethod(Val callee, String m, FileFacts file) {
            Val recv = Analysis.receiver(callee);
            if (!(recv instanceof Local || recv instanceof Ref)) return false;
            Val v = project.resolve(recv, file).val();
            return v instanceof Obj o && !o.props().isEmpty() && !o.props().containsKey(m)
                    && o.props().keySet().stream().noneMatch(k -> k.startsWith("...")) && !PURE_METHODS.contains(m) && !VALUE_METHODS.contains(m)
                    && !Set.of("hasOwnProperty", "toString", "valueOf").contains(m);
        }

        /** The argument the one caller of the one function of {@code file} with parameter {@code p} passes for it; null otherwise. */
        private Project.Resolved passedTo(Param p, FileFacts file) {
            Fn owner = null;
            for (Fn fn : Analysis.functions(file)) {
                if (p.index() < fn.params().size() && fn.params().get(p.index()).name().equals(p.name())) {
                    if (owner != null) return null;
                    owner = fn;
                }
            }
            if (owner == null) return null;
            List<dev.backcheck.flow.CallIndex.Site> callers = dev.backcheck.flow.CallIndex.of(project).callers(owner).stream()
                    .filter(x -> !project.isTestPath(x.file().path())).toList();
            if (callers.size() != 1 || p.index() >= callers.get(0).cs().args().size()) return null;
            return new Project.Resolved(callers.get(0).cs().args().get(p.index()), callers.get(0).file());
        }

        /** The function at {@code path} in what {@code obj} holds: an object's property, a factory call's returned object or function. */
        private ScopedTarget member(Val obj, FileFacts file, Map<String, Project.Resolved> env, List<String> path, int depth) {
            if (obj == null || depth > 8) return null;
            if (obj instanceof Param p && env.containsKey(p.name())) {
                Project.Resolved r = env.get(p.name());
                List<String> all = new ArrayList<>(p.path());
                all.addAll(path);
                return member(r.val(), r.file(), Map.of(), all, depth + 1);
            }
            Project.Resolved r = project.resolve(obj, file);
            Val v = r.val();
            FileFacts vf = r.file();
            // c.get('tracer') ?? noopTracer: the first option that leads to a function
            if (v instanceof OneOf o) {
                for (Val x : o.options()) {
                    ScopedTarget t = member(x, vf, env, path, depth + 1);
                    if (t != null) return t;
                }
                return null;
            }
            // c.get('tracer') in the middleware that built the value: what another middleware set on the same route's context
            if (v instanceof Call g && g.args().size() == 1 && g.callee() instanceof Param gp && gp.index() == 0
                    && gp.path().equals(List.of("get")) && root != null) {
                String key = Val.constString(g.args().get(0));
                Project.Resolved held = key == null ? null : dev.backcheck.frameworks.hono.HonoContext.of(project).value(root, key);
                return held == null || held.val() == v ? null : member(held.val(), held.file(), Map.of(), path, depth + 1);
            }
            if (v instanceof Call c && !(c.callee() instanceof Param)) {
                Project.FnRef factory = project.function(c.callee(), vf);
                if (factory == null || factory.fn().returns().isEmpty()) return null;
                Map<String, Project.Resolved> inner = new HashMap<>();
                List<Fn.Param> ps = factory.fn().params();
                for (int i = 0; i < ps.size() && i < c.args().size(); i++) {
                    Val a = c.args().get(i);
                    Project.Resolved ar = new Project.Resolved(a, vf);
                    if (a instanceof Param ap && env.containsKey(ap.name())) {
                        Project.Resolved e = env.get(ap.name());
                        Val x = e.val();
                        for (String seg : ap.path()) x = Val.member(x, seg);
                        ar = new Project.Resolved(x, e.file());
                    }
                    inner.put(ps.get(i).name(), ar);
                }
                for (Val ret : factory.fn().returns()) {
                    ScopedTarget t = member(ret, factory.file(), inner, path, depth + 1);
                    if (t != null) return t;
                }
                return null;
            }
            // a parameter of the function that made the value (createAuthRoute(verifiers) { .. c.set('h', make(verifiers)) }):
            // what its one caller passes
            if (v instanceof Param p) {
                Project.Resolved passed = passedTo(p, vf);
                if (passed == null) return null;
                List<String> all = new ArrayList<>(p.path());
                all.addAll(path);
                return member(passed.val(), passed.file(), Map.of(), all, depth + 1);
            }
            if (path.isEmpty()) {
                if (v instanceof FnVal fv) return new ScopedTarget(new Project.FnRef(fv.fn(), vf), env);
                Project.FnRef f = project.function(v, vf);
                return f == null ? null : new ScopedTarget(f, Map.of());
            }
            List<String> rest = path.subList(1, path.size());
            if (v instanceof Obj o) {
                // verifiers[provider]: a key the walk cannot read; the first property that leads to a function
                if (path.get(0).equals("*")) {
                    for (Map.Entry<String, Val> e : o.props().entrySet()) {
                        if (e.getKey().startsWith("...")) continue;
                        ScopedTarget t = member(e.getValue(), vf, env, rest, depth + 1);
                        if (t != null) return t;
                    }
                    return null;
                }
                Val pv = o.props().get(path.get(0));
                return pv == null ? null : member(pv, vf, env, rest, depth + 1);
            }
            if (v instanceof New && rest.isEmpty()) {
                Project.FnRef m = analysis.resolveCallee(Val.member(v, path.get(0)), vf, null);
                return m == null ? null : new ScopedTarget(m, Map.of());
            }
            return null;
        }

        /**
         * A call that changes or may change data, the target of which was not followed: a write verb in its name
         * (create, updateOne, findByIdAndRemove, $executeRaw, writeFile, push, hset) on anything but an outbound HTTP or
         * LLM client, SQL that is no SELECT, or a call into the project (a relative import, an injected service, a
         * callback parameter) the walk could not read. A lookup, a SELECT, a library call named like a read or a
         * computation, an HTTP request or an LLM completion changes no data here.
         */
        /**
         * Where the token the call {@code sign} makes leaves the server other than to the caller: every use of it in
         * {@code f} (and the functions nested in it) is a log line or a message sent out (mail, SMS), none is returned or
         * handed to anything else (a response, a cookie, a header, a project function, a store). Null when it goes
         * anywhere else, or nowhere.
         */
        private Location outOfBand(CallSite sign, Fn f, FileFacts file) {
            Location at = sign.location();
            if (at == null) return null;
            java.util.function.Predicate<Val> token = x -> x instanceof Call c && at.equals(c.site());
            List<Fn> all = new ArrayList<>();
            Analysis.collect(f, all, 0);
            Location sent = null;
            for (Fn g : all) {
                for (Val r : g.returns()) if (Vals.anyPartDeep(r, token, 400)) return null;
                for (CallSite cs : g.calls()) {
                    if (cs == sign || at.equals(cs.location())) continue;
                    boolean onToken = Vals.anyPartDeep(cs.callee(), token, 200);
                    boolean carries = onToken;
                    for (Val a : cs.args()) carries |= Vals.anyPartDeep(a, token, 400);
                    if (!carries) continue;
                    String m = cs.methodName();
                    if (m == null) return null;
                    // resetToken.slice(0, 20) of { preview: resetToken.slice(0, 20) } logged: a piece of the token, where
                    // it goes is the call that takes the piece (read in turn: it carries the token too)
                    if (onToken && TEXT_PIECES.contains(m) && cs.args().stream().noneMatch(a -> Vals.anyPartDeep(a, token, 400))) continue;
                    String root = project.rootModule(cs.callee(), file);
                    boolean log = LOG_METHODS.contains(m) && Analysis.receiver(cs.callee()) != null
                            && Set.of("log", "logger", "winston", "pino", "console").contains(String.valueOf(Vals.lastName(Analysis.receiver(cs.callee()))).toLowerCase(Locale.ROOT));
                    boolean message = SEND_METHOD.matcher(m).matches() || root != null && MAIL_PACKAGES.contains(root) && m.startsWith("send")
                            || m.startsWith("send") && receiverMentions(cs.callee(), MAIL_RECEIVER_WORDS);
                    if (!log && !message) return null;
                    if (sent == null) sent = cs.location();
                }
            }
            return sent;
        }

        /** A function that calls nothing but pure built-ins, changes nothing outside its locals and defines no callbacks. */
        private boolean pureLeaf(Fn fn) {
            if (!fn.mutations().isEmpty() || !fn.nested().isEmpty() || !fn.writes().isEmpty()) return false;
            for (CallSite c : fn.calls()) {
                if (!(c.callee() instanceof Global g) || !PURE_GLOBALS.contains(g.name())) return false;
            }
            return true;
        }

        /** A new Set/Map/array handed in, or a parameter no one passed whose default is one. */
        private boolean freshCollection(Val recv, List<Val> bound, Fn f) {
            if (!(recv instanceof Param p) || !p.path().isEmpty()) return false;
            Val b = bind(recv, bound);
            if (b instanceof New n) return FRESH_COLLECTIONS.contains(Vals.lastName(n.callee()));
            if (!(b instanceof Param bp) || !bp.path().isEmpty() || bp.index() >= f.params().size() || !bp.name().equals(f.params().get(bp.index()).name())) return false;
            Val d = f.params().get(bp.index()).defaultValue();
            return d instanceof New dn && FRESH_COLLECTIONS.contains(Vals.lastName(dn.callee())) || d instanceof Arr a && a.items().isEmpty();
        }

        /**
         * Whether the upload parser the call runs keeps the file in memory: multer made with {@code storage:
         * multer.memoryStorage()}, or with neither {@code dest} nor {@code storage} (multer's default is its memory storage).
         */
        private boolean memoryUpload(CallSite cs, String root, FileFacts file) {
            if (!root.equals("multer")) return false;
            // upload.single('file')(req, res, cb), upload.array('files'): down the callee to the multer instance
            Val base = cs.callee();
            for (int i = 0; i < 16 && base != null; i++) {
                Project.Resolved r = project.resolve(base, file);
                // multer({ .. }) itself: a call of the package's export, not of a method of what it made (upload.single('file'))
                if (r.val() instanceof Call mc && project.resolve(mc.callee(), r.file()).val() instanceof Ref mr && mr.module().equals("multer")
                        && mr.path().isEmpty()) {
                    if (mc.args().isEmpty()) return true;
                    if (!(project.resolve(mc.args().get(0), r.file()).val() instanceof Obj o)) return false;
                    if (o.props().keySet().stream().anyMatch(k -> k.startsWith("...")) || o.props().containsKey("dest")) return false;
                    Val st = o.props().get("storage");
                    if (st == null) return true;
                    return project.resolve(st, r.file()).val() instanceof Call sc && "memoryStorage".equals(Vals.lastName(sc.callee()));
                }
                base = base instanceof Member mm ? mm.object() : base instanceof Call c ? c.callee() : Vals.receiver(base);
            }
            return false;
        }

        private boolean mayWrite(CallSite cs, String m, String root, FileFacts file, List<Val> bound, Fn f) {
            // const { run } = this.requestQueue.shift(); run(): a task taken off an in-memory queue was built by the code
            // that queued it, read where it is written
            Val hop = cs.callee();
            for (int i = 0; i < 12 && (hop instanceof Member || hop instanceof Call); i++) {
                if (hop instanceof Call c && ("shift".equals(Vals.lastName(c.callee())) || "pop".equals(Vals.lastName(c.callee())))
                        && QUEUE_NAME.matcher(String.valueOf(heldName(Analysis.receiver(c.callee()), file))).matches()) return false;
                hop = hop instanceof Member mm ? mm.object() : ((Call) hop).callee();
            }
            // upload.single('file')(req, res, cb): the middleware multer made, run in place
            if (m == null && cs.callee() instanceof Call made && "multer".equals(project.rootModule(made.callee(), file))) return !memoryUpload(cs, "multer", file);
            if (m == null) return true;
            // seen.add(value) with seen = new WeakSet() the parameter's default (a recursive walk's visited set): a collection
            // made for this call, handed on only by the function itself; no state other requests share
            if (COLLECTION_WRITES.contains(m) && freshCollection(Analysis.receiver(cs.callee()), bound, f)) return false;
            if (root != null && (HTTP_CLIENTS.contains(root) || LLM_CLIENTS.contains(root))) return false;
            // transporter.sendMail(..), sgMail.send(..), twilio messages: a message handed to a mail or SMS provider, an
            // outbound call (what it sends is the sender's choice, no record of the app's changes)
            if (root != null && MAIL_PACKAGES.contains(root) && (m.startsWith("send") || m.equals("createTransport"))
                    || m.equals("sendMail") && receiverMentions(cs.callee(), "transport", "mail", "smtp")
                    // a mail client whose package the walk lost (const resend = key ? new Resend(key) : null; resend.emails.send(..))
                    || m.equals("send") && receiverMentions(cs.callee(), MAIL_RECEIVER_WORDS)) return false;
            // prisma.$transaction(async (tx) => ..), knex.transaction(trx => ..): the callback's own calls are the writes
            if ((m.equals("$transaction") || m.equals("transaction")) && !cs.args().isEmpty() && bind(cs.arg(0), bound) instanceof FnVal) return false;
            // Prisma.sql`..`, Prisma.join(ids), Prisma.raw(..): a statement built, not run (the $queryRaw that runs it is the write)
            if (PRISMA_SQL_BUILDERS.contains(m) && "Prisma".equals(Vals.lastName(Analysis.receiver(cs.callee())))) return false;
            // db.schema.createTable('messages', ..) behind hasTable, createTableIfNotExists: a table made lazily on first use
            // (schema set-up, the same for every caller), no record of anyone's
            if (SCHEMA_SETUP.contains(m) && receiverMentions(cs.callee(), "schema")) return false;
            // viewCount: { $inc: 1 }, increment('views'), SET views = views + 1: a counter, no record anyone chose
            if (counterOnly(cs, m, bound)) {
                if (counterAt == null) counterAt = cs.location();
                return false;
            }
            // translation.upsert({ where: key, create/update: { value: translated } }): a value the server computed, cached
            if (cacheFill(cs, m, bound) || cacheSet(cs, m, bound, file)) {
                if (cacheFillAt == null) cacheFillAt = cs.location();
                return false;
            }
            // new Transform(doc).removeMark(..): an editor document transformed in memory (ProseMirror)
            if (root != null && (root.startsWith("prosemirror-") || root.startsWith("@tiptap/pm") || root.startsWith("@tiptap/core"))) return false;
            // wae.writeDataPoint(..), Sentry.captureException(e): a telemetry event about the request, no data of the app
            if (TELEMETRY_METHODS.contains(m)) return false;
            // c.executionCtx.waitUntil(promise): keeps the work the handler started alive, does none of its own
            if (m.equals("waitUntil") && recvIsParam(cs.callee())) return false;
            // reject(err) / resolve(v) of a promise the function made: new Promise((resolve, reject) => ..)
            if (cs.callee() instanceof Param pp && pp.path().isEmpty() && promiseExecutorParam(pp, file)) return false;
            // promptTemplate.formatMessages(..) on a parameter typed by an LLM library (ChatPromptTemplate of @langchain/core)
            if (llmTyped(cs.callee(), f, file)) return false;
            // mkdirSync(dir, { recursive: true }): makes sure a directory exists, changes nothing already there
            if (root != null && FS_MODULES.contains(root) && m.startsWith("mkdir") && cs.args().size() >= 2
                    && cs.arg(1) instanceof Obj mo && mo.props().get("recursive") instanceof Lit rl && Boolean.TRUE.equals(rl.value())) return false;
            // appendFileSync(join(dir, `${day}.log`), line): a line added to a log file
            if (root != null && FS_MODULES.contains(root) && m.startsWith("append") && !cs.args().isEmpty()
                    && Vals.anyPart(bind(cs.arg(0), bound), x -> {
                        String t = x instanceof Tpl tp && !tp.quasis().isEmpty() ? tp.quasis().get(tp.quasis().size() - 1) : Val.constString(x);
                        return t != null && t.endsWith(".log");
                    })) return false;
            // new MapboxController(), new Intl.NumberFormat(..): building an object; this.setStatus(500) of a tsoa controller
            if (cs.isNew() || TSOA_PLUMBING.contains(m)) return false;
            // a token minted for the caller grants access: a change of who may act, whatever is stored
            // (one that names no account, a short-lived link to an attachment or a page, grants nothing to anyone: no change)
            if (Set.of("sign", "signAsync", "jwtSign").contains(m)
                    && (root != null && TOKEN_PACKAGES.contains(root) || receiverMentions(cs.callee(), "jwt", "token"))) {
                // a token only written to a log line or put in a message (a reset link mailed to the account's address)
                // never reaches the caller: it grants the caller nothing (forgot-password)
                Location sent = f == null ? null : outOfBand(cs, f, file);
                if (sent != null) {
                    if (sends == null) sends = sent;
                    if (generates == null) generates = cs.location();
                    return false;
                }
                return cs.args().isEmpty() || !(bind(cs.arg(0), bound) instanceof Obj payload)
                        || payload.props().keySet().stream().anyMatch(k -> k.startsWith("...") || ACCOUNT_CLAIM.matcher(k).matches());
            }
            Val recv = Analysis.receiver(cs.callee());
            // cache.keys().next(): a step of a fresh iterator over a container, a read of its first key
            if (m.equals("next") && cs.args().isEmpty() && recv instanceof Call ic && ic.args().isEmpty()
                    && Set.of("keys", "values", "entries").contains(String.valueOf(Vals.lastName(ic.callee())))) return false;
            // req.session.save(), req.login(..): the request's own session, no stored data of the app's
            if (recv != null && Vals.anyPart(recv, x -> x instanceof Req)) return false;
            // res.write(..), c.set('user', u), reply.header(..): the answer or the request's context
            if (recv instanceof Param p && p.path().isEmpty() && RESPONSE_WRITES.contains(m)) return false;
            if (CONTAINER_VERBS.contains(m)) {
                // searchCache.set(key, result) on a Map the module keeps as a cache: memoizing what the server computed
                // (a cache may be filled by anyone; clearing or deleting from it is still a change)
                if (m.equals("set") && cs.args().size() == 2 && CACHE_NAME.matcher(String.valueOf(heldName(recv, file))).matches()) return false;
                // let limiter = limiters.get(key); if (!limiter) { limiter = new Ratelimit(..); limiters.set(key, limiter) }: a
                // get-or-create memo of a value the server builds, stored only when the same map had none under the key
                if (m.equals("set") && cs.args().size() == 2 && getOrCreate(cs, recv)
                        && !Vals.anyPart(bind(cs.arg(1), bound), x -> x instanceof Req)) return false;
                // lastRequestAtByEmail.set(email, now) in consumeResendThrottle(): a limiter's memory of when a key last asked
                if (m.equals("set") && cs.args().size() == 2 && (THROTTLE_NAME.matcher(String.valueOf(heldName(recv, file))).matches()
                        || f != null && THROTTLE_NAME.matcher(String.valueOf(f.name())).matches())) return false;
                // enrichmentCache.delete(key) of a key the server holds (an expired entry evicted while filling): what the
                // client names is a change, a whole clear() too
                if ((m.equals("delete") || m.equals("del")) && cs.args().size() == 1 && CACHE_NAME.matcher(String.valueOf(heldName(recv, file))).matches()
                        && !Vals.anyPart(bind(cs.arg(0), bound), x -> x instanceof Req || x instanceof Param)) return false;
                // results.push(x) on an array the handler built: only a value the module holds is shared by other requests
                // (a module-level binding is copied into its uses as the same value: that identity tells it from a local)
                if (recv instanceof Arr || recv instanceof Obj || recv instanceof New) return moduleHeld(recv, file);
                // acc[id].items.push(x) in a reduce callback over a literal start value: the call's own accumulator
                if (accumulatorParam(recv, f, file)) return false;
                // let found = null; .. found = await Promise.all(..); if (!found) found = []; found.unshift(x): a local
                // that holds null or an array built in the function
                if (recv instanceof OneOf one && ARRAY_VERBS.contains(m) && freshArrays(one) && !moduleHeld(recv, file)) return false;
                // this.classificationLog.push(entry), this.history.shift(): the service's own in-memory log of what it computed
                if (ARRAY_VERBS.contains(m) && recv instanceof This && MEMORY_LOG_NAME.matcher(String.valueOf(heldName(recv, file))).matches()) return false;
                // sections[kind].push(line) on an object of arrays built there: the same, one level down
                Val holder = recv;
                for (int i = 0; i < 4 && holder instanceof Member mm; i++) holder = mm.object();
                if (holder != recv && (holder instanceof Arr || holder instanceof Obj)) return moduleHeld(holder, file);
                if (recv instanceof Call && ARRAY_VERBS.contains(m)) return false;
                // this.requestQueue.push({ run, resolve, reject }): a throttle's queue of work in memory, no stored data
                if (ARRAY_VERBS.contains(m) && QUEUE_NAME.matcher(String.valueOf(heldName(recv, file))).matches()
                        && cs.args().stream().noneMatch(a -> Vals.anyPart(bind(a, bound), x -> x instanceof Req))) return false;
                if (inMemory(cs, file)) return true;
            }
            // new AdminAddUserToGroupCommand(..), new PutObjectCommand(..) handed to an SDK client's send
            if (!cs.args().isEmpty() && cs.arg(0) instanceof New n && Vals.lastName(n.callee()) != null
                    && COMMAND_WRITE.matcher(Vals.lastName(n.callee())).find()) return true;
            if (cs.callee() instanceof Global g && g.name().equals("fetch") && g.path().isEmpty()) return false;
            // api.post(text, 'https://api.example.com/analyse'): a request to another service's absolute URL, whatever
            // wraps it (a decorated helper, an SDK of the project's own), changes no data of this app
            if (HTTP_VERBS.contains(m) && cs.args().stream().anyMatch(a -> {
                String u = Vals.shape(bind(a, bound), "?");
                return u != null && ABSOLUTE_URL.matcher(u).find();
            })) return false;
            // Object.assign(settings, req.body): changes the object it is given, unless that is one built right there
            Val head = cs.callee();
            for (int i = 0; i < 8 && (head instanceof Member || head instanceof Call); i++) head = head instanceof Member mm ? mm.object() : ((Call) head).callee();
            if (head instanceof Global g && g.name().equals("Object") && OBJECT_MUTATORS.contains(m)) {
                Val target = cs.args().isEmpty() ? null : cs.arg(0);
                return !(target instanceof Obj || target instanceof Arr) || moduleHeld(target, file);
            }
            // an upload parser stores the file it receives: upload.single('file')(req, res, cb)
            // (multer with its memory storage, the default without a dest or storage: the file is a buffer of this request)
            if (root != null && UPLOAD_PACKAGES.contains(root)) return !memoryUpload(cs, root, file);
            // node's own computations: crypto.createHash(..).update(..), path.join, util.format
            if (root != null && PURE_BUILTINS.contains(root)) return false;
            List<String> chain = chain(cs.callee());
            // openai.chat.completions.create, client.responses.create, model.generateContent(..) of a client built elsewhere
            if (chain.contains("completions") || chain.contains("moderations") || chain.contains("embeddings")
                    || chain.contains("generateContent") || chain.contains("generateContentStream")
                    || chain.contains("getGenerativeModel")) return false;
            // prisma.$queryRaw<T[]>`SELECT ..` whose text the facts did not keep: Prisma's query API returns rows (a write
            // goes through $executeRaw); a statement read that is no SELECT still counts below
            if (m.equals("$queryRaw") && (cs.args().isEmpty() || !(cs.arg(0) instanceof Tpl || cs.arg(0) instanceof Lit || cs.arg(0) instanceof Concat))) return false;
            if (!cs.args().isEmpty()) {
                // (a tagged template, tx.$executeRaw`SELECT pg_advisory_xact_lock(..)`, carries its text as the second argument)
                Val a0 = bind(Vals.statementArg(cs), bound);
                String sql = a0 instanceof Tpl || a0 instanceof Concat ? Vals.shape(a0, "?") : Val.constString(a0);
                if (sql != null && SQL_READ.matcher(sql).find()) return false;
                // CREATE TABLE IF NOT EXISTS ..: a table made on first use, no record of anyone's
                if (sql != null && SCHEMA_SETUP_SQL.matcher(sql).find()) return false;
                if (sql != null && SQL_WRITE.matcher(sql).find()) return true;
            }
            // kysely / knex builders: db.selectFrom('t')...executeTakeFirst(); a chain naming an insert, update or delete writes
            if (QUERY_BUILDER.contains(m)) return false;
            // this.findOne(..).sort(..).populate('plan') in a model's static: the steps of a mongoose query that reads
            if (QUERY_STEPS.contains(m) && chain.stream().anyMatch(READ_METHODS::contains)
                    && chain.stream().noneMatch(n -> WRITE_VERB.matcher(n).find() && !QUERY_STEPS.contains(n))) return false;
            // eb.case().when(..).then(..).else(..).end(): a CASE expression of a builder
            if (m.equals("end") && chain(cs.callee()).contains("case")) return false;
            // query.executeTakeFirst() on a builder assembled over several statements: what the builder started with
            if (m.startsWith("execute") && !m.toLowerCase(Locale.ROOT).contains("raw") && recv != null) {
                Val built = project.resolve(recv, file).val();
                boolean[] select = {false}, write = {false};
                Vals.anyPart(built, x -> {
                    String n = x instanceof Member mm ? mm.prop() : x instanceof Call c ? Vals.lastName(c.callee()) : null;
                    if ("selectFrom".equals(n) || "selectNoFrom".equals(n)) select[0] = true;
                    if (n != null && Set.of("insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto").contains(n)) write[0] = true;
                    return false;
                });
                if (select[0] && !write[0]) return false;
                // a builder reassigned in many branches (q = q.where(..) under several ifs) is too large to keep: the
                // statements of the function that built it tell what it is, a SELECT when nothing in it starts a write
                if (!select[0] && !write[0] && f != null && onlySelects(f)) return false;
            }
            boolean writeInChain = chain.stream().anyMatch(n -> !QUERY_BUILDER.contains(n) && WRITE_VERB.matcher(n).find());
            if ((chain.contains("selectFrom") || chain.contains("selectNoFrom")) && !writeInChain) return false;
            if (WRITE_VERB.matcher(m).find() || writeInChain && (m.startsWith("execute") || m.equals("then"))) return true;
            // an SQL driver's query with text the walk cannot read
            if (Set.of("query", "execute", "$executeRawUnsafe", "raw", "run", "batch", "transaction", "$transaction").contains(m)) return true;
            // project code not followed: a relative import, a method of an injected or passed-in service; not a method of a
            // value (a string, a regex, a response body read) nor a global (setTimeout, new Promise)
            if (VALUE_METHODS.contains(m)) return false;
            // searchPage(..), findMatches(..), listItems(..) of a service the walk could not reach: named as a read, and
            // no write verb in the name (findOrCreate, searchAndDelete were taken above)
            if (READ_NAME.matcher(m).find()) return false;
            // jsonToNode(doc).descendants((node) => ..): a method of a value a call returned, handed only callbacks the walk
            // reads itself (a traversal)
            if (!cs.args().isEmpty() && cs.args().stream().allMatch(x -> x instanceof FnVal) && Analysis.receiver(cs.callee()) instanceof Call) return false;
            Val base = cs.callee();
            for (int i = 0; i < 12 && (base instanceof Member || base instanceof Call); i++) base = base instanceof Member mm ? mm.object() : ((Call) base).callee();
            if (!(base instanceof Local || base instanceof This || base instanceof Param || base instanceof Ref || base instanceof FnVal)) return false;
            return root == null || root.startsWith(".") || root.startsWith("@/") || root.startsWith("~/");
        }

        /** The SQL text a call runs: its first argument, or the statement a prepared call was made from (db.prepare(sql).run(..)). */
        private String sqlOf(CallSite cs, List<Val> bound) {
            if (!cs.args().isEmpty()) {
                String sql = sqlText(bind(cs.arg(0), bound));
                if (sql != null && (SQL_READ.matcher(sql).find() || SQL_WRITE.matcher(sql).find())) return sql;
            }
            if (Analysis.receiver(cs.callee()) instanceof Call c && !c.args().isEmpty()) {
                String sql = sqlText(bind(c.args().get(0), bound));
                if (sql != null && (SQL_READ.matcher(sql).find() || SQL_WRITE.matcher(sql).find())) return sql;
            }
            return null;
        }

        /**
         * A delete of the one record the credential the caller presents names: {@code DELETE FROM sessions WHERE token = $1}
         * or {@code prisma.session.deleteMany({ where: { token } })} with the token taken from the request's Authorization
         * header or a cookie. Only the holder of the credential can name that record: the caller ends its own session.
         */
        private boolean deletesPresentedCredential(CallSite cs, String m, List<Val> bound) {
            if (cs.args().isEmpty()) return false;
            String sql = sqlOf(cs, bound);
            if (sql != null) {
                if (!ONE_KEY_DELETE.matcher(sql).find()) return false;
                List<Val> params = sqlParams(cs, bound);
                return params.size() == 1 && presentedCredential(params.get(0));
            }
            if (!Set.of("delete", "deleteMany", "destroy", "deleteOne").contains(m)) return false;
            if (!(bind(cs.arg(0), bound) instanceof Obj o) || !(o.props().get("where") instanceof Obj w) || w.props().size() != 1) return false;
            Val key = w.props().values().iterator().next();
            return presentedCredential(bind(key, bound));
        }

        private static boolean presentedCredential(Val v) {
            // (through every part: header.split(' ')[1] is a call on the header)
            return v != null && Vals.anyPartDeep(v, x -> x instanceof Req q && (q.part().equals("cookies") || q.part().equals("signedCookies")
                    || q.part().equals("headers") && !q.path().isEmpty() && q.path().get(0).equalsIgnoreCase("authorization")), 200);
        }

        /** The values a call binds to its SQL placeholders: an array argument, or the arguments after the statement or of run(..). */
        private List<Val> sqlParams(CallSite cs, List<Val> bound) {
            List<Val> out = new ArrayList<>();
            boolean own = !cs.args().isEmpty() && sqlText(bind(cs.arg(0), bound)) != null;
            List<Val> args = own ? cs.args().subList(1, cs.args().size()) : cs.args();
            for (Val a : args) {
                Val b = bind(a, bound);
                if (b instanceof Arr arr) out.addAll(arr.items());
                else out.add(b);
            }
            return out;
        }

        /**
         * A call that adds a new record and changes none: create/insert (Prisma, Mongoose, Sequelize, TypeORM, knex), an insert
         * chain (db.insert(t).values(..), insertInto(t).values(..).execute()), save() of a record built right there
         * (new Drone({..}).save(), repo.save(repo.create(dto))), a Firestore collection's add, an INSERT with no upsert clause.
         */
        private boolean inserts(CallSite cs, String m, FileFacts file, List<Val> bound) {
            if (m == null || cs.isNew()) return false;
            String sql = sqlOf(cs, bound);
            if (sql != null) return SQL_INSERT.matcher(sql).find();
            if (INSERT_METHODS.contains(m)) return true;
            List<String> chain = chain(cs.callee());
            if ((chain.contains("insert") || chain.contains("insertInto")) && (m.equals("values") || m.equals("returning")
                    || m.startsWith("execute") || m.equals("then") || m.equals("run"))) return true;
            if (m.equals("add") && chain.contains("collection")) return true;
            // this.mailQueue.add('contact', job): a job added to a queue the code holds (Bull, BullMQ), none changed
            if ((m.equals("add") || m.equals("addBulk")) && cs.args().size() >= 2
                    && QUEUE_NAME.matcher(String.valueOf(heldName(Analysis.receiver(cs.callee()), file))).matches()) return true;
            if (m.equals("save")) {
                if (!cs.args().isEmpty()) {
                    Val a0 = bind(cs.arg(0), bound);
                    if (a0 instanceof Obj || a0 instanceof New) return true;
                    if (a0 instanceof Call c && INSERT_METHODS.contains(String.valueOf(Vals.lastName(c.callee())))) return true;
                    return false;
                }
                Val recv = Analysis.receiver(cs.callee());
                return recv != null && project.resolve(recv, file).val() instanceof New;
            }
            return false;
        }

        /**
         * Marks an insert that takes an owner (userId, authorId, senderId...) or a privileged field (role, isVerified, balance...)
         * from the request, and one that stores the request body whole. SQL inserts map their column list to the placeholders.
         */
        private void insertFields(CallSite cs, FileFacts file, List<Val> bound) {
            String sql = sqlOf(cs, bound);
            if (sql != null) {
                java.util.regex.Matcher mm = SQL_INSERT_COLUMNS.matcher(sql);
                List<Val> params = sqlParams(cs, bound);
                if (!mm.find()) return;
                String[] cols = mm.group(1).split(",");
                String[] vals = mm.group(2).split(",");
                int next = 0;
                for (int i = 0; i < cols.length && i < vals.length; i++) {
                    String col = cols[i].strip().replaceAll("[`\"\\[\\]]", "");
                    String v = vals[i].strip();
                    Val pv = null;
                    if (v.equals("?")) pv = next < params.size() ? params.get(next++) : null;
                    else if (v.matches("\\$\\d+")) {
                        int n = Integer.parseInt(v.substring(1)) - 1;
                        pv = n < params.size() ? params.get(n) : null;
                    }
                    if (pv != null && submissionField(col) && clientReference(pv)) insertFromClient = true;
                }
                return;
            }
            for (Val a : cs.args()) {
                Val b = bind(a, bound);
                if (b instanceof Req q && isClientPart(q.part()) && q.path().isEmpty()) wholeBody = true;
                if (clientField(b, 0)) insertFromClient = true;
            }
            // new Drone({ name, clienteId }).save(): the record is what the constructor was handed
            Val recv = Analysis.receiver(cs.callee());
            if (recv != null && cs.args().isEmpty() && project.resolve(recv, file).val() instanceof New n && clientField(bind(n, bound), 0)) {
                insertFromClient = true;
            }
        }

        /** An object written (keys of a filter or a read-back left out) with an owner or privileged key the request fills. */
        private boolean clientField(Val v, int depth) {
            if (depth > 4) return false;
            if (v instanceof New n) {
                for (Val a : n.args()) if (clientField(a, depth + 1)) return true;
                for (Val a : n.args()) if (a instanceof Req q && isClientPart(q.part()) && q.path().isEmpty()) wholeBody = true;
                return false;
            }
            if (v instanceof Arr a) {
                for (Val x : a.items()) if (clientField(x, depth + 1)) return true;
                return false;
            }
            if (!(v instanceof Obj o)) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (NOT_WRITTEN.contains(e.getKey())) continue;
                if (e.getKey().startsWith("...")) {
                    if (e.getValue() instanceof Req q && isClientPart(q.part())) wholeBody = true;
                    continue;
                }
                if (submissionField(e.getKey()) && (clientReference(e.getValue()) || privilegedConstant(e.getKey(), e.getValue()))) return true;
                if (clientField(e.getValue(), depth + 1)) return true;
            }
            return false;
        }

        private boolean privilegedConstant(String key, Val v) {
            String k = key.toLowerCase(Locale.ROOT);
            if (!PRIVILEGED_FIELDS.contains(k) && !SUBMISSION_PRIVILEGED.matcher(k).matches()) return false;
            return v instanceof Lit l && (Boolean.TRUE.equals(l.value()) || l.value() instanceof String str && PRIVILEGED_VALUE.matcher(str).matches()
                    || l.value() instanceof Number num && num.doubleValue() != 0);
        }

        /**
         * A call of a project signature predicate ({@link dev.backcheck.concepts.HmacSignatures#predicateParams}: it answers
         * whether the HMAC of a message it is handed matches the signature beside it) past whose false answer {@code f} does
         * not go on ({@link dev.backcheck.concepts.HmacSignatures#gates}): only a sender holding the key gets further.
         */
        private boolean signaturePredicate(CallSite cs, Fn f, FileFacts file) {
            if (cs.args().isEmpty()) return false;
            Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
            if (t == null || t.fn() == f || dev.backcheck.concepts.HmacSignatures.predicateParams(t.fn()).isEmpty()) return false;
            return dev.backcheck.concepts.HmacSignatures.gates(f, new Call(cs.callee(), cs.args(), cs.location()));
        }

        /**
         * {@code if (quote.share_token !== input.shareToken) return 403}: a token of a record looked up here compared with the
         * one the client sends, a call refusing the request (4xx, a thrown error) running on the mismatch: the record's own
         * secret is the credential (a capability link's token carried in the body), as a lookup keyed by it would be.
         */
        private Location storedTokenCompared(Fn f, FileFacts file, List<Val> bound) {
            for (Fn.Compare c : f.compares()) {
                if (!"==".equals(c.op()) && !"!=".equals(c.op())) continue;
                for (Val[] sides : new Val[][]{{c.left(), c.right()}, {c.right(), c.left()}}) {
                    Val sent = bind(sides[0], bound), held = bind(sides[1], bound);
                    if (!isClientCode(sent) || !(held instanceof Member || held instanceof Local)) continue;
                    String name = Vals.lastName(held);
                    if (name == null || !TOKEN_KEY.matcher(name).matches() || dev.backcheck.concepts.SchemaParses.requestValue(held) != null) continue;
                    // (a field of the record, not of the request: the base of the member chain is no request part)
                    Val base = held;
                    while (base instanceof Member bm) base = bm.object();
                    if (base instanceof Req) continue;
                    if (refusedOnMismatch(f, file, c)) return c.location();
                }
            }
            return null;
        }

        /** A 4xx answer or a thrown error under a guard that is {@code c} failing (its != holding, its == not). */
        private boolean refusedOnMismatch(Fn f, FileFacts file, Fn.Compare c) {
            for (CallSite rc : f.calls()) {
                String n = rc.methodName();
                if (n == null || rc.guards().isEmpty()) continue;
                boolean refusal = rc.isNew() && (n.endsWith("Error") || n.endsWith("Exception"))
                        || rc.args().stream().anyMatch(a -> a instanceof Lit l && l.value() instanceof Number num && num.intValue() >= 400 && num.intValue() < 500);
                // apiError(c, 'FORBIDDEN', ..): a project helper answering a 4xx status
                if (!refusal) {
                    Integer st = analysis.helperAnswerStatus(rc, file, f);
                    refusal = st != null && st >= 400 && st < 500;
                }
                if (!refusal) continue;
                for (CallSite.Guard g : rc.guards()) {
                    boolean same = java.util.Objects.equals(g.left(), c.left()) && java.util.Objects.equals(g.right(), c.right())
                            || java.util.Objects.equals(g.left(), c.right()) && java.util.Objects.equals(g.right(), c.left());
                    if (same && ("!=".equals(g.op()) ? g.holds() : "==".equals(g.op()) && !g.holds())) return true;
                }
            }
            return false;
        }

        /** A per-record lookup by an access code the request carries: WHERE unique_code = ? bound to req.params, findOne({ inviteCode }). */
        private boolean capabilityLookup(CallSite cs, String m, List<Val> bound) {
            String sql = sqlOf(cs, bound);
            if (sql != null) {
                if (!SQL_READ.matcher(sql).find() || !CAPABILITY_COLUMN.matcher(sql).find()) return false;
                return sqlParams(cs, bound).stream().anyMatch(this::fromClient);
            }
            if (!LOOKUP_METHODS.contains(m) && !LOOKUP_PREFIX.matcher(m).matches()) return false;
            for (Val a : cs.args()) if (capabilityKeyed(bind(a, bound), 0)) return true;
            return false;
        }

        private boolean capabilityKeyed(Val v, int depth) {
            if (!(v instanceof Obj o) || depth > 3) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (CAPABILITY_KEY.matcher(e.getKey()).matches() && fromClient(e.getValue())) return true;
                if (capabilityKeyed(e.getValue(), depth + 1)) return true;
            }
            return false;
        }

        /** After {@code lookup} in {@code f}, a rejection (a thrown error, a 4xx answer) under a test: no match, no change. */
        private boolean rejectedAfter(CallSite lookup, Fn f) {
            for (CallSite rc : f.calls()) {
                if (!before(lookup.location(), rc.location()) || rc.guards().isEmpty()) continue;
                String n = rc.methodName();
                if (n == null) continue;
                boolean thrown = rc.isNew() && (n.endsWith("Error") || n.endsWith("Exception"));
                boolean answered = (n.equals("status") || n.equals("code") || n.equals("sendStatus")) && rc.args().size() == 1
                        && rc.arg(0) instanceof Lit l && l.value() instanceof Number num && num.intValue() >= 400 && num.intValue() < 500;
                if (thrown || answered) return true;
            }
            return false;
        }

        /**
         * A write whose only change steps a counter by a constant: an update whose one operator is {@code $inc} of ±1,
         * Prisma's {@code data: { views: { increment: 1 } }}, increment('views') (Sequelize, TypeORM, knex), or
         * {@code UPDATE t SET views = views + 1}. Money, stock and scores are no counters.
         */
        private boolean counterOnly(CallSite cs, String m, List<Val> bound) {
            if (m.equals("increment") || m.equals("decrement")) {
                boolean column = false;
                for (Val a : cs.args()) {
                    Val b = bind(a, bound);
                    if (b instanceof Lit l && l.value() instanceof String col) {
                        if (!counterName(col)) return false;
                        column = true;
                    } else if (b instanceof Lit l && l.value() instanceof Number num) {
                        if (Math.abs(num.doubleValue()) != 1) return false;
                    } else if (b instanceof Obj o && !o.props().isEmpty() && o.props().values().stream().allMatch(x -> unit(x))) {
                        if (!o.props().keySet().stream().allMatch(this::counterName)) return false;
                        column = true;
                    } else if (b instanceof Obj o && o.props().containsKey("by")) {
                        if (!unit(o.props().get("by"))) return false;
                    } else if (!(b instanceof Obj) || fromClient(b)) return false; // { where: { id } } of an instance's increment
                }
                return column;
            }
            String sql = sqlOf(cs, bound);
            if (sql != null) {
                java.util.regex.Matcher c = SQL_COUNTER.matcher(sql);
                return c.find() && Arrays.stream(c.group(1).split(",")).allMatch(x -> counterName(x.strip().split("\\s*=")[0].replaceAll("[`\"\\[\\]]", "")));
            }
            if (!m.startsWith("update") && !m.startsWith("findOneAndUpdate") && !m.startsWith("findByIdAndUpdate")) return false;
            boolean counter = false;
            for (Val a : cs.args()) {
                Val b = bind(a, bound);
                if (!(b instanceof Obj o)) continue;
                Val data = o.props().get("data");
                if (o.props().containsKey("$inc")) {
                    if (o.props().keySet().stream().anyMatch(k -> !k.equals("$inc"))) return false;
                    if (!(o.props().get("$inc") instanceof Obj inc) || inc.props().isEmpty()) return false;
                    for (Map.Entry<String, Val> e : inc.props().entrySet()) if (!counterName(e.getKey()) || !unit(e.getValue())) return false;
                    counter = true;
                } else if (data instanceof Obj || data instanceof OneOf) {
                    // data: { views: { increment: 1 } }, or vote === 'up' ? { likes: { increment: 1 } } : { dislikes: { increment: 1 } }
                    if (!counterData(data)) return false;
                    counter = true;
                } else if (o.props().keySet().stream().anyMatch(k -> k.startsWith("$"))) return false;
            }
            return counter;
        }

        private boolean counterData(Val data) {
            if (data instanceof OneOf one) return !one.options().isEmpty() && one.options().stream().allMatch(this::counterData);
            if (!(data instanceof Obj d) || d.props().isEmpty()) return false;
            for (Map.Entry<String, Val> e : d.props().entrySet()) {
                if (!counterName(e.getKey()) || !(e.getValue() instanceof Obj step) || step.props().size() != 1) return false;
                Map.Entry<String, Val> only = step.props().entrySet().iterator().next();
                if (!Set.of("increment", "decrement").contains(only.getKey()) || !unit(only.getValue())) return false;
            }
            return true;
        }

        private boolean unit(Val v) {
            return v instanceof Lit l && l.value() instanceof Number n && Math.abs(n.doubleValue()) == 1;
        }

        private boolean counterName(String col) {
            String c = col.contains(".") ? col.substring(col.lastIndexOf('.') + 1) : col;
            return !c.isEmpty() && !NOT_A_COUNTER.matcher(c).matches();
        }

        /**
         * Whether {@code map.set(key, v)} runs only when {@code map.get(key)} of the same map and key found nothing: a guard
         * of the call tests that lookup falsy ({@code let x = map.get(k); if (!x) { .. map.set(k, x) }}).
         */
        private static boolean getOrCreate(CallSite cs, Val recv) {
            if (recv == null) return false;
            for (CallSite.Guard g : cs.guards()) {
                if (g.holds() || !"truthy".equals(g.op())) continue;
                Val left = g.left();
                if (left instanceof OneOf o && o.test() == null && !o.options().isEmpty()) left = o.options().get(0);
                if (left instanceof Call c && c.args().size() == 1 && "get".equals(Vals.lastName(c.callee()))
                        && recv.equals(Analysis.receiver(c.callee())) && c.args().get(0).equals(cs.arg(0))) return true;
            }
            return false;
        }

        /**
         * An upsert that caches a value the server computed: every field it writes besides the key it is matched by holds
         * no request value nor an unknown parameter (a translation or an enrichment fetched from another service).
         */
        private boolean cacheFill(CallSite cs, String m, List<Val> bound) {
            if (!m.equals("upsert") || cs.args().isEmpty()) return false;
            if (!(bind(cs.arg(0), bound) instanceof Obj o)) return false;
            Val where = o.props().get("where");
            if (!(where instanceof Obj) || !(o.props().get("create") instanceof Obj) && !(o.props().get("update") instanceof Obj)) return false;
            Set<String> keys = new HashSet<>();
            keyNames(where, keys, 0);
            boolean stored = false;
            for (String part : List.of("create", "update")) {
                if (!(o.props().get(part) instanceof Obj d)) continue;
                for (Map.Entry<String, Val> e : d.props().entrySet()) {
                    if (keys.contains(e.getKey()) || e.getKey().startsWith("...")) {
                        if (e.getKey().startsWith("...")) return false;
                        continue;
                    }
                    Val v = e.getValue();
                    if (fromClient(v) || Vals.anyPart(v, x -> x instanceof Param || x instanceof Unknown)) return false;
                    if (!(v instanceof Lit)) stored = true;
                }
            }
            return stored;
        }

        /**
         * {@code this.cacheManager.set(key, computed, ttl)}, {@code cache.setEx(key, ttl, value)}: a value put in a store the
         * code holds as a cache, when the value holds nothing the client sent (what the server computed, under a key the
         * request may choose). The next read answers it sooner; no record anyone chose changes.
         */
        private boolean cacheSet(CallSite cs, String m, List<Val> bound, FileFacts file) {
            int at = switch (m) {
                case "set" -> 1;
                case "setEx", "setex", "psetex" -> 2;
                default -> -1;
            };
            if (at < 0 || cs.args().size() <= at) return false;
            Val recv = Analysis.receiver(cs.callee());
            if (recv == null || !CACHE_NAME.matcher(String.valueOf(heldName(recv, file))).matches()) return false;
            Val v = bind(cs.arg(at), bound);
            return !fromClient(v) && !Vals.anyPart(v, x -> x instanceof Param);
        }

        private void keyNames(Val v, Set<String> out, int depth) {
            if (!(v instanceof Obj o) || depth > 3) return;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                out.add(e.getKey());
                keyNames(e.getValue(), out, depth + 1);
            }
        }

        /**
         * A value the client sends that can name a record or a flag: not an anonymous submitter's own name or e-mail, which a
         * log's "user" column may show ({@code user: req.user?.name ?? req.body.reporter_email}).
         */
        private boolean clientReference(Val v) {
            return Vals.anyPart(v, x -> x instanceof Req q && isClientPart(q.part())
                    && (q.path().isEmpty() || !SUBMITTER_LABEL.matcher(q.path().get(q.path().size() - 1)).matches()));
        }

        /** A value the client sends: from the body, the query or the path (not the signed-in user, the session or a header). */
        private boolean fromClient(Val v) {
            return Vals.anyPart(v, x -> x instanceof Req q && isClientPart(q.part()));
        }

        /**
         * A write that stores a field of the session's user (owner: req.session.user._id), read in the same function
         * without optional chaining: without a signed-in session the dereference throws before the write runs.
         */
        private boolean sessionOwned(CallSite cs, Fn f, FileFacts file, List<Val> bound) {
            List<Val> parts = new ArrayList<>();
            for (Val a : cs.args()) parts.add(bind(a, bound));
            Val recv = Analysis.receiver(cs.callee());
            // project.save() of new Project({ owner: .. })
            if (recv != null && project.resolve(recv, file).val() instanceof New n) parts.addAll(n.args());
            for (Val p : parts) {
                Req[] hit = {null};
                Vals.anyPart(p, x -> {
                    if (x instanceof Req q && q.part().equals("session") && q.path().size() >= 2
                            && SESSION_IDENTITY.matcher(q.path().get(0)).matches()) hit[0] = q;
                    return hit[0] != null;
                });
                if (hit[0] == null) continue;
                boolean seen = false;
                for (Fn.Read r : f.reads()) {
                    if (r.location() == null || !(r.value() instanceof Req rq) || !rq.part().equals("session")
                            || !hit[0].path().subList(0, Math.min(rq.path().size(), hit[0].path().size())).equals(rq.path())) continue;
                    // the whole member chain as written from the read on: req.session.user._id, not req.session?.user?._id
                    String text = lineFrom(r.location());
                    java.util.regex.Matcher mm = text == null ? null : MEMBER_CHAIN.matcher(text);
                    if (mm == null || !mm.lookingAt()) return false;
                    String chain = mm.group();
                    if (chain.contains("?.") || chain.split("\\.").length < 4) return false;
                    seen = true;
                }
                if (seen) return true;
            }
            return false;
        }

        /** The method {@code m} of the one module or object a receiver holds besides null/undefined (a conditional require). */
        private Project.FnRef optionalService(Val callee, String m, FileFacts file, Fn f) {
            Val recv = Analysis.receiver(callee);
            if (recv == null) return null;
            Project.Resolved r = project.resolve(recv, file);
            if (!(r.val() instanceof OneOf o)) return null;
            List<Val> live = o.options().stream().filter(x -> !(x instanceof Lit l && l.value() == null)).toList();
            if (live.size() != 1 || live.size() == o.options().size()) return null;
            return analysis.resolveCallee(Val.member(live.get(0), m), r.file(), f);
        }

        /** A project generator a random library made: {@code export const makeId = customAlphabet(chars, 10)}; makeId(16). */
        private boolean generatorMade(Val callee, FileFacts file) {
            if (!(callee instanceof Ref || callee instanceof Local)) return false;
            Project.Resolved r = project.resolve(callee, file);
            if (!(r.val() instanceof Call c) || !RANDOM_METHODS.contains(String.valueOf(Vals.lastName(c.callee())))) return false;
            String lib = project.rootModule(c.callee(), r.file());
            return lib != null && !lib.startsWith(".");
        }

        /** The function starts a query builder with selectFrom and no builder that writes (insertInto, updateTable, deleteFrom...). */
        private boolean onlySelects(Fn f) {
            boolean select = false;
            for (CallSite c : f.calls()) {
                String n = c.methodName();
                if (n == null) continue;
                if (n.equals("selectFrom")) select = true;
                if (Set.of("insertInto", "updateTable", "deleteFrom", "replaceInto", "mergeInto").contains(n)
                        || n.startsWith("execute") && n.toLowerCase(Locale.ROOT).contains("raw")) return false;
            }
            return select;
        }

        /** The name a receiver goes by: its own (a local, an import), or the module binding that holds it. */
        private String heldName(Val recv, FileFacts file) {
            if (recv instanceof Local || recv instanceof Ref || recv instanceof This || recv instanceof Member) return Vals.lastName(recv);
            for (Map.Entry<String, Val> e : file.symbols().entrySet()) if (e.getValue() == recv) return e.getKey();
            return null;
        }

        /**
         * An assignment that changes no stored data nor a value other requests rely on: a statistics counter of the service
         * instance ({@code this.stats.calls++}), a throttle's flag or clock ({@code this.isProcessing = true}), or a key
         * deleted from an object the function was given ({@code delete dto.spaceId}).
         */
        /**
         * res.statusCode = 400, res.locals.user = .., ctx.status = 404, ctx.body = ..: a field of the answer being built,
         * on a parameter (of this function or one it is nested in) named as a response, no stored data.
         */
        private boolean responseField(Location mu, Fn f, List<Fn> all) {
            String text = wholeLine(mu);
            if (text == null) return false;
            java.util.regex.Matcher a = RESPONSE_FIELD_SET.matcher(text.strip());
            if (!a.find()) return false;
            String name = a.group(1);
            if (name.equals("ctx") && !Set.of("status", "body", "type", "message").contains(a.group(2))) return false;
            if (f.params().stream().anyMatch(p -> p.name().equals(name))) return true;
            for (Fn outer : all) {
                if (outer != f && outer.params().stream().anyMatch(p -> p.name().equals(name)) && outer.nested().contains(f)) return true;
            }
            return root != null && root.params().stream().anyMatch(p -> p.name().equals(name));
        }

        /**
         * acc[key] = value in the callback of {@code keys.reduce((acc, key) => .., {})}: the accumulator starts as a literal
         * the call builds, a local of that call.
         */
        private boolean accumulatorParam(Val recv, Fn f, FileFacts file) {
            if (f == null || f.params().isEmpty()) return false;
            Val base = recv;
            for (int i = 0; i < 8 && base instanceof Member mm; i++) base = mm.object();
            if (!(base instanceof Param p) || p.index() != 0 || !f.params().get(0).name().equals(p.name())) return false;
            return reduceStartsLiteral(f, Analysis.functions(file));
        }

        private static boolean reduceStartsLiteral(Fn f, List<Fn> all) {
            for (Fn outer : all) {
                for (CallSite cs : outer.calls()) {
                    String m = cs.methodName();
                    if (!("reduce".equals(m) || "reduceRight".equals(m)) || cs.args().size() < 2) continue;
                    if (cs.arg(0) instanceof FnVal fv && fv.fn() == f) {
                        Val init = cs.arg(1);
                        return init instanceof Obj || init instanceof Arr
                                || init instanceof New n && Set.of("Map", "Set").contains(String.valueOf(Vals.lastName(n.callee())));
                    }
                }
            }
            return false;
        }

        private boolean reduceAccumulator(Location mu, Fn f, List<Fn> all) {
            if (f.params().isEmpty()) return false;
            String text = wholeLine(mu);
            if (text == null) return false;
            // acc[key] = v, also after a test on the same line: if (!acc[key]) acc[key] = { .. }
            String acc = Pattern.quote(f.params().get(0).name());
            if (!Pattern.compile("(^|[^\\w$.])" + acc + "(\\s*\\.\\s*[A-Za-z_$][\\w$]*|\\s*\\[[^\\]]+\\])+\\s*=(?!=)").matcher(text).find()) return false;
            if (reduceStartsLiteral(f, all)) return true;
            FileFacts at = project.files().get(mu.path());
            return at != null && reduceStartsLiteral(f, Analysis.functions(at));
        }

        private boolean localMutation(Location mu, Fn f) {
            String text = wholeLine(mu);
            if (text == null) return false;
            text = text.strip();
            if (INSTANCE_COUNTER.matcher(text).find() || THROTTLE_STATE.matcher(text).find() || BREAKER_STATE.matcher(text).find()) return true;
            // cachedRoot = computed, resultCache[key] = value: a memo of what the server computed (clearing one is no assignment)
            java.util.regex.Matcher c = CACHE_FILL.matcher(text);
            if (c.find() && CACHE_NAME.matcher(c.group(1)).matches()) return true;
            java.util.regex.Matcher d = DELETE_KEY.matcher(text);
            if (d.find() && f.params().stream().anyMatch(p -> p.name().equals(d.group(1)))) return true;
            if (freshLocal(text, mu, f)) return true;
            // if (hidden) copy[key] = '..': the assignment where it starts on its line
            String from = lineFrom(mu);
            return from != null && !from.strip().equals(text) && freshLocal(from.strip(), mu, f);
        }

        /**
         * json.content = .. on a parameter the caller gave a value it computed (doc.toJSON(), JSON.parse(..), an object
         * literal): a transform of that copy, not of stored or shared data. A value read from a container the module
         * holds (orders.find(..)) is shared.
         */
        private boolean freshArgument(Location mu, Fn f, List<Val> args, FileFacts file) {
            if (args == null) return false;
            String text = wholeLine(mu);
            if (text == null) return false;
            java.util.regex.Matcher a = LOCAL_FIELD_SET.matcher(text.strip());
            if (!a.find()) a = MEMBER_SET.matcher(text.strip());
            if (!a.find(0)) return false;
            for (int i = 0; i < f.params().size() && i < args.size(); i++) {
                if (!f.params().get(i).name().equals(a.group(1))) continue;
                Val v = args.get(i);
                if (v instanceof Obj || v instanceof Arr) return !moduleHeld(v, file);
                if (v instanceof Param p) return traversedElement(p, args);
                if (!(v instanceof Call c)) return false;
                Val recv = Analysis.receiver(c.callee());
                if (recv == null) return c.callee() instanceof Global || c.callee() instanceof Ref;
                Val held = project.resolve(recv, file).val();
                return !(held instanceof Arr || held instanceof Obj || held instanceof New n && Set.of("Map", "Set", "Array").contains(Vals.lastName(n.callee())));
            }
            return false;
        }

        /**
         * node.attrs[attr] = .. where the caller passed the node its traversal callback was given:
         * {@code jsonToNode(json).descendants((node) => update(node))}, {@code rows.forEach((row) => fill(row))} on a value the
         * caller built (not one the module holds): an element of an in-memory copy.
         */
        private boolean traversedElement(Param p, List<Val> args) {
            FileFacts callerFile = argFiles.get(args);
            if (callerFile == null) return false;
            for (Fn fn : Analysis.functions(callerFile)) {
                for (CallSite cs : fn.calls()) {
                    if (!TRAVERSALS.contains(String.valueOf(cs.methodName()))) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    if (recv == null || moduleHeld(recv, callerFile) || !(recv instanceof Call || recv instanceof New)) continue;
                    for (Val a : cs.args()) {
                        if (a instanceof FnVal fv && p.index() < fv.fn().params().size() && fv.fn().params().get(p.index()).name().equals(p.name())) return true;
                    }
                }
            }
            return false;
        }

        /**
         * page.content = .., items[i] = ..: a field of a value this function made or fetched: awaited (a record read from
         * storage or a service is a copy), a new array, or what a project function builds as an object literal.
         */
        private boolean freshLocal(String text, Location mu, Fn f) {
            java.util.regex.Matcher a = LOCAL_FIELD_SET.matcher(text);
            // delete sums['']: a key removed from the local's object, as an assignment to it would change it
            if (!a.find()) {
                a = DELETE_KEY.matcher(text);
                if (!a.find()) return false;
            }
            Fn.Named decl = null;
            for (Fn.Named n : f.names()) {
                if (n.name().equals(a.group(1)) && n.value() != null && n.value().line() <= mu.line()) decl = n;
            }
            if (decl == null) return false;
            String init = lineFrom(decl.value());
            if (init == null) return false;
            if (init.startsWith("await ") || FRESH_ARRAY.matcher(init).lookingAt()) return true;
            // const out = Array.isArray(src) ? [...src] : { ...src }: a copy made here whichever branch is taken
            String span = spanText(decl.value());
            if (span != null && FRESH_COPY_CHOICE.matcher(span).matches()) return true;
            FileFacts file = analysis.fnFile(f);
            if (file == null) return false;
            for (CallSite cs : f.calls()) {
                Location at = cs.location();
                if (at == null || at.line() != decl.value().line() || at.column() < decl.value().column()) continue;
                // const error = new Error(message) as UploadError; error.type = type: an object constructed here
                if (cs.isNew() && at.column() == decl.value().column()) return true;
                // const ctx = canvas.getContext('2d') of a canvas made here: drawing on an in-memory bitmap
                if (dev.backcheck.concepts.DrawingSurfaces.makes(project, cs, file)) return true;
                Project.FnRef t = analysis.resolveCallee(cs.callee(), file, f);
                // engine.makeDecision(..) where the module exports new Engine(): a method of a project class instance
                if (t == null) t = Classifier.instanceMethod(project, project.resolve(cs.callee(), file).val(), project.resolve(cs.callee(), file).file());
                return freshReturns(t, cs.args(), 0);
            }
            return false;
        }

        /**
         * Every value the function returns is one it built for this call: an object or array literal, the object the caller
         * passed as a literal ({@code return decision} of a parameter given {@code { .. }}), or what another project function
         * it calls returns fresh (two calls deep).
         */
        private boolean freshReturns(Project.FnRef t, List<Val> args, int depth) {
            if (t == null || t.fn().returns().isEmpty() || depth > 2) return false;
            for (Val r : t.fn().returns()) {
                if (r instanceof Obj || r instanceof Arr) continue;
                // Object.entries(grouped).reduce((acc, ..) => .., {}): the accumulator the call starts from a literal
                if (r instanceof Call rc && "reduce".equals(Vals.lastName(rc.callee())) && rc.args().size() == 2
                        && (rc.args().get(1) instanceof Obj || rc.args().get(1) instanceof Arr)) continue;
                if (r instanceof Param p && p.path().isEmpty() && args != null && p.index() < args.size()
                        && (args.get(p.index()) instanceof Obj || args.get(p.index()) instanceof Arr)) continue;
                if (r instanceof Call c && !(c.callee() instanceof Global)) {
                    Project.FnRef next = analysis.resolveCallee(c.callee(), t.file(), t.fn());
                    if (next != null && next.fn() != t.fn()) {
                        List<Val> bound = new ArrayList<>();
                        for (Val a : c.args()) bound.add(bind(a, args));
                        if (freshReturns(next, bound, depth + 1)) continue;
                    }
                }
                return false;
            }
            return true;
        }

        /**
         * {@code dto.customerId = req.user.id} on a parameter the framework binds to a part of this request ({@code @Body() dto},
         * {@code @Query() q}): the request's own input object, made for this call and gone after it, no stored data.
         */
        private boolean requestInput(Location mu, Fn f) {
            String text = wholeLine(mu);
            if (text == null) return false;
            java.util.regex.Matcher a = PARAM_FIELD_SET.matcher(text.strip());
            if (!a.find()) return false;
            for (Fn.Param p : f.params()) {
                if (p.name().equals(a.group(1)) && p.decorators().stream().anyMatch(d -> d.inputPart() != null)) return true;
            }
            return false;
        }

        /**
         * rows.map(row => { row.label = ..; return row; }): a field set on the element a map callback is given, the
         * array being no value the module holds (those are shared by every request).
         */
        private boolean mappedElement(Location mu, Fn f, List<Fn> all, FileFacts file) {
            String text = wholeLine(mu);
            if (text == null) return false;
            java.util.regex.Matcher a = PARAM_FIELD_SET.matcher(text.strip());
            if (!a.find() || f.params().stream().noneMatch(p -> p.name().equals(a.group(1)))) return false;
            for (Fn g : all) {
                for (CallSite cs : g.calls()) {
                    if (!"map".equals(cs.methodName())) continue;
                    Val recv = Analysis.receiver(cs.callee());
                    if (recv == null || moduleHeld(recv, file)) continue;
                    for (Val v : cs.args()) if (v instanceof FnVal fv && fv.fn() == f) return true;
                }
            }
            return false;
        }

        /** Every choice is null, an array or object literal, or an array made by Promise.all / map / filter / slice / concat. */
        private static boolean freshArrays(OneOf one) {
            boolean some = false;
            for (Val o : one.options()) {
                if (o instanceof Lit l && l.value() == null) continue;
                if (o instanceof Arr || o instanceof Obj) { some = true; continue; }
                if (o instanceof Call c && FRESH_ARRAY_CALLS.contains(String.valueOf(Vals.lastName(c.callee())))
                        && (!Vals.lastName(c.callee()).startsWith("all") || Vals.anyPart(c.callee(), x -> x instanceof Global g && g.name().equals("Promise")))) {
                    some = true;
                    continue;
                }
                return false;
            }
            return some;
        }

        private static final Set<String> FRESH_ARRAY_CALLS = Set.of("all", "allSettled", "map", "filter", "slice", "concat", "flatMap");

        private boolean moduleHeld(Val recv, FileFacts file) {
            for (Val v : file.symbols().values()) if (v == recv) return true;
            return false;
        }

        /** A test that the caller is signed in: req.session.user, req.session.userId, req.user, req.isAuthenticated(). */
        private boolean signedInTest(Val v) {
            if (v instanceof Call c) {
                String n = Vals.lastName(c.callee());
                return "isAuthenticated".equals(n) && Vals.anyPart(c.callee(), x -> x instanceof Req);
            }
            // const userId = req.user?.id || null; if (userId) ..: the signed-in user's id, or a value that is never truthy
            if (v instanceof OneOf o && o.test() == null && !o.options().isEmpty()) {
                boolean user = false;
                for (Val x : o.options()) {
                    if (x instanceof Lit l && (l.value() == null || Boolean.FALSE.equals(l.value()) || "".equals(l.value()))) continue;
                    if (!signedInTest(x)) return false;
                    user = true;
                }
                return user;
            }
            if (!(v instanceof Req q)) return false;
            if (q.part().equals("user")) return true;
            return q.part().equals("session") && !q.path().isEmpty() && SESSION_IDENTITY.matcher(q.path().get(0)).matches();
        }

        private List<String> chain(Val callee) {
            List<String> out = new ArrayList<>();
            Val c = callee;
            for (int i = 0; i < 12 && c != null; i++) {
                if (c instanceof Member mm) {
                    out.add(mm.prop());
                    c = mm.object();
                } else if (c instanceof Call call) {
                    c = call.callee();
                } else {
                    if (c instanceof Param p) out.addAll(p.path());
                    if (c instanceof Local l) out.addAll(l.path());
                    if (c instanceof This t) out.addAll(t.path());
                    if (c instanceof Ref r) out.addAll(r.path());
                    if (c instanceof Global g) out.addAll(g.path());
                    if (c instanceof Req q) out.addAll(q.path());
                    break;
                }
            }
            return out;
        }

        /**
         * A read of an array or object the module holds (orders.find(...)): its result may be changed
         * in place by an assignment the facts do not record, so it is no proof of a read-only handler.
         */
        private boolean inMemory(CallSite cs, FileFacts file) {
            Val recv = Analysis.receiver(cs.callee());
            if (recv == null) return false;
            Val v = project.resolve(recv, file).val();
            return v instanceof Arr || v instanceof Obj || v instanceof New n && Set.of("Map", "Set", "Array").contains(Vals.lastName(n.callee()));
        }

        /** A call that builds the answer, logs, or computes without touching anything outside the handler. */
        private boolean pure(CallSite cs, String m, String root, FileFacts file) {
            if (m == null) return false;
            // values built in memory, errors thrown: new Date(), new RegExp(..), throw new BadRequestException(..)
            if (cs.isNew()) return PURE_CONSTRUCTORS.contains(m) || m.endsWith("Error") || m.endsWith("Exception");
            // parameter decorators evaluated by the framework: @BodyParam('email'), @Body(), @Query('q')
            if (root != null && DECORATOR_PACKAGES.contains(root) && (Character.isUpperCase(m.charAt(0)) || m.equals("createParamDecorator"))) return true;
            // predicates: isValidObjectId(id), isEmail(x)
            if (m.length() > 2 && m.startsWith("is") && Character.isUpperCase(m.charAt(2))) return true;
            // an endpoint class reading its own request (chanfana's this.getValidatedData())
            if (dev.backcheck.frameworks.hono.Chanfana.requestRead(project, cs)) return true;
            // a tsoa-generated route's plumbing: the template service validates the arguments (getValidatedArgs), the
            // controller's setStatus chooses the answer's status; the controller method itself is followed (tsoaTarget)
            if (root != null && TSOA_PACKAGES.contains(root) && TSOA_PLUMBING.contains(m)) return true;
            // a DI container handing out an instance: container.get(AuthController), iocContainer(request) of an
            // inversify Container, and setStatus on the controller it handed out
            if (containerLookup(cs.callee(), cs.args(), file)) return true;
            // createCanvas(w, h), canvas.getContext('2d'): an in-memory bitmap for this call
            if (dev.backcheck.concepts.DrawingSurfaces.makes(project, cs, file)) return true;
            if (root != null && DI_PACKAGES.contains(root) && !(cs.callee() instanceof Member)
                    && project.resolve(cs.callee(), file).val() instanceof New) return true;
            if (m.equals("setStatus") && Analysis.receiver(cs.callee()) instanceof Call lc && containerLookup(lc.callee(), lc.args(), file)) return true;
            Val c = cs.callee();
            for (int i = 0; i < 8 && (c instanceof Member || c instanceof Call); i++) c = c instanceof Member mm ? mm.object() : ((Call) c).callee();
            // Object.assign(target, ..), Object.defineProperty(..): change the object they are given
            if (c instanceof Global g && g.name().equals("Object") && OBJECT_MUTATORS.contains(m)) return false;
            // req.get('origin'), c.req.json(), request.header('x-id'): reads of the request itself
            if (c instanceof Req && REQUEST_ACCESSORS.contains(m)) return true;
            if (c instanceof Global g) return PURE_GLOBALS.contains(g.name()) || PURE_CONSTRUCTORS.contains(g.name());
            // res.json, reply.code(400).send, c.json, c.req.json(): not deps.mailer.send(..) on a parameter of a factory
            if (c instanceof Param && ANSWER_METHODS.contains(m) && answerChain(cs.callee())) return true;
            // log.info(..), this.logger.warn(..), req.log.error(..): a log line changes no data
            if (LOG_METHODS.contains(m) && Analysis.receiver(cs.callee()) != null
                    && LOGGER_NAMES.contains(String.valueOf(Vals.lastName(Analysis.receiver(cs.callee()))).toLowerCase(Locale.ROOT))) return true;
            // c.get('logger').info(..): the request-scoped logger a middleware set on the Hono context
            if (LOG_METHODS.contains(m) && Analysis.receiver(cs.callee()) instanceof Call lc && "get".equals(Vals.lastName(lc.callee()))
                    && lc.args().size() == 1 && LOGGER_NAMES.contains(String.valueOf(Val.constString(lc.args().get(0))).toLowerCase(Locale.ROOT))) return true;
            // next(err), done(): hands the request (or its error) back to the framework
            if (cs.callee() instanceof Param p && p.path().isEmpty() && (m.equals("next") || m.equals("done"))) return true;
            return PURE_METHODS.contains(m);
        }

        /** {@code container.get(AuthController)}, {@code container.resolve(UserService)}: a lookup of a project class's instance. */
        private boolean containerLookup(Val callee, List<Val> args, FileFacts file) {
            String m = Vals.lastName(callee);
            if (m == null || !CONTAINER_LOOKUPS.contains(m) || args.isEmpty() || Analysis.receiver(callee) == null) return false;
            return project.classOf(args.get(0), file) != null;
        }

        /** A DB or cache lookup keyed by a one-time token or code: findFirst({ where: { resetToken } }), redis.get(`otp:${email}`). */
        private boolean storedCode(CallSite cs, String m) {
            // a project helper that checks the code itself: verifyResetCode(email, code), consumeOtp(phone, otp)
            if (CHECK_CODE_METHOD.matcher(m).matches() && !cs.args().isEmpty()) return true;
            // this.requireActiveToken(input.bootstrap_token, 'company_bootstrap'): a helper that insists on the token it is handed
            if (m.startsWith("require") && CHECK_CODE_OBJECT.matcher(m).matches() && !cs.args().isEmpty()) {
                String first = Vals.lastName(cs.arg(0));
                if (first != null && (TOKEN_KEY.matcher(first).matches() || CODE_KEY.matcher(first).matches())) return true;
            }
            if (!LOOKUP_METHODS.contains(m) && !LOOKUP_PREFIX.matcher(m).matches()) return false;
            for (Val a : cs.args()) {
                if (tokenKeyed(a, 0)) return true;
                String shape = a instanceof Tpl || a instanceof Concat ? Vals.shape(a, "") : null;
                if (shape != null && Vals.isDynamicString(a) && CODE_STORAGE_KEY.matcher(shape).matches()) return true;
            }
            return false;
        }

        private boolean tokenKeyed(Val v, int depth) {
            if (!(v instanceof Obj o) || depth > 4) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String k = e.getKey();
                boolean constant = e.getValue() instanceof Lit;
                if (!constant && (TOKEN_KEY.matcher(k).matches() || CODE_KEY.matcher(k).matches())) return true;
                if (!constant && k.equalsIgnoreCase("code")
                        && o.props().keySet().stream().anyMatch(x -> !x.equals(k) && CODE_COMPANION.matcher(x).matches())) return true;
                if (tokenKeyed(e.getValue(), depth + 1)) return true;
            }
            return false;
        }

        private boolean captcha(CallSite cs, String m, String root) {
            String lm = m.toLowerCase(Locale.ROOT);
            if (lm.contains("captcha") || lm.contains("turnstile")) return true;
            if (root != null && (root.contains("captcha") || root.contains("turnstile"))) return true;
            for (Val a : cs.args()) {
                String s = a instanceof Tpl || a instanceof Concat ? Vals.shape(a, "") : Val.constString(a);
                if (s != null && (s.contains("/siteverify") || s.contains("recaptcha") || s.contains("hcaptcha"))) return true;
            }
            return false;
        }

        /**
         * A call that creates a record: create/insert/build, new Model(...), save or a Map's set of a fresh
         * object (not save(user) of a record read before: that is an update).
         */
        private boolean creates(CallSite cs, String m) {
            if (cs.isNew() || CREATE_METHODS.contains(m)) return true;
            if (m.equals("save")) return !cs.args().isEmpty() && (cs.arg(0) instanceof Obj || cs.arg(0) instanceof New);
            if (m.equals("set")) return cs.args().size() == 2 && cs.arg(1) instanceof Obj;
            return false;
        }

        /**
         * A password (or its hash) the client sent: req.body.password, a field passwordHash of the parsed body
         * ({@code const { passwordHash } = c.get('validatedBody') || await c.req.json()}), or a value computed from one.
         */
        private boolean clientSecret(Val v) {
            return Vals.anyPartDeep(v, x -> {
                if (isClientPassword(x)) return true;
                if (!(x instanceof Req || x instanceof Member)) return false;
                String last = Vals.lastName(x);
                return last != null && SECRET_KEY.matcher(last).matches()
                        && Vals.anyPartDeep(x, y -> y instanceof Req q && (q.part().equals("body") || q.part().startsWith("valid:") || q.part().equals("json")), 100);
            }, 200);
        }

        /** A write to a record that holds a principal: userish, an Admin / admins / StaffModel record, createUser(..), or one with a password. */
        private boolean principal(CallSite cs, String m) {
            return ACCOUNT_METHODS.contains(m) || named(cs, n -> isUserWord(n) || isAdminWord(n))
                    || cs.args().stream().anyMatch(a -> hasKey(a, PASSWORD_KEY, 0)); // a record with a password is an account
        }

        /** prisma.user.create, User.create, userRepository.save, new User(...), db.insert(users).values(...). */
        private boolean userish(CallSite cs) {
            return named(cs, RouteBehaviour::isUserWord);
        }

        /** The callee chain, or a table or model handed to it, bears a name {@code word} accepts. */
        private boolean named(CallSite cs, java.util.function.Predicate<String> word) {
            Val c = cs.callee();
            for (int i = 0; i < 6 && c != null; i++) {
                String n = Vals.lastName(c);
                if (word.test(n)) return true;
                if (c instanceof Call call) {
                    for (Val a : call.args()) {
                        String an = a instanceof Local || a instanceof Ref ? Vals.lastName(a) : Val.constString(a);
                        if (word.test(an)) return true;
                    }
                    c = call.callee();
                    continue;
                }
                Val next = Analysis.receiver(c);
                c = next == null && c instanceof Member mm ? mm.object() : next;
            }
            return false;
        }

        private boolean hasKey(Val v, Pattern key, int depth) {
            if (!(v instanceof Obj o) || depth > 3) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (key.matcher(e.getKey()).matches() || hasKey(e.getValue(), key, depth + 1)) return true;
            }
            return false;
        }

        /**
         * An owner field ({@link #OWNER_KEY}) in an object handed to a create, other than the tenant of a tenant this same
         * request makes ({@code tenantId: tenant.id} after {@code tenant = await tx.tenant.create(..)}): a user made
         * for someone's existing record is no sign-up, one made with their own new organisation is.
         */
        private boolean foreignOwner(Val v, List<Val> args, int depth) {
            if (!(v instanceof Obj o) || depth > 3) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String k = e.getKey();
                if (OWNER_KEY.matcher(k).matches() && !(TENANT_KEY.matcher(k).matches() && ofNewTenant(o, args))) return true;
                if (foreignOwner(e.getValue(), args, depth + 1)) return true;
            }
            return false;
        }

        /** An owner or tenant field whose value the request names ({@code tenantId: input.clubId} of a parsed body). */
        private boolean clientNamedOwner(Val v, List<Val> args, int depth) {
            if (!(v instanceof Obj o) || depth > 3) return false;
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                if (OWNER_KEY.matcher(e.getKey()).matches() && Vals.anyPart(bind(e.getValue(), args),
                        x -> x instanceof Req q && !q.part().equals("raw") || dev.backcheck.concepts.SchemaParses.requestValue(x) != null)) return true;
                if (clientNamedOwner(e.getValue(), args, depth + 1)) return true;
            }
            return false;
        }

        private Privileged privilegedField(Val v, List<Val> args, Location at, int depth, boolean tenantMade) {
            if (depth > 4) return null;
            if (v instanceof Obj o) {
                for (Map.Entry<String, Val> e : o.props().entrySet()) {
                    if (NOT_WRITTEN.contains(e.getKey())) continue;
                    String key = e.getKey().toLowerCase(Locale.ROOT);
                    if (PRIVILEGED_FIELDS.contains(key)) {
                        String value = privilegedValue(e.getValue(), args, FLAG_FIELDS.contains(key));
                        // the owner of a tenant made by this same request (a self sign-up that opens a new household or
                        // organisation): a role over the caller's own new records, none over anyone else's
                        // ('super_admin' too on a user row that itself names a tenant record this request creates, tenantId:
                        // tenant.id: the first administrator of that tenant (s28 assetinfo, s30 hrhub sign-ups); a root, system,
                        // platform or global role, or 'superadmin' beside a mere fresh id, stays reported)
                        // (a constant of the server's: 'admin', or a member of its own enum, UserRole.COMPANY_ADMIN (s32 voxi);
                        // not a request value nor a flag)
                        if (value != null && serverConstant(e.getValue(), args) && (!GLOBAL_PRIVILEGE.matcher(value).matches()
                                && (tenantMade && depth > 0 || ofNewTenant(o, args))
                                || !SYSTEM_PRIVILEGE.matcher(value).matches() && ofNewTenantRecord(o, args))) continue;
                        if (value != null) return new Privileged(e.getKey(), value, at);
                    }
                    Privileged p = privilegedField(e.getValue(), args, at, depth + 1, tenantMade);
                    if (p != null) return p;
                }
            } else if (v instanceof Arr a) {
                for (Val x : a.items()) {
                    Privileged p = privilegedField(x, args, at, depth + 1, tenantMade);
                    if (p != null) return p;
                }
            }
            return null;
        }

        /**
         * A record that names its tenant by an id made here: a fresh one ({@code householdId: uuidv4()},
         * {@code crypto.randomUUID()}, {@code new ObjectId()}), the id of a record this request creates
         * ({@code organizationId: org.id} after {@code org = await Organization.create(..)}), or a nested create of the
         * tenant itself ({@code organization: { create: { name } }}).
         */
        private boolean ofNewTenant(Obj o, List<Val> args) {
            return ofNewTenant(o, args, true);
        }

        /** {@link #ofNewTenant} by a tenant record this request creates (its id, a nested create), not a fresh id alone. */
        private boolean ofNewTenantRecord(Obj o, List<Val> args) {
            return ofNewTenant(o, args, false);
        }

        private boolean ofNewTenant(Obj o, List<Val> args, boolean freshIds) {
            for (Map.Entry<String, Val> e : o.props().entrySet()) {
                String k = e.getKey();
                if (!TENANT_KEY.matcher(k).matches()) continue;
                Val v = bind(e.getValue(), args);
                if (freshIds && freshId(v)) return true;
                if (v instanceof Member m && (m.prop().equals("id") || m.prop().equals("_id")) && createCall(m.object())) return true;
                // company = await Company.create(..) on the branch that opens a company, findOne(..) on the one that joins it
                if (v instanceof Member m && (m.prop().equals("id") || m.prop().equals("_id")) && m.object() instanceof OneOf branches
                        && branches.test() == null && branches.options().stream().anyMatch(this::createCall)) return true;
                if (v instanceof Obj rel && rel.props().get("create") instanceof Obj) return true;
            }
            return false;
        }

        /**
         * A create call, also read through what the query builders hand back after it: supabase's {@code const { data: org }
         * = await supabase.from('orgs').insert([..]).select().single()} (the row in {@code data}), drizzle's {@code const
         * [org] = await db.insert(orgs).values(..).returning()}.
         */
        private boolean createCall(Val v) {
            for (int i = 0; i < 8 && v != null; i++) {
                if (v instanceof Member m && (m.prop().equals("data") || m.prop().equals("0"))) {
                    v = m.object();
                    continue;
                }
                if (!(v instanceof Call c) || c.callee() == null) return false;
                String n = Vals.lastName(c.callee());
                if (CREATE_METHODS.contains(n)) return true;
                if (!INSERT_CHAIN_TAIL.contains(n)) return false;
                v = Vals.receiver(c.callee());
            }
            return false;
        }

        private boolean freshId(Val v) {
            if (v instanceof New n) return "ObjectId".equals(Vals.lastName(n.callee()));
            if (!(v instanceof Call c) || !c.args().isEmpty() || c.callee() == null) return false;
            String m = Vals.lastName(c.callee());
            if (m != null && FRESH_ID.contains(m)) return true;
            // import { v4 as uuidv4 } from 'uuid': the call names the export it binds
            return c.callee() instanceof Ref r && ("uuid".equals(r.module()) || "nanoid".equals(r.module()) || "@paralleldrive/cuid2".equals(r.module()));
        }

        /**
         * A privileged value the server writes as a constant: a string literal, or a name of the project's (an enum member,
         * a constant), also as one option of a choice ({@code createCompany ? UserRole.COMPANY_ADMIN : UserRole.AGENT}); no
         * request value in it.
         */
        private boolean serverConstant(Val v, List<Val> args) {
            Val b = bind(v, args);
            if (Vals.anyPart(b, x -> x instanceof Req)) return false;
            List<Val> options = b instanceof OneOf o ? o.options() : List.of(b);
            for (Val x : options) {
                if (x instanceof Lit l && l.value() instanceof String) continue;
                if ((x instanceof Ref || x instanceof Local || x instanceof Global) && Vals.lastName(x) != null) continue;
                return false;
            }
            return !options.isEmpty();
        }

        /** How a privileged field's value reads in a message, or null when it is an ordinary constant (role: 'user'). */
        private String privilegedValue(Val v, List<Val> args, boolean flag) {
            Val b = bind(v, args);
            Req[] req = {null};
            Vals.anyPart(b, x -> {
                if (x instanceof Req q && !q.part().equals("user") && !q.part().equals("session")) {
                    req[0] = q;
                    return true;
                }
                return false;
            });
            if (req[0] != null) return describe(req[0]);
            if (flag && b instanceof Lit l && Boolean.TRUE.equals(l.value())) return "true";
            if (b instanceof Lit l && l.value() instanceof String s && PRIVILEGED_VALUE.matcher(s).matches()) return "'" + s + "'";
            if (b instanceof OneOf o) { // role = body.role === 'x' ? Role.USER : Role.ADMIN
                for (Val x : o.options()) {
                    String s = privilegedValue(x, null, flag);
                    if (s != null) return s;
                }
            }
            if (b instanceof Arr a) {
                for (Val x : a.items()) {
                    String s = privilegedValue(x, null, false);
                    if (s != null) return "[" + s + "]";
                }
            }
            if (!(b instanceof Lit)) {
                String n = Vals.lastName(b);
                if (n != null && PRIVILEGED_VALUE.matcher(n).matches() && (b instanceof Ref || b instanceof Local || b instanceof Global)) {
                    return display(b);
                }
            }
            return null;
        }
    }

    /** Admin, admins, AdminModel, administrators_table, staff, moderators, superusers (same suffixes as users). */
    static boolean isAdminWord(String name) {
        if (name == null) return false;
        String[] tokens = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        if (tokens.length == 0 || !ADMIN_WORDS.contains(tokens[0])) return false;
        for (int i = 1; i < tokens.length; i++) if (!USER_SUFFIXES.contains(tokens[i])) return false;
        return true;
    }

    /** user, Users, UserModel, user.model, usersRepository, accounts_table; not userSettings. */
    static boolean isUserWord(String name) {
        if (name == null) return false;
        String[] tokens = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        if (tokens.length == 0 || !USER_WORDS.contains(tokens[0])) return false;
        for (int i = 1; i < tokens.length; i++) if (!USER_SUFFIXES.contains(tokens[i])) return false;
        return true;
    }

    /** The signed-in user: req.user, req.session, this.request.user (a request-scoped Nest provider). */
    static boolean isSignedInUser(Val v) {
        if (v instanceof Req q) return q.part().equals("user") || q.part().equals("session");
        if (v instanceof This t && t.path().size() >= 2) {
            String a = t.path().get(0).toLowerCase(Locale.ROOT), b = t.path().get(1);
            return (a.equals("request") || a.equals("req")) && (b.equals("user") || b.equals("session"));
        }
        return false;
    }

    /** A request value named like a one-time token or code: req.body.otp, req.query.token, @Body('resetCode'). */
    /** String methods that cut a piece of a text (the piece is still the text's, wherever it goes next). */
    private static final Set<String> TEXT_PIECES = Set.of("slice", "substring", "substr", "toString", "padEnd", "trim");

    /** Calls that open a sealed value with a key: node's decipher, jose's JWE. */
    private static final Set<String> DECRYPT_METHODS = Set.of("createDecipheriv", "createDecipher", "jwtDecrypt", "compactDecrypt");

    /** Whether the function (or a callback inside it) decrypts what it is given ({@link #DECRYPT_METHODS}, crypto.subtle.decrypt). */
    static boolean decrypts(Fn fn) {
        List<Fn> all = new ArrayList<>();
        collect(fn, all, 0);
        for (Fn f : all) {
            for (CallSite cs : f.calls()) {
                String m = cs.methodName();
                if (m == null) continue;
                if (DECRYPT_METHODS.contains(m)) return true;
                if (m.equals("decrypt") && "subtle".equals(Vals.lastName(Analysis.receiver(cs.callee())))) return true;
            }
        }
        return false;
    }

    static boolean isClientCode(Val v) {
        // schema.safeParse(req.body).data.token: the body's token, checked
        Req parsed = dev.backcheck.concepts.SchemaParses.requestValue(v);
        if (parsed != null) v = parsed;
        if (!(v instanceof Req q) || q.path().isEmpty()) return false;
        if (!Set.of("body", "query", "params").contains(q.part())) return false;
        String last = q.path().get(q.path().size() - 1);
        return TOKEN_KEY.matcher(last).matches() || CODE_KEY.matcher(last).matches() || last.equalsIgnoreCase("code");
    }

    /** A request value named like a password: req.body.password, @Body('currentPassword'); not a confirmation copy alone. */
    /** The operators of an equality test. */
    private static final Set<String> EQUALITY = Set.of("===", "==", "!==", "!=");

    static boolean isClientPassword(Val v) {
        Req parsed = dev.backcheck.concepts.SchemaParses.requestValue(v);
        if (parsed != null) v = parsed;
        if (!(v instanceof Req q) || q.path().isEmpty()) return false;
        if (!q.part().equals("body") && !q.part().startsWith("valid:") && !q.part().equals("json")) return false;
        String last = q.path().get(q.path().size() - 1).toLowerCase(Locale.ROOT);
        return (last.equals("password") || last.equals("pass") || last.endsWith("password")) && !last.startsWith("confirm");
    }

    /**
     * The arguments of a visited function as seen from a callback written inside it: a parameter binds to them only when
     * it is the visited function's own (same position and name), not the callback's (rows.forEach((row) => ..)).
     */
    static final class OuterArgs extends AbstractList<Val> {
        final List<Val> args;
        final Fn owner;

        OuterArgs(List<Val> args, Fn owner) {
            this.args = args;
            this.owner = owner;
        }

        @Override
        public Val get(int i) {
            return args.get(i);
        }

        @Override
        public int size() {
            return args.size();
        }

        boolean owns(Param p) {
            return p.index() < owner.params().size() && owner.params().get(p.index()).name().equals(p.name());
        }
    }

    private static Val bindParam(Param p, List<Val> given) {
        List<Val> args = given;
        if (args instanceof OuterArgs o) {
            if (!o.owns(p) && !(o.args instanceof ScopedArgs)) return p;
            args = o.args;
        }
        if (args instanceof ScopedArgs s) {
            Project.Resolved o = s.outer(new Param(p.index(), p.name(), List.of()));
            if (o != null) {
                Val cur = o.val();
                for (String seg : p.path()) cur = Val.member(cur, seg);
                return cur;
            }
        }
        if (p.index() >= args.size()) return p;
        Val cur = args.get(p.index());
        for (String s : p.path()) cur = Val.member(cur, s);
        return cur;
    }

    /** Replaces the parameters in {@code v} by the caller's arguments (members of them kept). */
    public static Val bind(Val v, List<Val> args) {
        if (args == null || v == null) return v;
        return bind(v, args, 0);
    }

    private static Val bind(Val v, List<Val> args, int depth) {
        if (depth > 8) return v;
        if (v instanceof Param p) return bindParam(p, args);
        if (v instanceof Obj o) {
            Map<String, Val> m = new LinkedHashMap<>();
            o.props().forEach((k, x) -> m.put(k, bind(x, args, depth + 1)));
            return Val.obj(m);
        }
        if (v instanceof OneOf o) return new OneOf(o.options().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Tpl t) return new Tpl(t.quasis(), t.holes().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Concat c) return new Concat(c.parts().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Arr a) return new Arr(a.items().stream().map(x -> bind(x, args, depth + 1)).toList());
        if (v instanceof Member m) return Val.member(bind(m.object(), args, depth + 1), m.prop());
        // a conversion of a parameter: new Types.ObjectId(userId), Number(id), id.toString() (s34 savium: findOne({ _id:
        // new Types.ObjectId(tagId), userId: new Types.ObjectId(userId) }) in a service the handler calls)
        if (v instanceof New n && BOUND_CONVERSIONS.contains(String.valueOf(Vals.lastName(n.callee()))))
            return new New(n.callee(), n.args().stream().map(x -> bind(x, args, depth + 1)).toList(), n.site());
        if (v instanceof Call c && BOUND_CONVERSIONS.contains(String.valueOf(Vals.lastName(c.callee())))) {
            Val callee = c.callee() instanceof Member m && c.args().isEmpty() ? Val.member(bind(m.object(), args, depth + 1), m.prop()) : c.callee();
            return new Call(callee, c.args().stream().map(x -> bind(x, args, depth + 1)).toList(), c.site());
        }
        return v;
    }

    /** Calls that convert an id without changing which record it names: their arguments are bound too. */
    private static final Set<String> BOUND_CONVERSIONS = Set.of("ObjectId", "ObjectID", "Number", "String", "parseInt", "BigInt",
            "createFromHexString", "toString", "trim");

    private static boolean receiverMentions(Val callee, String... words) {
        Val c = Analysis.receiver(callee);
        for (int i = 0; i < 3 && c != null; i++) {
            String n = Vals.lastName(c);
            if (n != null) {
                String l = n.toLowerCase(Locale.ROOT);
                for (String w : words) if (l.contains(w)) return true;
            }
            c = Analysis.receiver(c);
        }
        return false;
    }

    private final Map<String, List<String>> sources = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern MEMBER_CHAIN = Pattern.compile("[A-Za-z_$][\\w$]*(\\s*\\??\\.\\s*[A-Za-z_$][\\w$]*)*");

    /** The scanned source line from a location's start on (null when it cannot be read). */
    private static final Pattern REQUEST_USER_SET = Pattern.compile("^\\(?\\s*([A-Za-z_$][\\w$]*)(?:\\s+as\\s+\\w+\\s*\\))?\\.user\\s*=[^=]");

    /** {@code req.user = ..} written at {@code mu}, req being the request parameter of {@code f} (its first or its name). */
    boolean assignsRequestUser(Location mu, Fn f) {
        String text = lineFrom(mu);
        java.util.regex.Matcher m = text == null ? null : REQUEST_USER_SET.matcher(text);
        if (m == null || !m.find()) return false;
        return f.params().stream().anyMatch(p -> p.name().equals(m.group(1)));
    }

    String lineFrom(Location at) {
        if (at.line() < 1) return null;
        List<String> lines = sources.computeIfAbsent(at.path(), k -> dev.backcheck.concepts.SourceLines.read(project, k));
        if (at.line() > lines.size()) return null;
        String line = lines.get(at.line() - 1);
        return line.substring(Math.min(Math.max(0, at.column() - 1), line.length()));
    }

    /** The source text a location spans, its lines joined by a space (null when it cannot be read or spans over 12 lines). */
    String spanText(Location at) {
        if (at.line() < 1 || at.endLine() < at.line() || at.endLine() - at.line() > 12) return null;
        if (lineFrom(at) == null) return null;
        List<String> lines = sources.get(at.path());
        if (lines == null || at.endLine() > lines.size()) return null;
        StringBuilder b = new StringBuilder();
        for (int i = at.line(); i <= at.endLine(); i++) {
            String l = lines.get(i - 1);
            int from = i == at.line() ? Math.min(Math.max(0, at.column() - 1), l.length()) : 0;
            int to = i == at.endLine() ? Math.min(Math.max(from, at.endColumn() - 1), l.length()) : l.length();
            b.append(l, from, to).append(' ');
        }
        return b.toString().strip();
    }

    /** The whole scanned source line of a location (null when it cannot be read). */
    /** function logger() { if (!LOGGER) { .. LOGGER = pino(options); } return LOGGER; }: the one-time set-up of a lazy singleton. */
    private static final Pattern LAZY_RETURN = Pattern.compile("^[^{]*\\{\\s*(?://[^\\n]*\\n\\s*)*if\\s*\\(\\s*([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)?)\\s*\\)\\s*\\{?\\s*return\\s+\\1\\s*;");
    private static final Pattern LAZY_INIT = Pattern.compile("^[^{]*\\{\\s*(?://[^\\n]*\\n\\s*)*if\\s*\\(\\s*!\\s*([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)?)\\s*\\)\\s*\\{");
    /** static getInstance() { if (Foo.instance === null) { Foo.instance = new Foo(); } return Foo.instance; }: the same test spelled as a comparison with null. */
    private static final Pattern LAZY_INIT_NULL = Pattern.compile("^[^{]*\\{\\s*(?://[^\\n]*\\n\\s*)*if\\s*\\(\\s*([A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)?)\\s*===?\\s*(?:null|undefined)\\s*\\)\\s*\\{");

    /**
     * An assignment inside the opening {@code if (!X) {..}} of a function that sets X there and returns it: the first call
     * builds a value the server keeps (a logger, a client) and later calls reuse it; no request decides what is stored.
     */
    boolean lazyInit(Location mu, Fn f) {
        Location fl = f.location();
        if (fl == null || mu == null || !mu.path().equals(fl.path()) || mu.line() < fl.line() || mu.line() > fl.endLine()) return false;
        return lazyInit(f);
    }

    private final Map<Fn, Boolean> lazyFns = Collections.synchronizedMap(new IdentityHashMap<>());

    /** {@link #lazyInit(Location, Fn)} for the whole function (its calls build the value once): read once per function. */
    boolean lazyInit(Fn f) {
        Boolean known = lazyFns.get(f);
        if (known != null) return known;
        boolean r = lazyInitText(f);
        lazyFns.put(f, r);
        return r;
    }

    private boolean lazyInitText(Fn f) {
        Location fl = f.location();
        if (fl == null || fl.endLine() < fl.line() || fl.endLine() - fl.line() > 200) return false;
        List<String> lines = sources.computeIfAbsent(fl.path(), k -> dev.backcheck.concepts.SourceLines.read(project, k));
        if (lines == null || fl.endLine() > lines.size()) return false;
        String text = String.join("\n", lines.subList(fl.line() - 1, fl.endLine()));
        java.util.regex.Matcher m = LAZY_INIT.matcher(text);
        // if (this.pool) return this.pool; .. this.pool = new Pool(..); .. return this.pool;: the same, written the other way
        if (!m.find() && !(m = LAZY_INIT_NULL.matcher(text)).find() && !(m = LAZY_RETURN.matcher(text)).find()) return false;
        String x = Pattern.quote(m.group(1));
        // return X; or a wrapper made around it: return drizzle(dbClient, { schema }); (a database handle over the one client)
        return Pattern.compile("(?<![\\w$.])" + x + "\\s*=(?!=)").matcher(text).find()
                && Pattern.compile("\\breturn\\s+(" + x + "|[\\w$.]+\\(\\s*" + x + "\\b[^;]*\\))\\s*;?\\s*\\}[\\s);,]*$").matcher(text).find();
    }

    private static final Pattern CLIENT_ASSIGN = Pattern.compile("^\\s*([\\w$]+)\\s*=\\s*(?:await\\s+)?(?:new\\s+)?[\\w$.]+\\s*\\(.*");

    /**
     * {@code if (!pool) { pool = createPool(env); }}: a client the module makes the first time it is needed (a connection
     * pool, an SDK instance), whoever asks first; no record or shared answer changes. The assignment of a call's result
     * to a name tested absent a few lines above.
     */
    boolean lazyClient(Location mu) {
        String line = wholeLine(mu);
        if (line == null) return false;
        java.util.regex.Matcher m = CLIENT_ASSIGN.matcher(line);
        if (!m.matches()) return false;
        List<String> lines = sources.get(mu.path());
        if (lines == null) return false;
        Pattern absent = Pattern.compile("\\bif\\s*\\(\\s*(!\\s*" + Pattern.quote(m.group(1)) + "\\s*\\)|" + Pattern.quote(m.group(1))
                + "\\s*(===?|==)\\s*(null|undefined)\\s*\\))");
        for (int i = Math.max(0, mu.line() - 4); i < mu.line(); i++) if (absent.matcher(lines.get(i)).find()) return true;
        return false;
    }

    String wholeLine(Location at) {
        String from = lineFrom(at);
        if (from == null) return null;
        List<String> lines = sources.get(at.path());
        return lines == null ? from : lines.get(at.line() - 1);
    }

    private static void nesting(Fn fn, Map<Fn, Integer> out, int depth) {
        out.putIfAbsent(fn, depth);
        if (depth > 3) return;
        for (Fn n : fn.nested()) nesting(n, out, depth + 1);
    }

    /** A mutation of a variable bound {@code closure:N} functions out, where the function is {@code depth} inside the one read: N <= depth. */
    static boolean closureWithin(Location mu, int depth) {
        String msg = mu.message();
        if (msg == null || !msg.startsWith("closure:")) return false;
        try {
            return Integer.parseInt(msg.substring(8)) <= depth;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void collect(Fn fn, List<Fn> out, int depth) {
        out.add(fn);
        if (depth > 3) return;
        for (Fn n : fn.nested()) collect(n, out, depth + 1);
    }

    /** A request value as a reader writes it: req.body.role. */
    public static String describe(Req q) {
        StringBuilder sb = new StringBuilder("req.").append(q.part().startsWith("valid:") ? q.part().substring(6) : q.part());
        for (String s : q.path()) sb.append('.').append(s);
        return sb.toString();
    }

    /** A call as a reader writes it: prisma.user.update, this.usersService.create, new Order. */
    static String callText(CallSite cs) {
        String c = calleeText(cs.callee(), 0);
        return (cs.isNew() ? "new " : "") + (c == null ? "a call" : c);
    }

    private static String calleeText(Val v, int depth) {
        if (v == null || depth > 6) return null;
        if (v instanceof Ref r) {
            String base = r.export().equals("default") || r.export().equals("*") ? r.module().replaceAll("^.*/", "").replaceAll("\\.[cm]?[jt]sx?$", "") : r.export();
            return base + (r.path().isEmpty() ? "" : "." + String.join(".", r.path()));
        }
        if (v instanceof Local || v instanceof Global) return display(v);
        if (v instanceof Param p) return p.name() + (p.path().isEmpty() ? "" : "." + String.join(".", p.path()));
        if (v instanceof This t) return "this" + (t.path().isEmpty() ? "" : "." + String.join(".", t.path()));
        if (v instanceof Req q) return describe(q);
        if (v instanceof Member mb) {
            String o = calleeText(mb.object(), depth + 1);
            return (o == null ? "…" : o) + "." + mb.prop();
        }
        if (v instanceof Call c) {
            String o = calleeText(c.callee(), depth + 1);
            return (o == null ? "…" : o) + "(..)";
        }
        return Vals.lastName(v);
    }

    private static String display(Val v) {
        if (v instanceof Ref r) return (r.export().equals("default") || r.export().equals("*") ? "" : r.export()) + (r.path().isEmpty() ? "" : (r.export().equals("default") || r.export().equals("*") ? "" : ".") + String.join(".", r.path()));
        if (v instanceof Local l) return l.name() + (l.path().isEmpty() ? "" : "." + String.join(".", l.path()));
        if (v instanceof Global g) return g.name() + (g.path().isEmpty() ? "" : "." + String.join(".", g.path()));
        return String.valueOf(Vals.lastName(v));
    }
}

