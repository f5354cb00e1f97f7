package dev.backcheck.concepts;

import dev.backcheck.flow.CallIndex;
import dev.backcheck.lang.facts.FileFacts;
import dev.backcheck.lang.facts.Fn;
import dev.backcheck.lang.facts.Import;

import java.util.Set;

/**
 * Servers of the Model Context Protocol made with {@code @modelcontextprotocol/sdk}. A tool or request handler registered on
 * the SDK's server ({@code server.setRequestHandler(CallToolRequestSchema, async (request) => ..)}, {@code server.tool(..)},
 * {@code server.registerTool(..)}) is handed JSON-RPC messages by the transport the server is connected to. Over
 * {@code StdioServerTransport} the only peer is the process that launched the server (the developer's own assistant
 * or IDE, reading and writing its stdin/stdout): no remote client can send it anything. Over the SDK's HTTP transports
 * (SSE, streamable HTTP) the peer is whoever reaches the endpoint.
 */
public final class McpServers {
    private McpServers() { }

    private static final String SDK = "@modelcontextprotocol/sdk/";
    /** Methods of the SDK's Server / McpServer that register a handler of the peer's messages. */
    private static final Set<String> REGISTER = Set.of("setRequestHandler", "setNotificationHandler", "tool", "registerTool",
            "resource", "registerResource", "prompt", "registerPrompt");

    /**
     * True when {@code fn} (or a function it is written in) is a handler registered on an MCP server in a file that
     * connects only the SDK's stdio transport: what such a handler is handed comes from the local process that runs
     * the server, not from a network client.
     */
    public static boolean stdioHandler(CallIndex index, Fn fn, FileFacts file) {
        if (fn == null || file == null || !stdioOnly(file)) return false;
        Fn cur = fn;
        for (int i = 0; cur != null && i < 12; i++) {
            CallIndex.Callback cb = index.callback(cur);
            if (cb != null && REGISTER.contains(String.valueOf(cb.site().cs().methodName())) && cb.site().file() == file) return true;
            cur = index.parentOf(cur);
        }
        return false;
    }

    /** The file imports the SDK's stdio server transport and none of its network transports. */
    static boolean stdioOnly(FileFacts file) {
        boolean stdio = false;
        for (Import i : file.imports().values()) {
            String m = i.module();
            if (m == null || !m.startsWith(SDK)) continue;
            String sub = m.substring(SDK.length()).replaceAll("\\.js$", "");
            if (sub.equals("server/stdio")) stdio = true;
            if (sub.startsWith("server/sse") || sub.startsWith("server/streamableHttp") || sub.startsWith("server/webStandardStreamableHttp")) return false;
        }
        return stdio;
    }
}
