package dev.backcheck.lang.facts;

import dev.backcheck.findings.Location;

import java.util.List;

/**
 * What is known about one function (declaration, expression, arrow or method) without its AST.
 *
 * @param name      declared or inferred name ("" when anonymous)
 * @param params    parameters in order
 * @param calls     calls made in the body (not in nested functions), in source order
 * @param reads     request reads in the body, in source order
 * @param returns   values returned (at most a few)
 * @param statuses  HTTP status codes the body responds or throws with (401, 403, 400, ...)
 * @param nested    functions defined inside this one (callbacks etc.)
 * @param throwsTypes names of classes thrown with {@code throw new X(...)}
 * @param checks  values tested by the condition of an {@code if} whose branch rejects the request
 *                (a 4xx other than 401/403/429, a throw, {@code next(err)} or an early return): hand validation
 * @param lenient {@code try} blocks whose {@code catch} swallows the failure: it neither throws, answers,
 *                nor hands an error on ({@code next(err)}), so what fails inside them lets the request through
 * @param authTests what a request must satisfy to get past an {@code if} whose branch answers 401/403
 *                (the test's guards where it is false): {@code if (!key || key !== env.API_KEY) return
 *                res.status(401)...} gives {@code key} truthy and {@code key == env.API_KEY}, recorded even
 *                where no call runs after the check; {@code key && key !== env.API_KEY} gives nothing
 * @param writes  assignments through a computed member key ({@code obj[key][sub] = value}), in source order
 * @param mutations where the body changes something that is not its own local variable: an assignment to a
 *                member ({@code item.done = true}, {@code settings.mode = x}) or to a variable declared outside
 *                the function ({@code todos = todos.filter(..)}), {@code ++}/{@code --} on one, {@code delete obj.k};
 *                a change to a variable (or object literal) of a function this one is written in carries the message
 *                {@code closure:N}, N the number of functions out it is bound (1: the enclosing function)
 * @param catches try statements with a catch clause ({@link Catch})
 * @param loops   loop statements of the body ({@link Loop})
 * @param compares equality comparisons of the body ({@link Compare})
 * @param names   names given to values that hold calls ({@link Named})
 * @param returnGuards per entry of {@code returns}, the enclosing {@code if} tests (early exits included) that hold
 *                where that value is returned, as {@link CallSite#guards} records them for a call; empty when none
 *                (or not recorded): {@code if (LIST.includes(c)) return c;} gives {@code c} the truthy test
 *                {@code LIST.includes(c)}
 * @param thrown  the value of each {@code throw} statement of the body, in source order (at most 32; past that the last
 *                entry is an {@code Unknown("more")}): {@code new Error('Failed')}, the caught error, a call's result;
 *                empty for a front end that does not record them (Java)
 */
public record Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
                 List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
                 List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
                 List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes,
                 List<Location> mutations, List<Catch> catches, List<Loop> loops, List<Compare> compares,
                 List<Named> names, List<List<CallSite.Guard>> returnGuards, List<Val> thrown) implements java.io.Serializable {

    /** A function whose thrown values are not recorded. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes,
              List<Location> mutations, List<Catch> catches, List<Loop> loops, List<Compare> compares,
              List<Named> names, List<List<CallSite.Guard>> returnGuards) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks,
                lenient, authTests, writes, mutations, catches, loops, compares, names, returnGuards, List.of());
    }

    /** A function whose returns' guards are not recorded. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes,
              List<Location> mutations, List<Catch> catches, List<Loop> loops, List<Compare> compares,
              List<Named> names) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks,
                lenient, authTests, writes, mutations, catches, loops, compares, names, List.of());
    }

    /**
     * Hashed by where the function is (name, file, location), not by its whole body. Equal functions are at the same
     * place, so equal ones hash alike (equality stays the record's). A body-deep hash made every hash-keyed set or memo
     * of functions (and of values holding them) cost the function's size at each ask: a committed Next.js vendor chunk
     * held a function so large that one scan ran past 15 minutes (s26 fansupport).
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, file, location);
    }

    /** The guards that hold where the {@code i}th value of {@link #returns} is returned (empty when none are known). */
    public List<CallSite.Guard> returnGuards(int i) {
        return i < returnGuards.size() ? returnGuards.get(i) : List.of();
    }

    /**
     * The {@code i}th returned value as its readers take it: when a membership test of a value it is built from holds
     * where it is returned ({@code if (LIST.includes(col)) return col;}, or after {@code if (!LIST.includes(col)) return
     * 'id';}), the choice that test makes between the value and nothing, as for an item pushed under such a test
     * ({@link Vals#listedChoice}): readers judge the list and what the test lets through there, once. Else the value.
     */
    public Val returnValue(int i) {
        Val v = returns.get(i);
        for (CallSite.Guard g : returnGuards(i)) {
            if (!g.holds() || !"truthy".equals(g.op()) || !(g.left() instanceof Val.Call c) || c.args().size() != 1
                    || !Vals.ALLOW_LIST_METHODS.contains(String.valueOf(Vals.lastName(c.callee())))) continue;
            Val listed = c.args().get(0);
            Val list = Vals.receiver(c.callee());
            if (listed == null || list == null || listed instanceof Val.Lit || listed.equals(list)) continue;
            Val.Test held = new Val.Test(c, "truthy", null, true);
            // the same value written again (the test's call and the return's are two calls): the one the test looked at
            if (Vals.sameValue(v, listed)) return new Val.OneOf(List.of(listed, new Val.Lit("")), held);
            if (Vals.anyPart(v, x -> x.equals(listed))) return new Val.OneOf(List.of(v, new Val.Lit("")), held);
        }
        return v;
    }

    /** Every returned value as {@link #returnValue} gives it. */
    public List<Val> returnValues() {
        if (returnGuards.isEmpty()) return returns;
        List<Val> out = new java.util.ArrayList<>(returns.size());
        for (int i = 0; i < returns.size(); i++) out.add(returnValue(i));
        return out;
    }

    /**
     * An equality comparison in the body ({@code ===}, {@code ==}, {@code !==}, {@code !=}), anywhere in an expression
     * (if-tests, ternaries, returns, callbacks' bodies are their own functions). {@code op} is "==", "!=" or "case";
     * {@code leftName}/{@code rightName} the name each side is written with (an identifier, the last property of a
     * member chain, the callee name of a call; null otherwise), so {@code token === expected} keeps "expected" where
     * the value is inlined. {@code leftKind}/{@code rightKind}: "typeof" for a {@code typeof x} operand, "length"
     * for {@code x.length}/{@code x.size}, else null. A switch case is one too, with op "case". At most 64 per function.
     */
    public record Compare(Val left, String op, Val right, Location location, String leftName, String rightName,
                          String leftKind, String rightKind) implements java.io.Serializable {
        /** A switch case's test ({@code op} "case"): the discriminant matched against the case's value. */
        public boolean caseTest() {
            return "case".equals(op);
        }
    }

    /**
     * A name given to a value that contains a call: {@code const token = ...}, {@code x = ...},
     * {@code obj.resetCode = ...}, {@code { otp: ... }}, a class field {@code secret = ...}; {@code value} spans the
     * value expression. Lets a call be told what it is used for ({@code Math.random()} inside a value named
     * {@code token}). At most 128 per function.
     */
    public record Named(String name, Location value) implements java.io.Serializable {
        public Named {
            name = Names.of(name);
        }
    }

    /**
     * A loop statement of the body: {@code kind} is for-of, for-in, for, while or do-while; {@code span} covers the
     * whole statement (a call whose location lies inside it runs once per iteration); {@code over} is what a for-of or
     * for-in iterates (null for the other kinds, or when unknown). A for-of over a short constant
     * list the front end unrolls is not recorded.
     */
    public record Loop(String kind, Location span, Val over) implements java.io.Serializable {
        public Loop(String kind, Location span) {
            this(kind, span, null);
        }

        /** True when {@code where} lies inside this loop statement. */
        public boolean contains(Location where) {
            if (where == null || span == null || !where.path().equals(span.path())) return false;
            boolean afterStart = where.line() > span.line() || where.line() == span.line() && where.column() >= span.column();
            boolean beforeEnd = where.line() < span.endLine() || where.line() == span.endLine() && where.column() <= span.endColumn();
            return afterStart && beforeEnd && !inHeader(where);
        }

        /** {@code for (const m of await Maker.find())}: the call that gives the items runs once, before the first item. */
        private boolean inHeader(Location where) {
            Val v = over;
            while (v instanceof Val.Member m) v = m.object();
            return v instanceof Val.Call c && c.site() != null && c.site().path().equals(where.path()) && c.site().spans(where);
        }
    }

    /** The loop of this body that {@code where} runs in (the innermost recorded), or null. */
    public Loop loopAround(Location where) {
        Loop in = null;
        for (Loop l : loops) if (l.contains(where)) in = l;
        return in;
    }

    /** A function without recorded loops. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes, List<Location> mutations,
              List<Catch> catches) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, lenient, authTests, writes, mutations, catches, List.of(), List.of(), List.of());
    }

    /**
     * A {@code try} statement with a {@code catch} clause: the try block, the catch body, whether the catch body
     * has no statement at all ({@code catch {}}), and whether it throws (rethrows or throws another error).
     * The calls of the catch body are those of {@link #calls} inside {@code body}.
     */
    public record Catch(Location block, Location body, boolean empty, boolean rethrows) implements java.io.Serializable {
        /** True when {@code where} lies inside the catch body. */
        public boolean inBody(Location where) {
            return within(where, body);
        }

        /** True when {@code where} lies inside the try block. */
        public boolean inBlock(Location where) {
            return within(where, block);
        }

        private static boolean within(Location where, Location l) {
            if (where == null || l == null) return false;
            boolean afterStart = where.line() > l.line() || where.line() == l.line() && where.column() >= l.column();
            boolean beforeEnd = where.line() < l.endLine() || where.line() == l.endLine() && where.column() <= l.endColumn();
            return afterStart && beforeEnd;
        }
    }

    /** A function without recorded catch clauses. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes, List<Location> mutations) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, lenient, authTests, writes, mutations, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * An assignment to a member chain with a computed key, {@code target[key][sub] = value}: the object the
     * chain starts from, every key from the outermost object inward ({@code Lit} for a fixed name), the value,
     * where, and the enclosing {@code if} conditions (as on calls). Only chains with a key that is not a
     * constant are recorded (prototype pollution reads them).
     */
    public record Write(Val target, List<Val> keys, Val value, Location location, List<CallSite.Guard> guards) implements java.io.Serializable { }

    /** A function without recorded computed-key writes. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, lenient, authTests, List.of());
    }

    /**
     * A parameter: name (or "{...}" for a pattern), type name (may be null), decorators, and the
     * default value ({@code auth = apiKeyAuth}), null when it has none.
     */
    public record Param(String name, String type, List<Decorator> decorators, Location location, Val defaultValue) implements java.io.Serializable {
        public Param {
            name = Names.of(name);
            type = Names.of(type);
        }

        public Param(String name, String type, List<Decorator> decorators, Location location) {
            this(name, type, decorators, location, null);
        }
    }

    /** A request read: part (body/query/params/...), where, and the expression read. */
    public record Read(String part, Location location, Val value) implements java.io.Serializable {
        public Read {
            part = Names.of(part);
        }
    }

    /**
     * A value checked by a rejecting guard. {@code kind}: presence ({@code !x}, {@code x == null}),
     * type ({@code typeof}, {@code Number.isInteger}, {@code Array.isArray}, {@code instanceof}),
     * format (a regex {@code test}, {@code isEmail(x)}, {@code isValidObjectId(x)}) or range
     * (length or numeric bounds, equality with a constant, allow-list {@code includes}), or exists (an id-like value
     * whose record lookup, {@code findById(id)}, is tested for presence: it names an existing record, whatever its shape,
     * so it is no sanitiser for injection), or verdict (a type, format or range test in a helper that answers its caller
     * a failure verdict, {@code return { valid: false }}, instead of refusing the request, or a typeof test that keeps the
     * value only when it has the type and puts a literal in its place otherwise, {@code typeof x === 'string' ? x.trim() : ''}:
     * input validation counts it, the injection rules do not take it for a sanitiser).
     */
    public record Check(String kind, Val subject, Location location) implements java.io.Serializable {
        /** A type, format or range test that refuses the request: what the injection rules take for a sanitiser. */
        public boolean sanitises() {
            return !kind.equals("presence") && !kind.equals("exists") && !kind.equals("verdict");
        }
    }

    public Fn {
        name = Names.of(name);
        throwsTypes = Names.of(throwsTypes);
        checks = checks == null ? List.of() : checks;
        lenient = lenient == null ? List.of() : lenient;
        authTests = authTests == null ? List.of() : authTests;
        writes = writes == null ? List.of() : writes;
        mutations = mutations == null ? List.of() : mutations;
        catches = catches == null ? List.of() : catches;
        loops = loops == null ? List.of() : loops;
        compares = compares == null ? List.of() : compares;
        names = names == null ? List.of() : names;
        returnGuards = returnGuards == null ? List.of() : returnGuards;
        thrown = thrown == null ? List.of() : thrown;
    }

    /** A function without recorded mutations. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient, List<CallSite.Guard> authTests, List<Write> writes) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, lenient, authTests, writes, List.of());
    }

    /** A function without recorded authentication tests. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks,
              List<Location> lenient) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, lenient, List.of());
    }

    /** A function without swallowing try blocks. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file, List<Check> checks) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, checks, List.of());
    }

    /** True when {@code where} lies inside a try block whose failure is swallowed. */
    public boolean inLenientTry(Location where) {
        if (where == null) return false;
        for (Location l : lenient) {
            boolean afterStart = where.line() > l.line() || where.line() == l.line() && where.column() >= l.column();
            boolean beforeEnd = where.line() < l.endLine() || where.line() == l.endLine() && where.column() <= l.endColumn();
            if (afterStart && beforeEnd) return true;
        }
        return false;
    }

    /** A function without checks. */
    public Fn(String name, List<Param> params, boolean async, Location location, List<CallSite> calls,
              List<Read> reads, List<Val> returns, List<Integer> statuses, List<Fn> nested,
              List<String> throwsTypes, List<Decorator> decorators, String file) {
        this(name, params, async, location, calls, reads, returns, statuses, nested, throwsTypes, decorators, file, List.of(), List.of());
    }

    public Param param(int i) {
        return i < params.size() ? params.get(i) : null;
    }
}
