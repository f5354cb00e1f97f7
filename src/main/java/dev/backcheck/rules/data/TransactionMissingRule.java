package dev.backcheck.rules.data;

import dev.backcheck.concepts.DbClients;
import dev.backcheck.concepts.RequestPaths;
import dev.backcheck.concepts.SourceLines;
import dev.backcheck.concepts.Timestamps;
import dev.backcheck.findings.Location;
import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;
import dev.backcheck.rules.Rule;
import dev.backcheck.rules.RuleContext;
import dev.backcheck.rules.RuleId;

import java.util.*;
import java.util.regex.Pattern;

/**
 * Two or more writes to the same database on one request path (the handler and the services it calls) with no
 * transaction around them: if a later write fails (a constraint, a timeout, a crash), the earlier ones stay and the data
 * is half-changed (an order without its items, stock taken for no order, a transfer debited and never credited).
 * Not counted: writes inside a transaction ({@code $transaction}, {@code dataSource.transaction}, {@code queryRunner},
 * {@code sequelize.transaction}, {@code session.withTransaction}, {@code knex.transaction}, {@code BEGIN} (also in a project
 * helper that begins and then calls the function it is given: {@code withTransaction(async (c) => ..)}), a
 * {@code @Transactional()} method, a {@code { transaction }} / {@code { session }} option), writes in exclusive
 * branches of one {@code if} or in two {@code case}s of one {@code switch} (each entered by its own label, not by
 * falling through), a write under {@code if (!x)} and one whose arguments read {@code x.prop} (where x is missing the
 * second throws before it writes), a write under a test of a property of what a request handler returned when that
 * handler returns only its answer ({@code res.status(..).json(..)}) or nothing, writes to different libraries (no transaction spans them), audit and log records (a
 * lost log line leaves the data consistent), and MikroORM's flush (one unit of work, one transaction). Prisma queries
 * collected unawaited and handed to {@code $transaction(list)} run in it; a write in the then-block of an {@code if}
 * and one in its {@code else} chain, or a write in a block that ends with {@code return}/{@code throw} and one after
 * that block, never run together (read from the source text, so conjunctions the guards cannot negate count too).
 * Writes in a callback handed to a timer ({@code setImmediate}, {@code setTimeout}, {@code process.nextTick}) run after
 * the request, apart from its own writes, and are not counted with them. The two arms of a conditional expression
 * ({@code c ? await a() : await b()}) never run together; node-oracledb statements made with {@code autoCommit: false}
 * and committed by a later {@code conn.commit()} are one transaction. Also not counted: a write reached through a call
 * made in a catch body (error handling: a counter resynced after a unique violation), a get-or-create
 * ({@link dev.backcheck.concepts.EnsuredRows}), an {@code updated_at}-only touch ({@link Timestamps}), a usage or metering
 * record, a second save in one function of the row the first save gave back, and an update of a row by the id an
 * earlier write on the path made it with, or by the same key as an earlier update ({@link #sameRow}).
 */
@RuleId("data/transaction-missing")
public final class TransactionMissingRule implements Rule {
    private static final Pattern LOG_STORE = Pattern.compile("(?i).*(log|logs|audit|history|histories|activity|activities|event|events|notification|notifications|analytics|metric|metrics|usage|usage_?(?:record|event|entry|log)|usage_?entries|metering)([._-]?(model|entity|repository|repo|table|collection|schema))?s?([.](js|ts|mjs|cjs))?");

    /** A table, model or repository of job runs: {@code discoveryJob}, {@code translation_jobs}, {@code ImportJobRepository}. */
    private static final Pattern JOB_STORE = Pattern.compile("(?i).*jobs?([._-]?(model|entity|repository|repo|table|collection|schema))?s?([.](js|ts|mjs|cjs))?");

    private record W(DbClients.Op op, RequestPaths.Step step) { }

    @Override
    public void check(Project project, RuleContext ctx) {
        Texts texts = new Texts(project);
        DbClients db = DbClients.of(project);
        if (db.ops().stream().noneMatch(o -> o.kind() == DbClients.Kind.WRITE)) return;
        Set<Location> done = new HashSet<>();
        RequestPaths requestPaths = RequestPaths.of(project);
        for (RequestPaths.Path p : requestPaths.paths()) {
            Map<String, List<W>> byLib = new TreeMap<>();
            Set<Location> auditCalls = auditHelperCalls(p);
            for (RequestPaths.Step s : p.steps()) {
                // a timer's callback (setImmediate(async () => ..)) or a promise left running (notify(..).catch(log)) runs
                // apart from the request's writes: its own writes are a unit of their own
                if (s.inTx()) continue;
                // the writes of an audit helper the request calls (logAdminAction(..), recordActivity(..)): a record of
                // what was done, not part of it
                if (s.via().stream().anyMatch(auditCalls::contains)) continue;
                String unit = s.detached() ? " detached at " + s.detachedAt() : "";
                // a function a read also runs (return this.getCart(userId) after a cart write, getCart being GET /cart's
                // own): its writes stand on their own whenever the read is served, a unit apart from the request's
                Location read = readUnit(p, s, requestPaths, texts);
                if (read != null) unit += " read at " + read;
                String src = null;
                for (CallSite cs : s.fn().calls()) {
                    CallIndex.Site site = new CallIndex.Site(s.fn(), s.file(), cs, List.of());
                    DbClients.Op op = db.op(site);
                    if (op == null || op.kind() != DbClients.Kind.WRITE || op.lib().equals("mikro-orm")) continue;
                    if (op.store() != null && (LOG_STORE.matcher(op.store()).matches() || dev.backcheck.concepts.AuditRecords.trailName(op.store()))) continue;
                    // the status and progress of the job record a task left running works for (discoveryJob,
                    // translation_jobs): the task's own bookkeeping, written as the work goes on around slow or external
                    // steps, which must stay when a later step fails (s24 loyalty, s25 leedo; judged F)
                    if (s.detached() && op.store() != null && JOB_STORE.matcher(op.store()).matches()) continue;
                    // an audit record written through a raw call ($executeRawUnsafe(`INSERT INTO saec_auditoria ...`))
                    if (dev.backcheck.concepts.AuditRecords.isAuditWrite(cs)) continue;
                    // a refresh token or session row a sign-in hands out (db.insert(refreshTokens)): where it fails the
                    // sign-in fails and the account's own writes stand as they are; the next sign-in issues another
                    // (revoking tokens, an update or delete, still counts: a password change must end the old sessions)
                    if (ISSUES.contains(String.valueOf(op.method())) && dev.backcheck.concepts.Tokens.credentialStore(op.store())) continue;
                    // the same hand-out kept on the account's own row (usersRepository.update(id, { refreshToken })), where
                    // the value stored is a token, not null (a revocation)
                    List<Val> refresh = dev.backcheck.concepts.Tokens.refreshFieldValues(s.fn(), cs, op);
                    if (refresh != null && refresh.stream().noneMatch(v -> mayBeNull(v, p, s, 0))) continue;
                    if (db.inTransaction(site)) continue;
                    // the migrations a lazily created pool runs on first use (if (!pool) { .. runMigrations(newPool) }):
                    // the process's set-up, not the request's data
                    if (requestPaths.initOnce(p, s, cs)) continue;
                    if (src == null) src = dev.backcheck.concepts.SourceLines.text(project, s.file().path(), 2_000_000);
                    // a clock stamp of the record's last activity (lastLoginAt: new Date()) and nothing else: bookkeeping
                    // that is true whether or not the request's other writes go through; a sweep of expired rows likewise
                    if (Timestamps.onlyLastStamp(s.fn(), cs, op) || Timestamps.savesOnlyLastStamp(s.fn(), cs, op, src)
                            || Timestamps.expirySweep(cs, op, src) || Timestamps.capTrim(s.fn(), cs, op, src)) continue;
                    // a get-or-create: the row is made when missing and an existing one is left as it is (upsert with an
                    // empty update, INSERT .. ON CONFLICT DO NOTHING): run again it changes nothing, like a row made on first use
                    // (not one run per item of a loop: child rows inserted ON CONFLICT DO NOTHING for a record the request
                    // made, s22 solarms tasks.js, are that record's parts)
                    if (s.loop() == null && requestPaths.itemLoop(s.fn(), cs) == null
                            && dev.backcheck.concepts.EnsuredRows.ensuresOnly(cs, op, src)) continue;
                    String caught = caughtApart(s, cs);
                    if (caught == null) caught = caughtOnPath(p, s);
                    if (caught == null) caught = triedApart(p, s, cs, texts, requestPaths);
                    // one item's writes in a per-item try whose catch goes on to the next item: best effort per item,
                    // by the code's choice (a failed item is logged, counted or marked and the others go on)
                    if (ITEM.equals(caught)) continue;
                    // void db.update(..): a write the request leaves running, a unit of its own
                    String own = unit.isEmpty() && requestPaths.voided(s.file(), cs) ? " detached at " + cs.location() : unit;
                    String key = family(op.lib()) + own + (caught == null ? "" : " caught " + caught);
                    byLib.computeIfAbsent(key, k -> new ArrayList<>()).add(new W(op, s));
                }
            }
            List<List<Location>> remote = null;
            for (List<W> ws : byLib.values()) {
                ws.sort(TransactionMissingRule::runOrder);
                List<W> together = together(ws, texts, db, p);
                if (together.size() < 2 || compensated(ws, p)) continue;
                // writes on either side of an awaited outbound HTTP call (a token exchange, an import from a provider's API):
                // no database transaction spans the remote call, and what was written before it must stand whatever the
                // remote answers (a connected account, a consumed one-time state, refreshed tokens); each side is a unit
                if (remote == null) remote = outboundCalls(project, p);
                together = firstUnit(together, remote);
                if (together.size() < 2) continue;
                // every write revokes a credential (a session or token row updated or deleted: a logout, revoke-all):
                // each revocation stands on its own and a retry ends the rest; no account data is left half-changed
                // (s22 buildingos logout, s25 litemaas session revocations). A revocation after a password change or an
                // account's deletion still counts with that write.
                if (together.stream().allMatch(w -> revokes(w.op()))) continue;
                // every write deletes rows of one store, one item at a time in one loop of one function (a cart's gifts
                // that no longer qualify removed one by one): each removal is whole on its own, a failure leaves the items
                // not yet removed as they were, and running it again removes them; no record is left half-made
                if (perItemDeletes(together)) continue;
                W first = together.get(0);
                if (!done.add(first.op().at())) continue;
                StringBuilder others = new StringBuilder();
                for (int i = 1; i < together.size() && i < 4; i++) {
                    W w = together.get(i);
                    others.append(i > 1 ? ", " : "").append(w.op().label()).append(" at ").append(w.op().at().path()).append(':').append(w.op().at().line());
                }
                if (together.size() > 4) others.append(" and ").append(together.size() - 4).append(" more");
                Location apart = first.step().detachedAt();
                String who = apart == null ? p.route().label()
                        : requestPaths.listenerAt(apart) ? p.route().label() + " registers an event listener (at " + apart.path() + ":" + apart.line() + ") that"
                        : p.route().label() + " starts a task it does not wait for (at " + apart.path() + ":" + apart.line() + ") that";
                RuleContext.Builder b = ctx.report(first.op().at(), who + " writes " + together.size() + " times with no transaction: "
                                + first.op().label() + " here, then " + others + ". If a later write fails (a constraint, a timeout, a crash),"
                                + " the earlier ones stay and the data is left half-changed. Run the writes in one transaction.")
                        .related(p.route().location(), p.route().label() + " is declared here")
                        .fix(ctx.meta().fixText(fixKey(first.op().lib())))
                        .property("library", first.op().lib());
                for (int i = 1; i < together.size() && i < 4; i++) b.related(together.get(i).op().at(), "also written here");
                b.add();
            }
        }
    }

    /**
     * The call that entered the outermost function of this step's call chain that a read (a GET route, a GraphQL query)
     * also runs, when the path itself is not such a read; null otherwise.
     */
    private static Location readUnit(RequestPaths.Path p, RequestPaths.Step s, RequestPaths requestPaths, Texts texts) {
        String m = String.valueOf(p.route().method()).toUpperCase(Locale.ROOT);
        if (m.equals("GET") || m.equals("HEAD") || m.equals("QUERY") || s.via().isEmpty()) return null;
        for (int i = 1; i <= s.via().size(); i++) {
            RequestPaths.Step t = i == s.via().size() ? s : stepAt(p, s.via().subList(0, i));
            RequestPaths.Step caller = stepAt(p, s.via().subList(0, i - 1));
            Location call = s.via().get(i - 1);
            if (t != null && caller != null && requestPaths.runsOnRead(t.fn()) && answered(texts, caller.file(), call)) return call;
        }
        return null;
    }

    /**
     * The call's result is what the function answers, written so: {@code return this.getCart(userId)}, or the call
     * handed to the response ({@code res.json(await getCart(id))}): the request ends by reading back what it changed.
     * Read from the text before the call on its line (a value kept in a name and answered later is not this).
     */
    private static final Pattern ANSWERED = Pattern.compile("(?:\\breturn|\\.(?:json|send)\\s*\\()\\s*(?:await\\s+)?[\\w$.]*$");

    private static boolean answered(Texts texts, FileFacts file, Location call) {
        List<String> ls = texts.lines(file);
        if (call.line() < 1 || call.line() > ls.size()) return false;
        String l = ls.get(call.line() - 1);
        String before = l.substring(0, Math.max(0, Math.min(l.length(), call.column() - 1)));
        return ANSWERED.matcher(before).find();
    }

    private static RequestPaths.Step stepAt(RequestPaths.Path p, List<Location> via) {
        for (RequestPaths.Step t : p.steps()) if (t.via().equals(via)) return t;
        return null;
    }

    /**
     * The value may be null where the write runs: a null literal, {@code undefined}, a choice with such an option, or a
     * parameter (or a choice tested on one) that the calling function passes as null. A value the caller computes is
     * taken as set.
     */
    private static boolean mayBeNull(Val v, RequestPaths.Path p, RequestPaths.Step s, int depth) {
        if (v == null || depth > 4) return false;
        if (v instanceof Val.Lit l) return l.value() == null || "".equals(l.value());
        if (v instanceof Val.Global g) return g.name().equals("undefined") && g.path().isEmpty();
        if (v instanceof Val.OneOf o) {
            boolean nullOption = o.options().stream().anyMatch(x -> x instanceof Val.Lit l && l.value() == null
                    || x instanceof Val.Global g && g.name().equals("undefined"));
            // refreshToken ? await hash(refreshToken) : null: null only where the parameter tested is
            if (nullOption && o.test() != null && o.test().op().equals("truthy") && o.test().left() instanceof Val.Param) {
                return mayBeNull(o.test().left(), p, s, depth + 1);
            }
            for (Val x : o.options()) if (mayBeNull(x, p, s, depth + 1)) return true;
            return false;
        }
        if (v instanceof Val.Param prm && prm.path().isEmpty() && !s.via().isEmpty()) {
            Location call = s.via().get(s.via().size() - 1);
            RequestPaths.Step caller = stepAt(p, s.via().subList(0, s.via().size() - 1));
            if (caller == null) return false;
            for (CallSite c : caller.fn().calls()) {
                if (!call.equals(c.location())) continue;
                if (prm.index() >= c.args().size()) return true;
                return mayBeNull(c.args().get(prm.index()), p, caller, depth + 1);
            }
        }
        return false;
    }

    /** The calls on the path to a project helper named for auditing or logging what a request did ({@link dev.backcheck.concepts.AuditRecords#helperName}). */
    private static Set<Location> auditHelperCalls(RequestPaths.Path p) {
        Set<Location> out = new HashSet<>();
        for (RequestPaths.Step s : p.steps()) {
            for (CallSite cs : s.fn().calls()) {
                if (cs.location() != null && dev.backcheck.concepts.AuditRecords.helperName(cs.methodName())) out.add(cs.location());
            }
        }
        return out;
    }

    /**
     * try { await User.create(..); await Doctor.create(..) } catch (e) { await User.deleteOne(..); throw e }: the catch
     * around the writes undoes them by hand (a standalone MongoDB without transactions): the author chose compensation.
     * Also through helpers: {@code const alert = await createAlert(..); try { ..send, save receipts.. } catch (e) {
     * await updateAlertStatus(alert.id, { status: 'failed' }); throw e }}: the catch (or a call in it) writes the store
     * of a write the request made, and the try holds (or calls into) another write: a failure is recorded on, or
     * taken back from, the record the request made.
     */
    private static boolean compensated(List<W> ws, RequestPaths.Path p) {
        for (W undo : ws) {
            // an undo deletes or resets a record of a store the request wrote (User.deleteOne of the User.create before the
            // try, the slot set free again); an insert in the catch (an error log) undoes nothing
            String m = String.valueOf(undo.op().method()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("create") || m.contains("insert") || undo.op().store() == null) continue;
            boolean undoes = ws.stream().anyMatch(w -> w != undo && undo.op().store().equals(w.op().store()));
            if (!undoes) continue;
            List<Location> uv = chain(undo);
            // the level of the chain at which the undo (or a call toward it) sits in a catch body of the function there
            for (int i = 0; i < uv.size(); i++) {
                Location call = uv.get(i);
                List<Location> up = uv.subList(0, i);
                List<Fn> holders = new ArrayList<>();
                if (i == uv.size() - 1) holders.add(undo.op().site().fn());
                else for (RequestPaths.Step t : holders(p, up, call)) holders.add(t.fn());
                for (Fn fn : holders) {
                    // the call toward the undo, or the same function called again in the function (a path is walked
                    // through the first call of each function: updateAlertStatus(..) in the try, then again in the catch)
                    List<Location> calls = new ArrayList<>();
                    calls.add(call);
                    if (i < uv.size() - 1) {
                        CallSite toward = null;
                        for (CallSite x : fn.calls()) if (call.equals(x.location())) toward = x;
                        if (toward != null) {
                            for (CallSite x : fn.calls()) {
                                if (x != toward && x.location() != null && x.callee().equals(toward.callee())) calls.add(x.location());
                            }
                        }
                    }
                    for (Fn.Catch c : fn.catches()) {
                        if (calls.stream().noneMatch(c::inBody)) continue;
                        for (W w : ws) {
                            if (w == undo) continue;
                            List<Location> wv = chain(w);
                            if (wv.size() <= i || !wv.subList(0, i).equals(up)) continue;
                            Location wAt = wv.get(i);
                            if (c.inBlock(wAt) && !c.inBody(wAt) && fn.location() != null && DbClients.within(wAt, fn.location())) return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** The calls that lead to the write, handler first, and the write's own call last. */
    private static List<Location> chain(W w) {
        List<Location> out = new ArrayList<>(w.step().via());
        out.add(w.op().at());
        return out;
    }

    /**
     * Where the failure of this write is absorbed apart from the request's other writes, or null: the write's own promise
     * handed to {@code .catch(..)} ({@code await prisma.incident.create(..).catch((e) => log(e))}). The code says this
     * write may fail while the rest stands: it is not part of one unit with them.
     */
    private static String caughtApart(RequestPaths.Step s, CallSite cs) {
        Location at = cs.location();
        if (at == null) return null;
        // (a write in a catch body stays with the others: it may be the hand-written undo of one of them, see compensated)
        for (Fn.Catch c : s.fn().catches()) if (c.inBody(at)) return null;
        for (CallSite c : s.fn().calls()) {
            if ("catch".equals(c.methodName()) && Vals.receiver(c.callee()) instanceof Val.Call pc && at.equals(pc.site())) return at.path() + ":" + at.line();
        }
        return null;
    }

    /**
     * {@link #caughtApart} for a call on the way to the write: {@code await autoAssignDelivery(..).catch((e) => log(e))} in
     * the handler, whose promise has a catch of its own that hands nothing on (no throw): the code says what that call
     * writes may fail while the rest stands, a best-effort follow-up.
     */
    private static String caughtOnPath(RequestPaths.Path p, RequestPaths.Step s) {
        List<Location> via = s.via();
        for (int i = 0; i < via.size(); i++) {
            Location call = via.get(i);
            if (call == null) continue;
            // the function that makes the call: the step reached by the calls before it, or a function nested in that
            // one (a timer's callback, an async IIFE), which shares its calls on the way
            for (RequestPaths.Step holder : holders(p, via.subList(0, i), call)) {
                for (CallSite c : holder.fn().calls()) {
                    if ("catch".equals(c.methodName()) && Vals.receiver(c.callee()) instanceof Val.Call pc && call.equals(pc.site())
                            && c.args().size() == 1 && c.args().get(0) instanceof Val.FnVal h && h.fn().thrown().isEmpty()) {
                        return call.path() + ":" + call.line();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The steps reached by the calls {@code up} whose function holds the call at {@code call}: the function itself or one
     * written inside it (nested functions share the calls that led to their outer function).
     */
    private static List<RequestPaths.Step> holders(RequestPaths.Path p, List<Location> up, Location call) {
        List<RequestPaths.Step> out = new ArrayList<>();
        for (RequestPaths.Step t : p.steps()) {
            if (t.via().equals(up) && t.fn().location() != null && DbClients.within(call, t.fn().location())) out.add(t);
        }
        return out;
    }

    private static boolean inCatch(W w) {
        Location at = w.op().at();
        for (dev.backcheck.lang.facts.Fn.Catch c : w.op().site().fn().catches()) if (c.inBody(at)) return true;
        return false;
    }

    /**
     * A call on the way to the write sits in a catch body of the function that makes it: the write runs only when
     * something in the try failed, as error handling (a counter resynced after a unique violation, a job marked failed).
     */
    private static boolean calledFromCatch(W w, RequestPaths.Path p) {
        List<Location> via = w.step().via();
        for (int i = 0; i < via.size(); i++) {
            Location call = via.get(i);
            for (RequestPaths.Step t : holders(p, via.subList(0, i), call)) {
                for (Fn.Catch c : t.fn().catches()) if (c.inBody(call)) return true;
            }
        }
        return false;
    }

    /**
     * The write sits under a condition in a block that ends with a {@code throw} at the block's own level, outside a try
     * whose catch would take that throw: the write records the failure the request then raises (a revoked token
     * marked, a failed attempt counted). Nothing after it on the request runs, and a transaction around it would undo
     * the record with the failure.
     */
    private static boolean errorPath(W w, Texts texts) {
        CallSite cs = w.op().site().cs();
        Location at = w.op().at();
        if (cs.guards().isEmpty() || at == null) return false;
        for (Fn.Catch c : w.op().site().fn().catches()) if (c.inBlock(at) && !c.inBody(at) && !c.rethrows()) return false;
        int[] blk = texts.blockAfter(w.step().file(), at);
        return blk != null && blk[1] == 1 && blk[3] == 1;
    }

    /** A catch body that ends the request or hands the failure on: it throws, answers or calls next (or returns: {@link #RETURNS}). */
    private static final Pattern STOPS = Pattern.compile("\\bthrow\\b|\\.(?:status|json|send|code|sendStatus|end|redirect|render)\\s*\\(|\\bnext\\s*\\(|\\bexit\\s*\\(");
    private static final Pattern RETURNS = Pattern.compile("\\breturn\\b");
    /** What {@link #triedApart} answers for a write in a per-item try whose catch goes on with the next item. */
    private static final String ITEM = "per-item";

    /**
     * Where the failure of this write is absorbed apart from the request's other writes, or null: the innermost try
     * around the write (or around a call that leads to it) has a catch that lets the request go on, it neither rethrows
     * nor returns, answers or throws ({@code try { tier = await plans.getEffectiveTier(id) } catch {}}, a per-item
     * {@code try { ..sync one user.. } catch (e) { errors.push(..) }} in a loop). The code says these writes may fail
     * while the rest of the request stands: they are a unit of their own, with the other writes of the same try.
     * A {@code return} in the catch ends the request only in the route's handler: in a callback run per item
     * ({@code calls.map(async (c) => { try { .. } catch (e) { return { error } } })}) it is that item's result, in a
     * helper it hands a value back to its caller, so the tries around that call decide. When the try runs once per
     * item (in a loop of its function, or in such a callback), the answer is {@link #ITEM}: the code makes each item's
     * writes best effort, a failed item is logged or marked and the next goes on (judged so on s18/s19: a per-user
     * sync, a per-recipient blast, one call of a model's tool calls).
     */
    private static String triedApart(RequestPaths.Path p, RequestPaths.Step s, CallSite cs, Texts texts, RequestPaths paths) {
        Location at = cs.location();
        if (at == null) return null;
        List<Location> via = s.via();
        for (int i = via.size(); i >= 0; i--) {
            Location call = i == via.size() ? at : via.get(i);
            List<Fn> holders = new ArrayList<>();
            List<FileFacts> files = new ArrayList<>();
            if (i == via.size()) {
                holders.add(s.fn());
                files.add(s.file());
            } else {
                for (RequestPaths.Step t : holders(p, via.subList(0, i), call)) {
                    holders.add(t.fn());
                    files.add(t.file());
                }
            }
            Fn.Catch inner = null;
            FileFacts innerFile = null;
            Fn holder = null;
            for (int h = 0; h < holders.size(); h++) {
                for (Fn.Catch c : holders.get(h).catches()) {
                    if (!c.inBlock(call) || c.inBody(call) || c.block() == null) continue;
                    if (inner == null || DbClients.within(c.block(), inner.block())) {
                        inner = c;
                        innerFile = files.get(h);
                        holder = holders.get(h);
                    }
                }
            }
            if (inner == null) continue;
            if (inner.rethrows()) continue;
            String body = texts.text(innerFile, inner.body());
            if (body == null) return null;
            // (the catch's own text: from its body's first line to its last, the lines may hold more than the body)
            String clean = body.replaceAll("//[^\\n]*", "");
            if (STOPS.matcher(clean).find()) return null;
            boolean itemCallback = paths.itemCallback(holder);
            if (RETURNS.matcher(clean).find() && !itemCallback) {
                // a helper's catch hands a value back to its caller: the tries around the call decide
                if (holder != p.steps().get(0).fn()) continue;
                return null;
            }
            if (itemCallback || paths.itemLoopAround(holder, inner.block()) != null) return ITEM;
            return inner.body().path() + ":" + inner.body().line();
        }
        return null;
    }

    /** Execution order: the calls that lead to each write (handler first), compared position by position. */
    /** The run-order keys (the calls leading to it, then the call) of each awaited outbound HTTP call on the path. */
    private static List<List<Location>> outboundCalls(Project project, RequestPaths.Path p) {
        List<List<Location>> out = new ArrayList<>();
        for (RequestPaths.Step s : p.steps()) {
            for (CallSite cs : s.fn().calls()) {
                if (!cs.awaited() || cs.location() == null) continue;
                boolean fetch = cs.callee() instanceof Val.Global g && g.name().equals("fetch") && g.path().isEmpty();
                if (!fetch) {
                    String root = project.rootModule(cs.callee(), s.file());
                    if (root == null || !dev.backcheck.concepts.LibrarySinks.HTTP_CLIENTS.contains(root)) continue;
                }
                List<Location> k = new ArrayList<>(s.via());
                k.add(cs.location());
                out.add(k);
            }
        }
        return out;
    }

    /** The writes (in run order) up to the first outbound call that runs between two of them, or from there on when fewer than two come before it. */
    private static List<W> firstUnit(List<W> together, List<List<Location>> remote) {
        if (remote.isEmpty()) return together;
        List<List<W>> units = new ArrayList<>();
        List<W> cur = new ArrayList<>();
        for (int i = 0; i < together.size(); i++) {
            if (i > 0) {
                List<Location> a = key(together.get(i - 1)), b = key(together.get(i));
                if (remote.stream().anyMatch(r -> compareKeys(a, r) < 0 && compareKeys(r, b) < 0)) {
                    units.add(cur);
                    cur = new ArrayList<>();
                }
            }
            cur.add(together.get(i));
        }
        units.add(cur);
        for (List<W> u : units) if (u.size() >= 2) return u;
        return List.of();
    }

    private static List<Location> key(W w) {
        List<Location> k = new ArrayList<>(w.step().via());
        k.add(w.op().at());
        return k;
    }

    private static int compareKeys(List<Location> ka, List<Location> kb) {
        for (int i = 0; i < Math.min(ka.size(), kb.size()); i++) {
            int c = Location.ORDER.compare(ka.get(i), kb.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(ka.size(), kb.size());
    }

    private static int runOrder(W a, W b) {
        List<Location> ka = new ArrayList<>(a.step().via());
        ka.add(a.op().at());
        List<Location> kb = new ArrayList<>(b.step().via());
        kb.add(b.op().at());
        for (int i = 0; i < Math.min(ka.size(), kb.size()); i++) {
            int c = Location.ORDER.compare(ka.get(i), kb.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(ka.size(), kb.size());
    }

    private static String family(String lib) {
        return switch (lib) {
            case "mongoose", "mongodb" -> "mongo";
            default -> lib;
        };
    }

    private static String fixKey(String lib) {
        return switch (lib) {
            case "prisma", "typeorm", "sequelize", "knex", "drizzle", "mongoose", "mongodb" -> lib;
            default -> "sql";
        };
    }

    /**
     * The writes that can run in one request, in path order, one per call site: a write is dropped when it sits in the
     * other branch of an {@code if} than an earlier kept write of the same function.
     */
    private static List<W> together(List<W> ws, Texts texts, DbClients db, RequestPaths.Path p) {
        List<W> out = new ArrayList<>();
        Set<Location> seen = new HashSet<>();
        for (W w : ws) {
            if (!seen.add(w.op().at())) continue;
            if (deadGuard(texts.project, guards(w))) continue;
            // a record made on first use and reused after (let room = find(..); if (!room) room = create(..)): where a
            // later write fails, the record stays and the next request finds it; nothing is half-changed
            if (madeOnFirstUse(texts.project, w, ws, db)) continue;
            // a write on an error path: in a block that then throws (if (data.error === 'invalid_auth') { mark the
            // token revoked; throw .. }): it records the failure and must stay when the request fails
            if (errorPath(w, texts)) continue;
            // a write in a catch block runs when a step failed: a hand-written rollback or a clean-up (a dead device token
            // removed after a failed push), not part of the request's change
            if (inCatch(w)) continue;
            // likewise a write in a function called from a catch block (catch (e) { if (e.code === 'P2002') await
            // this.counters.resync(..) }): it runs because the write before it failed
            if (calledFromCatch(w, p)) continue;
            boolean exclusive = false;
            for (W o : out) {
                if (exclusive(guards(o), guards(w)) || sameRecord(o, w) || sameRow(o, w, p, db) || sameRow(w, o, p, db)
                        || nullExclusive(o, w, texts) || nullExclusive(w, o, texts)
                        || branchExclusive(o, w, texts) || ternaryArms(o, w, texts)) exclusive = true;
            }
            if (!exclusive) out.add(w);
        }
        return out;
    }

    /** Every write is a delete of the same store, made in one function inside the same loop of it. */
    private static boolean perItemDeletes(List<W> ws) {
        String store = null;
        Location loop = null;
        Fn fn = null;
        for (W w : ws) {
            String m = String.valueOf(w.op().method()).toLowerCase(Locale.ROOT);
            if (w.op().lib().equals("sql")) m = String.valueOf(w.op().label()).toLowerCase(Locale.ROOT).replaceFirst("^sql\\s+", "");
            if (!m.startsWith("delete") && !m.equals("destroy") && !m.equals("remove") && !m.equals("del")) return false;
            Location l = RequestPaths.loopOf(w.step().fn(), w.op().site().cs());
            if (w.op().store() == null || l == null) return false;
            if (store == null) {
                store = w.op().store();
                loop = l;
                fn = w.step().fn();
            } else if (!store.equals(w.op().store()) || !loop.equals(l) || fn != w.step().fn()) return false;
        }
        return store != null;
    }

    /** An update or delete of a session or token store ({@link dev.backcheck.concepts.Tokens#credentialStore}). */
    private static boolean revokes(DbClients.Op op) {
        String m = String.valueOf(op.method()).toLowerCase(Locale.ROOT);
        // raw SQL: the statement's own verb (SQL UPDATE on user_sessions)
        if (op.lib().equals("sql")) m = String.valueOf(op.label()).toLowerCase(Locale.ROOT).replaceFirst("^sql\\s+", "");
        return dev.backcheck.concepts.Tokens.credentialStore(op.store())
                && (m.startsWith("update") || m.startsWith("delete") || m.equals("destroy") || m.equals("remove") || m.equals("set"));
    }

    private static final Set<String> MAKES = Set.of("create", "insert", "insertOne", "save", "add");
    private static final Set<String> ISSUES = Set.of("create", "insert", "insertOne", "save", "add", "values", "createMany", "insertMany", "persist");

    /**
     * The write makes a record only where a lookup of the same store found none ({@code let room = await
     * prisma.room.findFirst(..); if (!room) { room = await prisma.room.create(..) }}, {@code if (unit) { id = unit.id }
     * else { id = (await prisma.unit.create(..)).id }}): the record is made on first use and found by every later request. Not when another write runs under the same missing
     * test (a user made on first sign-in with its profile: the profile is made only with the user, so a user left
     * without it stays so).
     */
    private static boolean madeOnFirstUse(Project project, W w, List<W> ws, DbClients db) {
        CallSite cs = w.op().site().cs();
        Fn fn = w.op().site().fn();
        if (!MAKES.contains(String.valueOf(w.op().method())) || cs.location() == null || w.op().store() == null) return false;
        for (CallSite.Guard g : cs.guards()) {
            Val tested = foundNone(g);
            if (tested == null || !lookupOf(project, tested, w, fn, db)) continue;
            boolean alone = true;
            for (W o : ws) {
                if (o == w || o.op().at().equals(w.op().at())) continue;
                boolean through = o.step().fn() == fn || o.step().via().stream().anyMatch(l -> fn.location() != null && DbClients.within(l, fn.location()));
                if (through && guards(o).contains(g)) alone = false;
            }
            if (alone) return true;
        }
        return false;
    }

    /**
     * The value a guard finds empty: {@code !room}, {@code !rows.length}, {@code updated.length === 0} (what was
     * tested), or null.
     */
    private static Val foundNone(CallSite.Guard g) {
        Val v = null;
        if (g.op().equals("truthy") && !g.holds()) v = g.left();
        else if ((g.op().equals("===") || g.op().equals("==")) && g.holds() && g.right() instanceof Val.Lit l
                && l.value() instanceof Double d && d == 0 && g.left() instanceof Val.Member m && m.prop().equals("length")) return m.object();
        if (v instanceof Val.Member m && m.prop().equals("length")) return m.object();
        return v;
    }

    /**
     * The tested value is what a read of the write's own store in {@code fn} found, or what an update of that store
     * changed ({@code const updated = await db.update(assets).set(..).where(..).returning(); if (updated.length === 0)
     * await db.insert(assets).values(row)}, {@code findByIdAndUpdate(..)} then {@code create} where it matched nothing:
     * an update-or-insert of one record): the read's call, or a variable of
     * {@code fn} given that call ({@code const unit = await prisma.unit.findFirst(..)}).
     */
    private static boolean lookupOf(Project project, Val v, W w, Fn fn, DbClients db) {
        List<Location> at = new ArrayList<>();
        if (v instanceof Val.Call c && c.site() != null) at.add(c.site());
        else if (v instanceof Val.Local l && l.path().isEmpty()) {
            for (Fn.Named n : fn.names()) if (l.name().equals(n.name()) && n.value() != null && !DbClients.within(w.op().at(), n.value())) at.add(n.value());
        } else if (v instanceof Val.OneOf o) {
            for (Val x : o.options()) if (lookupOf(project, x, w, fn, db)) return true;
            return false;
        }
        for (CallSite c : fn.calls()) {
            if (c.location() == null || at.stream().noneMatch(a -> DbClients.within(c.location(), a))) continue;
            DbClients.Op read = db.op(new CallIndex.Site(fn, w.op().site().file(), c, List.of()));
            if (read != null && read.kind() == DbClients.Kind.READ && w.op().store().equals(read.store())) return true;
            if (read != null && read.kind() == DbClients.Kind.WRITE && w.op().store().equals(read.store())
                    && String.valueOf(read.method()).toLowerCase(Locale.ROOT).contains("update")) return true;
            // let cart = await this.findCart(userId): a project helper that only reads the write's store and returns it
            if (read == null && project != null && readsOnly(project, fn, w.op().site().file(), c, w.op().store(), db)) return true;
        }
        return false;
    }

    /**
     * The call runs a project function that reads {@code store} and writes nothing, and returns what it reads
     * ({@code findCart(userId) { return this.prisma.cart.findFirst(..) }}): a lookup made through a helper.
     */
    private static boolean readsOnly(Project project, Fn caller, FileFacts file, CallSite c, String store, DbClients db) {
        Project.FnRef t = CallIndex.of(project).resolve(c, file, caller);
        if (t == null || t.fn() == caller) return false;
        FileFacts tf = CallIndex.of(project).fileOf(t.fn());
        if (tf == null) return false;
        boolean reads = false;
        for (CallSite x : t.fn().calls()) {
            DbClients.Op op = db.op(new CallIndex.Site(t.fn(), tf, x, List.of()));
            if (op == null) continue;
            if (op.kind() == DbClients.Kind.WRITE) return false;
            if (store.equals(op.store()) && returns(t.fn(), x.location())) reads = true;
        }
        return reads;
    }

    /**
     * {@code a} (run first) sits in a block of an {@code if} that ends the request ({@code if (expired) { await
     * t.save(); return res.status(409)... }}) and {@code b} runs after that block in the same function; or {@code a}
     * sits in the then-block and {@code b} in the {@code else} (or {@code else if}) chain of the same {@code if}, also
     * when the condition is a conjunction the guards cannot negate. The two never run on one request. Read from the
     * source text: the block around {@code a} is closed by the first unmatched brace after it.
     */
    private static boolean branchExclusive(W a, W b, Texts texts) {
        if (guards(a).isEmpty()) return false;
        List<Location> av = a.step().via(), bv = b.step().via();
        if (bv.size() < av.size() || !bv.subList(0, av.size()).equals(av)) return callsExclusive(av, bv, b, texts);
        Location bAt = bv.size() > av.size() ? bv.get(av.size()) : b.op().at();
        Location aAt = a.op().at();
        Fn fn = a.step().fn();
        if (!bAt.path().equals(aAt.path()) || !DbClients.within(bAt, fn.location()) || (bv.size() == av.size() && b.step().fn() != fn)) return false;
        return apartByBlock(a.step().file(), aAt, bAt, texts);
    }

    /**
     * The paths to {@code a} and {@code b} part at two calls of one function, the call toward {@code a} in a block of an
     * {@code if} that ends the request or whose {@code else} chain holds the call toward {@code b} ({@code if (sms) { return
     * this.loginWithSMS(d) } else { return this.loginWithEmail(d) }}): the two writes never run on one request.
     */
    private static boolean callsExclusive(List<Location> av, List<Location> bv, W b, Texts texts) {
        int k = 0;
        while (k < av.size() && k < bv.size() && av.get(k).equals(bv.get(k))) k++;
        if (k >= av.size()) return false;
        Location aAt = av.get(k), bAt = k < bv.size() ? bv.get(k) : b.op().at();
        if (aAt.path() == null || !aAt.path().equals(bAt.path()) || bAt.line() <= aAt.endLine()) return false;
        FileFacts file = texts.project.files().get(aAt.path());
        if (file == null) return false;
        // both calls in the one innermost function that holds the call toward a
        Fn holder = null;
        for (Fn f : dev.backcheck.model.Analysis.functions(file)) {
            if (f.location() != null && DbClients.within(aAt, f.location())
                    && (holder == null || DbClients.within(f.location(), holder.location()))) holder = f;
        }
        if (holder == null || !DbClients.within(bAt, holder.location())) return false;
        for (Fn f : dev.backcheck.model.Analysis.functions(file)) {
            // (a function nested in the holder that holds only one of them: not one function's branches)
            if (f != holder && f.location() != null && DbClients.within(f.location(), holder.location())
                    && DbClients.within(aAt, f.location()) != DbClients.within(bAt, f.location())) return false;
        }
        return apartByBlock(file, aAt, bAt, texts);
    }

    /**
     * The call at {@code aAt} sits in a block that ends the request, with {@code bAt} after the block, or in the then-block
     * of an {@code if} whose {@code else} chain holds {@code bAt}.
     */
    private static boolean apartByBlock(FileFacts file, Location aAt, Location bAt, Texts texts) {
        // also through enclosing blocks: a write in an inner if of the then-block (if (!user && email) { if (found) update
        // else create } else if (...) { update }) is apart from a write in the outer else chain
        Location from = aAt;
        for (int level = 0; level < 4; level++) {
            int[] blk = texts.blockAfter(file, from);
            if (blk == null || bAt.line() <= blk[0]) return false;
            if (blk[1] == 1) return true;
            if (blk[2] > 0 && bAt.line() <= blk[2]) return true;
            // on from just after the block's (or its else chain's) closing brace: the rest of that line (a `catch (e) {`
            // after a try block) belongs to the enclosing block
            from = new Location(aAt.path(), blk[4], 1, blk[4], blk[5] + 1, null);
        }
        return false;
    }

    /** What separates the two arms of a conditional expression: {@code f(a) : await g(b)}. */
    private static final Pattern TERNARY_ELSE = Pattern.compile("[\\s)]*:\\s*(await\\s+)?[\\s(]*");

    /**
     * The paths to {@code a} and {@code b} part at two calls that are the two arms of one conditional expression
     * ({@code const post = orgId ? await createOrgPost(..) : await createUserPost(..)}): only one of them runs.
     */
    private static boolean ternaryArms(W a, W b, Texts texts) {
        List<Location> ka = new ArrayList<>(a.step().via());
        ka.add(a.op().at());
        List<Location> kb = new ArrayList<>(b.step().via());
        kb.add(b.op().at());
        int k = 0;
        while (k < ka.size() && k < kb.size() && ka.get(k).equals(kb.get(k))) k++;
        if (k >= ka.size() || k >= kb.size()) return false;
        Location x = ka.get(k), y = kb.get(k);
        if (Location.ORDER.compare(x, y) > 0) {
            Location t = x;
            x = y;
            y = t;
        }
        if (x.path() == null || !x.path().equals(y.path())) return false;
        String between = texts.between(x, y);
        return between != null && TERNARY_ELSE.matcher(between).matches();
    }

    /**
     * Two saves of the same record object in one function ({@code user.save()} after setting a token, again after
     * clearing it when the mail fails): each save writes the whole document atomically, the last one wins.
     */
    private static boolean sameRecord(W a, W b) {
        if (a.step().fn() != b.step().fn()) return savedOnInCallee(a, b) || savedAgainAfterCallee(a, b) || savedAgainAfterCallee(b, a);
        // const doc = await Model.create(data); doc.save(): the document create() wrote, saved again as it is
        if (a.op().lib().equals("mongoose") && "create".equals(a.op().method()) && "save".equals(b.op().method())
                && b.op().site().cs().args().isEmpty() && a.op().at() != null) {
            var saved = dev.backcheck.model.Analysis.receiver(b.op().site().cs().callee());
            if (saved instanceof Val.Call sc && a.op().at().equals(sc.site())) return true;
            if (saved instanceof Val.Local sl && sl.path().isEmpty()) {
                for (Fn.Named n : a.step().fn().names()) {
                    if (n.name().equals(sl.name()) && n.value() != null && DbClients.within(a.op().at(), n.value())) return true;
                }
            }
        }
        if (!a.op().method().equals("save") || !b.op().method().equals("save")) return false;
        var ra = dev.backcheck.model.Analysis.receiver(a.op().site().cs().callee());
        var rb = dev.backcheck.model.Analysis.receiver(b.op().site().cs().callee());
        if (ra == null || !ra.equals(rb)) return false;
        List<Val> aa = a.op().site().cs().args(), ba = b.op().site().cs().args();
        if (aa.isEmpty() && ba.isEmpty()) return !(ra instanceof dev.backcheck.lang.facts.Val.This);
        // repo.save(query) and later repo.save(saved), saved being what the first save gave back (or the same object
        // again): one row written twice (a pending row completed after a slow step), each save atomic on its own
        if (aa.size() != 1 || ba.size() != 1) return false;
        Location first = a.op().at();
        // (the facts may give the name's value itself: the first save's call)
        if (ba.get(0) instanceof Val.Call bc && first != null && first.equals(bc.site())) return true;
        if (!(ba.get(0) instanceof Val.Local lb) || !lb.path().isEmpty()) return false;
        if (aa.get(0) instanceof Val.Local la && la.path().isEmpty() && la.name().equals(lb.name())) return true;
        Fn fn = a.step().fn();
        for (Fn.Named n : fn.names()) {
            if (n.name().equals(lb.name()) && n.value() != null && first != null && DbClients.within(first, n.value())) return true;
        }
        return false;
    }

    /**
     * Two writes of one row: an update by the id of the row an earlier write made ({@code const poi = await
     * prisma.poi.create(..); await prisma.poi.update({ where: { id: poi.id } })}, also where the create ran in a function
     * that returns it through any number of {@code return}s and the id is handed down as an argument:
     * {@code updateMessageStatus(message.id)}), or two updates of the same store by the same key in one function
     * ({@code where: { id: ticketId }} twice). Not for writes repeated per item of a loop. Each write is atomic on its own and the row is whole after either, like two saves of one
     * record; the writes may come in either order on the path.
     */
    private static boolean sameRow(W a, W b, RequestPaths.Path p, DbClients db) {
        // (an update, or a save of a row the function looked up by its id: user = findOne({ where: { id } }); save(user))
        if (!updates(b.op()) && !"save".equals(b.op().method())) return false;
        // writes repeated per item of a loop: the earlier items' rows stay when a later one fails
        if (a.step().inLoop() || b.step().inLoop() || RequestPaths.loopOf(a.step().fn(), a.op().site().cs()) != null
                || RequestPaths.loopOf(b.step().fn(), b.op().site().cs()) != null) return false;
        if (a.op().store() == null || !a.op().store().equals(b.op().store()) || !a.op().lib().equals(b.op().lib())) return false;
        // two updates in one function with the same where ({ where: { userId } } twice): the same row(s) written twice
        if (updates(a.op()) && a.step() == b.step() && sameWhere(a, b)) return true;
        Keyed kb = rowKey(b, p, db);
        if (kb == null) return false;
        if (updates(a.op())) {
            // (in one function: two helpers updating one user, a password set and then its sessions revoked, are two
            // changes that belong together)
            Keyed ka = rowKey(a, p, db);
            // (a literal key only where the method names the row by its id: findByIdAndUpdate(SETTINGS_ID, ..) twice)
            boolean byId = String.valueOf(a.op().method()).contains("ById") && String.valueOf(b.op().method()).contains("ById");
            return a.step() == b.step() && ka != null && ka.step() == kb.step() && ka.key().equals(kb.key()) && (byId || !(ka.key() instanceof Val.Lit))
                    && !Vals.anyPart(ka.key(), x -> x instanceof Val.Unknown);
        }
        if (!MAKES.contains(String.valueOf(a.op().method()))) return false;
        // db.insert(executions).values({ id: executionId, .. }) then db.update(executions)..where(eq(executions.id, executionId)):
        // the row made with an id the code chose, then updated by that id
        Keyed given = givenId(a, p);
        if (given != null && given.step() == kb.step() && given.key().equals(kb.key()) && !(given.key() instanceof Val.Lit)
                && !Vals.anyPart(given.key(), x -> x instanceof Val.Unknown)) return true;
        if (!(kb.key() instanceof Val.Member m) || !(m.prop().equals("id") || m.prop().equals("_id"))) return false;
        // the call in the key's function that made the row: the write itself, or the call on the path that leads to it
        List<Location> av = a.step().via(), sv = kb.step().via();
        Location call;
        if (kb.step() == a.step()) call = a.op().at();
        else if (av.size() > sv.size() && av.subList(0, sv.size()).equals(sv)) call = av.get(sv.size());
        else return false;
        boolean made = madeBy(m.object(), call);
        if (!made && m.object() instanceof Val.Local l && l.path().isEmpty()) {
            for (Fn.Named n : kb.step().fn().names()) {
                if (n.name().equals(l.name()) && n.value() != null && DbClients.within(call, n.value())) made = true;
            }
        }
        if (!made) return false;
        // each function from the one called there down to the write returns the next call, and the last the write
        for (int i = sv.size() + 1; i <= av.size() && kb.step() != a.step(); i++) {
            RequestPaths.Step t = i == av.size() ? a.step() : stepAt(p, av.subList(0, i));
            Location next = i == av.size() ? a.op().at() : av.get(i);
            if (t == null || !returns(t.fn(), next)) return false;
        }
        return true;
    }

    /** Both writes name their rows by one where object, written alike ({@code { where: { userId } }}), reading no unknown value. */
    private static boolean sameWhere(W a, W b) {
        List<Val> aa = a.op().site().cs().args(), ba = b.op().site().cs().args();
        if (aa.isEmpty() || ba.isEmpty() || !(aa.get(0) instanceof Val.Obj ao) || !(ba.get(0) instanceof Val.Obj bo)) return false;
        Val wa = ao.props().get("where"), wb = bo.props().get("where");
        return wa instanceof Val.Obj wo && !wo.props().isEmpty() && wa.equals(wb)
                && !Vals.anyPart(wa, x -> x instanceof Val.Unknown || x instanceof Val.Lit);
    }

    /** An update of existing rows: update, updateOne, .. and Mongoose's findByIdAndUpdate / findOneAndUpdate. */
    private static boolean updates(DbClients.Op op) {
        String m = String.valueOf(op.method());
        return m.startsWith("update") || m.endsWith("AndUpdate");
    }

    private record Keyed(Val key, RequestPaths.Step step) { }

    /**
     * The id an update names its row by ({@link DbClients#rowIdOf}), or a save of a row looked up by its id
     * ({@link DbClients#loadedRowId}), followed up through the parameters it is passed in to the function on the path
     * that computes it; null when not an id.
     */
    private static Keyed rowKey(W w, RequestPaths.Path p, DbClients db) {
        Val k = updates(w.op()) ? DbClients.rowIdOf(w.op()) : db.loadedRowId(w.op());
        if (k == null) return null;
        return handedDown(k, w.step(), p);
    }

    /**
     * The value {@code k} of step {@code s} followed up through the parameters it is passed in to the function on the
     * path that computes it ({@code id} of {@code updateExecution(id, ..)} is {@code executionId} of its caller); a field
     * of a parameter ({@code execution.id}) is that field of what the caller hands in.
     */
    private static Keyed handedDown(Val k, RequestPaths.Step s, RequestPaths.Path p) {
        for (int depth = 0; depth < 6 && k instanceof Val.Param prm && !s.via().isEmpty(); depth++) {
            Location call = s.via().get(s.via().size() - 1);
            RequestPaths.Step caller = stepAt(p, s.via().subList(0, s.via().size() - 1));
            if (caller == null) return null;
            Val passed = null;
            for (CallSite c : caller.fn().calls()) {
                if (call.equals(c.location())) passed = prm.index() < c.args().size() ? c.args().get(prm.index()) : null;
            }
            if (passed == null) return null;
            for (String f : prm.path()) {
                passed = passed instanceof Val.Obj o ? o.props().get(f) : passed instanceof Val.Param pp ? new Val.Param(pp.index(), pp.name(), Val.append(pp.path(), f)) : null;
                if (passed == null) return null;
            }
            k = passed;
            s = caller;
        }
        return new Keyed(k, s);
    }

    /** The id a write that makes a row gives it ({@link DbClients#givenIdOf}), followed up the path ({@link #handedDown}). */
    private static Keyed givenId(W w, RequestPaths.Path p) {
        Val id = DbClients.givenIdOf(w.op());
        if (id == null) return null;
        Keyed k = handedDown(id, w.step(), p);
        return k == null || k.key() instanceof Val.Param ? null : k;
    }

    /** The function returns the result of the call at {@code at} ({@code return await repo.save(x)}). */
    private static boolean returns(Fn fn, Location at) {
        for (Val r : fn.returns()) {
            if (madeBy(r, at)) return true;
        }
        return false;
    }

    /** The value is what the call at {@code at} answers ({@link DbClients#answeredBy}). */
    private static boolean madeBy(Val v, Location at) {
        return DbClients.answeredBy(v, at);
    }

    /**
     * {@code repo.save(payout)} and then, in a function the same function calls with that record
     * ({@code return this.finish(payout)}), {@code repo.save(payout)} again on its parameter: one row saved twice (a
     * PROCESSING marker kept before a slow step, then the outcome), each save atomic on its own.
     */
    private static boolean savedOnInCallee(W a, W b) {
        if (!a.op().method().equals("save") || !b.op().method().equals("save")) return false;
        List<Location> av = a.step().via(), bv = b.step().via();
        if (bv.size() != av.size() + 1 || !bv.subList(0, av.size()).equals(av)) return false;
        var ra = dev.backcheck.model.Analysis.receiver(a.op().site().cs().callee());
        var rb = dev.backcheck.model.Analysis.receiver(b.op().site().cs().callee());
        if (ra == null || !ra.equals(rb)) return false;
        List<Val> aa = a.op().site().cs().args(), ba = b.op().site().cs().args();
        if (aa.size() != 1 || ba.size() != 1 || !(ba.get(0) instanceof Val.Param p) || !p.path().isEmpty()) return false;
        // (a name, or the value it holds: the call that found the record)
        if (!(aa.get(0) instanceof Val.Local || aa.get(0) instanceof Val.Param || aa.get(0) instanceof Val.Call)) return false;
        Location call = bv.get(bv.size() - 1);
        for (CallSite c : a.step().fn().calls()) {
            if (!call.equals(c.location())) continue;
            // (the call made after the first save: the record as saved is handed on)
            return a.op().at() != null && Location.ORDER.compare(a.op().at(), call) < 0 && p.index() < c.args().size()
                    && aa.get(0).equals(c.args().get(p.index()));
        }
        return false;
    }

    /**
     * {@code inner} is a save a function answers ({@code return repo.save(defaults)}), {@code outer} a save of the same
     * repository in its caller, of the value that call gave back ({@code settings = await this.createDefaults();
     * Object.assign(settings, dto); await repo.save(settings)}): the record made, then saved again with the change, each
     * save whole on its own.
     */
    private static boolean savedAgainAfterCallee(W inner, W outer) {
        if (!"save".equals(inner.op().method()) || !"save".equals(outer.op().method()) || inner.op().at() == null) return false;
        List<Location> iv = inner.step().via(), ov = outer.step().via();
        if (iv.size() != ov.size() + 1 || !iv.subList(0, ov.size()).equals(ov)) return false;
        var ri = dev.backcheck.model.Analysis.receiver(inner.op().site().cs().callee());
        var ro = dev.backcheck.model.Analysis.receiver(outer.op().site().cs().callee());
        if (ri == null || !ri.equals(ro) || !returns(inner.step().fn(), inner.op().at())) return false;
        List<Val> oa = outer.op().site().cs().args();
        if (oa.size() != 1) return false;
        Location call = iv.get(iv.size() - 1);
        Val saved = oa.get(0);
        if (madeBy(saved, call) || saved instanceof Val.OneOf one && one.options().stream().anyMatch(x -> madeBy(x, call))) return true;
        if (saved instanceof Val.Local l && l.path().isEmpty()) {
            for (Fn.Named n : outer.step().fn().names()) {
                if (n.name().equals(l.name()) && n.value() != null && DbClients.within(call, n.value())) return true;
            }
        }
        return false;
    }

    /** The conditions a write runs under: those of the calls that led to it, then its own. */
    private static List<CallSite.Guard> guards(W w) {
        List<CallSite.Guard> g = new ArrayList<>(w.step().guards());
        g.addAll(w.op().site().cs().guards());
        return g;
    }

    /**
     * The two writes run under opposite outcomes of the same condition, or under equality of one value with two
     * different constants (two {@code case}s of one {@code switch}, each entered only by its own label).
     */
    private static boolean exclusive(List<CallSite.Guard> a, List<CallSite.Guard> b) {
        for (CallSite.Guard ga : a) {
            for (CallSite.Guard gb : b) {
                if (!Objects.equals(ga.left(), gb.left()) || !Objects.equals(ga.op(), gb.op())) continue;
                if (ga.holds() != gb.holds() && Objects.equals(ga.right(), gb.right())) return true;
                if (ga.holds() && gb.holds() && ga.op().equals("==") && distinctConstants(ga.right(), gb.right())) return true;
            }
        }
        // two cases of one switch, one (or both) entered by several labels (case A: case B: { .. }): no label in common
        for (CallSite.Guard ga : a) {
            for (CallSite.Guard gb : b) {
                if (!ga.holds() || !gb.holds() || !Objects.equals(ga.left(), gb.left()) || !ga.op().equals("in") && !gb.op().equals("in")) continue;
                List<Val> la = labels(ga), lb = labels(gb);
                if (la == null || lb == null) continue;
                boolean apart = true;
                for (Val x : la) for (Val y : lb) if (!distinctConstants(x, y)) apart = false;
                if (apart) return true;
            }
        }
        return false;
    }

    /** The constants a guard of equality holds the value to: one for "==", the case labels for "in"; null otherwise. */
    private static List<Val> labels(CallSite.Guard g) {
        if (g.op().equals("==")) return g.right() == null ? null : List.of(g.right());
        if (g.op().equals("in") && g.right() instanceof Val.Arr arr && !arr.items().isEmpty()) return arr.items();
        return null;
    }

    /** Two different literals, or two different keys of one object ({@code Status.Active}, {@code Status.Closed}). */
    private static boolean distinctConstants(Val a, Val b) {
        if (a instanceof Val.Lit la && b instanceof Val.Lit lb) {
            return la.value() != null && lb.value() != null && !la.value().equals(lb.value());
        }
        if (a instanceof Val.Member ma && b instanceof Val.Member mb) {
            return ma.object().equals(mb.object()) && !ma.prop().equals(mb.prop()) && !(Vals.anyPart(ma.object(), x -> x instanceof Val.Req));
        }
        // two keys of one imported object or enum (WEBHOOK_EVENTS.CHECKOUT_COMPLETED, WEBHOOK_EVENTS.INVOICE_PAID)
        if (a instanceof Val.Ref ra && b instanceof Val.Ref rb) {
            return Objects.equals(ra.module(), rb.module()) && Objects.equals(ra.export(), rb.export())
                    && !ra.path().isEmpty() && ra.path().size() == rb.path().size() && !ra.path().equals(rb.path());
        }
        return false;
    }

    /**
     * {@code a} runs only where a value is missing ({@code if (!token) create(...)}) and {@code b}'s own arguments read
     * a property of that same value ({@code upsert({ where: { id: token.id } })}), outside any condition or callback:
     * where the value is missing, evaluating {@code b}'s arguments throws before it writes, so the two never run on one
     * request. Not applied in loops (each turn has its own value), nor when {@code b} reads the property through
     * {@code ?.}, nor to a value that was reassigned (it is then a choice of values, not one).
     */
    private static boolean nullExclusive(W a, W b, Texts texts) {
        if (a.step().fn() != b.step().fn()) return false;
        Fn fn = a.step().fn();
        CallSite ca = a.op().site().cs(), cb = b.op().site().cs();
        if (a.step().loop() != null || fn.loopAround(ca.location()) != null || fn.loopAround(cb.location()) != null) return false;
        for (CallSite.Guard g : ca.guards()) {
            if (!g.op().equals("truthy") || g.holds()) continue;
            Val v = g.left();
            if (!(v instanceof Val.Call || v instanceof Val.Member || v instanceof Val.Param || v instanceof Val.Local)) continue;
            if (cb.guards().contains(g)) continue;
            Set<String> props = new TreeSet<>();
            for (Val arg : cb.args()) dereferenced(arg, v, props, 0);
            if (props.isEmpty()) continue;
            String text = texts.text(b.step().file(), cb.location());
            if (text == null) continue;
            boolean optional = false;
            for (String p : props) if (Pattern.compile("\\?\\.\\s*" + Pattern.quote(p) + "\\b").matcher(text).find()) optional = true;
            if (!optional) return true;
        }
        return false;
    }

    /** The properties read directly off {@code v} in {@code val}, not through a choice of values or a function. */
    private static void dereferenced(Val val, Val v, Set<String> out, int depth) {
        if (val == null || depth > 12 || out.size() > 8) return;
        if (val instanceof Val.Param p && v instanceof Val.Param q && p.index() == q.index() && extends_(p.path(), q.path())) {
            out.add(p.path().get(q.path().size()));
        } else if (val instanceof Val.Local l && v instanceof Val.Local q && l.name().equals(q.name()) && extends_(l.path(), q.path())) {
            out.add(l.path().get(q.path().size()));
        } else if (val instanceof Val.Member m) {
            if (m.object().equals(v)) out.add(m.prop());
            else dereferenced(m.object(), v, out, depth + 1);
        } else if (val instanceof Val.Obj o) {
            for (Val x : o.props().values()) dereferenced(x, v, out, depth + 1);
        } else if (val instanceof Val.Arr a) {
            for (Val x : a.items()) dereferenced(x, v, out, depth + 1);
        } else if (val instanceof Val.Call c) {
            dereferenced(c.callee(), v, out, depth + 1);
            for (Val x : c.args()) dereferenced(x, v, out, depth + 1);
        } else if (val instanceof Val.Concat c) {
            for (Val x : c.parts()) dereferenced(x, v, out, depth + 1);
        }
    }

    private static boolean extends_(List<String> longer, List<String> prefix) {
        return longer.size() > prefix.size() && longer.subList(0, prefix.size()).equals(prefix);
    }

    private static final Set<String> ANSWERS = Set.of("status", "json", "send", "sendStatus", "end", "redirect", "render", "sendFile", "set", "header", "type", "cookie");

    /**
     * A guard on a property of what a request handler returned ({@code const r = await register(req, res);
     * if (r && r.user) ...}) where that handler returns only its answer ({@code return res.status(400).json(..)}), a
     * literal or nothing: the property is never there, so the write under it never runs.
     */
    private static boolean deadGuard(Project project, List<CallSite.Guard> gs) {
        for (CallSite.Guard g : gs) {
            if (!g.op().equals("truthy") || !g.holds() || !(g.left() instanceof Val.Member m) || !(m.object() instanceof Val.Call c) || c.site() == null) continue;
            FileFacts f = project.files().get(c.site().path());
            if (f == null) continue;
            Project.FnRef ref;
            try {
                ref = project.function(c.callee(), f);
            } catch (RuntimeException e) {
                continue;
            }
            if (ref == null || ref.fn().params().size() < 2 || ref.fn().returns().size() >= 8) continue;
            if (c.args().size() < 2 || !(c.args().get(1) instanceof Val.Param)) continue;
            boolean onlyAnswers = true;
            for (Val r : ref.fn().returns()) if (!(r instanceof Val.Lit || answer(r, 1))) onlyAnswers = false;
            if (onlyAnswers) return true;
        }
        return false;
    }

    /** A call chain on the function's response parameter ({@code res.status(400).json(..)}). */
    private static boolean answer(Val v, int resIndex) {
        for (int i = 0; i < 8 && v != null; i++) {
            if (v instanceof Val.Call c) v = c.callee();
            else if (v instanceof Val.Member m) v = m.object();
            else if (v instanceof Val.Param p) return p.index() == resIndex && !p.path().isEmpty() && ANSWERS.contains(p.path().get(0));
            else return false;
        }
        return false;
    }

    private static final Pattern EXIT = Pattern.compile("(return|throw)\\b");

    /** The scanned files' lines, read when a write's text is needed. */
    private static final class Texts {
        private final Project project;
        private final Map<String, List<String>> lines = new HashMap<>();

        Texts(Project project) {
            this.project = project;
        }

        private List<String> lines(FileFacts file) {
            return lines.computeIfAbsent(file.path(), this::read);
        }

        /** The source text of {@code at} (its whole lines), or null when the file cannot be read. */
        private String text(FileFacts file, Location at) {
            List<String> ls = lines.computeIfAbsent(file.path(), this::read);
            if (ls.isEmpty() || at.line() < 1 || at.endLine() > ls.size() || at.endLine() < at.line()) return null;
            StringBuilder sb = new StringBuilder();
            for (int i = at.line(); i <= at.endLine(); i++) sb.append(ls.get(i - 1)).append('\n');
            return sb.toString();
        }

        /** The text after the call at {@code x} up to the call at {@code y} (at most 5 lines apart), or null. */
        private String between(Location x, Location y) {
            List<String> ls = lines.computeIfAbsent(x.path(), this::read);
            if (ls.isEmpty() || x.endLine() < 1 || y.line() > ls.size() || y.line() < x.endLine() || y.line() - x.endLine() > 5) return null;
            StringBuilder sb = new StringBuilder();
            for (int ln = x.endLine(); ln <= y.line(); ln++) {
                String l = ls.get(ln - 1);
                int from = ln == x.endLine() ? Math.max(0, Math.min(l.length(), x.endColumn() - 1)) : 0;
                int to = ln == y.line() ? Math.max(from, Math.min(l.length(), y.column() - 1)) : l.length();
                sb.append(l, from, to).append('\n');
            }
            return sb.toString();
        }

        /**
         * The block around the call at {@code at}: {line of its closing brace, 1 when a {@code return}/{@code throw}
         * at the block's own level follows the call, last line of an {@code else} chain after it (0 when none), 1 when
         * the first such exit is a {@code throw}, line and 0-based column just after the closing brace of the block or of
         * its else chain}; null
         * when the text cannot be read or the block does not close within 400 lines.
         */
        private int[] blockAfter(FileFacts file, Location at) {
            List<String> ls = lines.computeIfAbsent(file.path(), this::read);
            if (ls.isEmpty() || at.endLine() < 1 || at.endLine() > ls.size()) return null;
            int depth = 0, exits = 0, thrown = 0, end = -1, endCol = 0;
            int last = Math.min(ls.size(), at.endLine() + 400);
            int line = at.endLine();
            int col = Math.max(0, Math.min(at.endColumn() - 1, ls.get(line - 1).length()));
            for (; line <= last && end < 0; line++, col = 0) {
                String l = ls.get(line - 1);
                for (int i = col; i < l.length(); i++) {
                    char c = l.charAt(i);
                    if (c == '/' && i + 1 < l.length() && l.charAt(i + 1) == '/') break;
                    if (depth == 0 && exits == 0 && (c == 'r' || c == 't') && (i == 0 || !Character.isJavaIdentifierPart(l.charAt(i - 1)))
                            && EXIT.matcher(l).region(i, l.length()).lookingAt()) {
                        exits = 1;
                        thrown = c == 't' && statementStart(ls, line, i) ? 1 : 0;
                    }
                    if (c == '{') depth++;
                    else if (c == '}' && --depth < 0) {
                        end = line;
                        endCol = i + 1;
                        break;
                    }
                }
            }
            if (end < 0) return null;
            // an else chain: `} else {`, `} else if (...) {`, possibly with `else` on the next line
            int elseEnd = 0, elseCol = 0;
            int ln = end, c0 = endCol;
            while (true) {
                String rest = ln <= ls.size() ? ls.get(ln - 1).substring(Math.min(c0, ls.get(ln - 1).length())).trim() : "";
                if ((rest.isEmpty() || rest.startsWith("//")) && ln < ls.size()) {
                    // the else on a later line, after blank lines or line comments (// Case 2: ...)
                    int k = ln;
                    while (k < ls.size() && k < ln + 12 && (ls.get(k).isBlank() || ls.get(k).trim().startsWith("//"))) k++;
                    if (k >= ls.size()) break;
                    rest = ls.get(k).trim();
                    if (!rest.startsWith("else")) break;
                    ln = k + 1;
                    c0 = ls.get(ln - 1).indexOf("else");
                } else if (!rest.startsWith("else")) break;
                // find the opening brace of the else block, then its close
                int d = 0, closeLine = -1, closeCol = 0;
                boolean opened = false;
                for (int k = ln; k <= Math.min(ls.size(), ln + 400) && closeLine < 0; k++) {
                    String l = ls.get(k - 1);
                    for (int i = k == ln ? c0 : 0; i < l.length(); i++) {
                        char c = l.charAt(i);
                        if (c == '{') {
                            d++;
                            opened = true;
                        } else if (c == '}' && --d == 0 && opened) {
                            closeLine = k;
                            closeCol = i + 1;
                            break;
                        }
                    }
                }
                if (closeLine < 0) break;
                elseEnd = closeLine;
                elseCol = closeCol;
                ln = closeLine;
                c0 = closeCol;
            }
            return new int[]{end, exits, elseEnd, thrown, elseEnd > 0 ? elseEnd : end, elseEnd > 0 ? elseCol : endCol};
        }

        /**
         * The word at {@code col} of line {@code line} starts a statement of its block: nothing but {@code ;}, {@code {}
         * or a closing brace before it, not the body of an unbraced {@code if (..) throw ..} or {@code else throw ..}.
         */
        private static boolean statementStart(List<String> ls, int line, int col) {
            String before = ls.get(line - 1).substring(0, col).strip();
            for (int k = line - 1; before.isEmpty() && k >= 1 && k > line - 4; k--) {
                before = ls.get(k - 1).replaceAll("//.*$", "").strip();
            }
            return before.isEmpty() || before.endsWith(";") || before.endsWith("{") || before.endsWith("}");
        }

        private List<String> read(String rel) {
            return SourceLines.read(project, rel);
        }
    }
}
