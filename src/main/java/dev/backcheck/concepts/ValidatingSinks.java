package dev.backcheck.concepts;

import dev.backcheck.lang.facts.CallSite;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Import;
import dev.backcheck.lang.facts.Val;
import dev.backcheck.lang.facts.Vals;
import dev.backcheck.model.Project;

import java.util.Map;
import java.util.Set;

/**
 * Library calls that validate what they are handed before anything else reads it: the value given there is checked by
 * the library's own schema, as if the project had parsed it with one. Known so far:
 * <ul>
 *   <li>the transports of {@code @modelcontextprotocol/sdk}: {@code StreamableHTTPServerTransport.handleRequest(req, res,
 *       parsedBody)} and {@code SSEServerTransport.handlePostMessage(req, res, parsedBody)} / {@code handleMessage(message)}
 *       parse each message with {@code JSONRPCMessageSchema} (zod) and answer a JSON-RPC error for anything else;
 *       {@code InMemoryTransport.send(message)} delivers the message to the linked SDK server, whose protocol layer
 *       drops what is not a JSON-RPC request, response or notification and parses each request with the schema its
 *       method registered ({@code setRequestHandler}), tool arguments with the tool's input schema.</li>
 * </ul>
 * A call is taken for one by the module the receiver comes from, or, when the receiver is not resolved (a transport
 * kept in a session map), by a method only that transport class has in a file that imports it.
 */
public final class ValidatingSinks {
    private ValidatingSinks() { }

    private static final String MCP = "@modelcontextprotocol/sdk";

    /** Method → index of the argument the SDK validates. */
    private static final Map<String, Integer> MCP_SERVER_TRANSPORT = Map.of("handleRequest", 2, "handlePostMessage", 2, "handleMessage", 0);
    private static final Map<String, Integer> MCP_IN_MEMORY = Map.of("send", 0);

    /** Modules of the SDK that export the transports above. */
    private static final Set<String> SERVER_TRANSPORT_MODULES = Set.of("server/streamableHttp", "server/sse", "server/webStandardStreamableHttp");

    /** The library that validates the argument {@link #validatedArg} names (the only one known so far). */
    public static String library() {
        return MCP;
    }

    /**
     * The index of the argument of {@code cs} a library validates before using it, or -1. {@code root} is the module the
     * callee comes from when known.
     */
    public static int validatedArg(Project project, CallSite cs, String method, String root, FileFacts file) {
        if (method == null || file == null) return -1;
        Integer server = MCP_SERVER_TRANSPORT.get(method), memory = MCP_IN_MEMORY.get(method);
        if (server == null && memory == null) return -1;
        return transportArg(project, cs, root, file, server, memory);
    }

    /**
     * A call that hands an HTTP exchange to an MCP SDK server transport ({@code transport.handleRequest(req, res[, body])},
     * {@code handlePostMessage(req, res[, body])}): the endpoint speaks the Model Context Protocol, whose client and
     * server agree on the protocol version themselves (initialize's {@code protocolVersion}, the
     * {@code MCP-Protocol-Version} header), and describe their tools through it.
     */
    public static boolean mcpServerTransportCall(Project project, CallSite cs, FileFacts file) {
        String method = cs.methodName();
        if (file == null || method == null || !method.equals("handleRequest") && !method.equals("handlePostMessage")) return false;
        // the exchange itself: (req, res) first, whatever follows (GET and DELETE hand no body)
        if (cs.args().size() < 2) return false;
        String root = project.rootModule(cs.callee(), file);
        if (transportArg(project, cs, root, file, 0, null) >= 0) return true;
        // the receiver not resolved (a transport picked from a session map by a conditional): the whole request handed
        // first, in a file that imports one of the SDK's server transports
        if (root != null || !(cs.arg(0) instanceof Val.Req q) || !q.path().isEmpty()) return false;
        for (Import i : file.imports().values()) {
            String m = i.module();
            if (m != null && m.startsWith(MCP + "/") && fromModule(cs, m, 0, null) >= 0) return true;
        }
        return false;
    }

    private static int transportArg(Project project, CallSite cs, String root, FileFacts file, Integer server, Integer memory) {
        if (root != null) return fromModule(cs, root, server, memory);
        if (!(cs.callee() instanceof Val.Member mm)) return -1;
        // let transport = sessions[sid]; if (!transport) transport = new StreamableHTTPServerTransport(..): one of the
        // values the receiver may hold is made by the SDK, the others are unresolved (a session map)
        Val recv = project.resolve(mm.object(), file).val();
        if (recv instanceof Val.OneOf o) {
            for (Val x : o.options()) {
                String r = project.rootModule(x instanceof Val.New n ? n.callee() : x, file);
                if (r != null && (r.equals(MCP) || r.startsWith(MCP + "/"))) return fromModule(cs, r, server, memory);
            }
        }
        // an unresolved receiver named a transport (this.transports[sessionId].handleRequest(...)), or an entry of a
        // map of the module (const transports = {} ... transports[sid].handleRequest(...)), in a file that imports the
        // class the method belongs to
        if (!namedTransport(mm.object()) && !(mm.object() instanceof Val.Member e && e.object() instanceof Val.Obj)) return -1;
        for (Import i : file.imports().values()) {
            String m = i.module();
            if (m == null || !m.startsWith(MCP + "/")) continue;
            int at = fromModule(cs, m, server, memory);
            if (at >= 0) return at;
        }
        return -1;
    }

    /** The argument index when {@code module} is the SDK module of the transport that has the method, else -1. */
    private static int fromModule(CallSite cs, String module, Integer server, Integer memory) {
        if (!module.equals(MCP) && !module.startsWith(MCP + "/")) return -1;
        String sub = module.equals(MCP) ? "" : module.substring(MCP.length() + 1).replaceAll("\\.js$", "").replaceFirst("^dist/(esm|cjs)/", "");
        if (server != null && SERVER_TRANSPORT_MODULES.contains(sub)) return argAt(cs, server);
        if (memory != null && sub.equals("inMemory")) return argAt(cs, memory);
        return -1;
    }

    /** transport, serverTransport, transports[sid], this.transport: a receiver whose name says it is one. */
    private static boolean namedTransport(Val v) {
        for (int i = 0; i < 4 && v != null; i++) {
            java.util.List<String> names = new java.util.ArrayList<>();
            if (v instanceof Val.Member m) names.add(m.prop());
            else if (v instanceof Val.Local l) {
                names.add(l.name());
                names.addAll(l.path());
            } else if (v instanceof Val.This t) names.addAll(t.path());
            else if (v instanceof Val.Ref r) {
                names.add(r.export());
                names.addAll(r.path());
            } else if (v instanceof Val.Global g) {
                names.add(g.name());
                names.addAll(g.path());
            }
            for (String n : names) if (n != null && n.toLowerCase(java.util.Locale.ROOT).contains("transport")) return true;
            v = v instanceof Val.Member m ? m.object() : null;
        }
        return false;
    }

    private static int argAt(CallSite cs, int index) {
        return index < cs.args().size() ? index : -1;
    }
}
