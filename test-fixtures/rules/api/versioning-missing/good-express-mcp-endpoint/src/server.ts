import { randomUUID } from 'node:crypto';
import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';

const sessions = new Map<string, StreamableHTTPServerTransport>();

function buildServer(): McpServer {
  const server = new McpServer({ name: 'docs-tools', version: '1.0.0' });
  server.tool('word_count', { text: z.string() }, async ({ text }) => ({
    content: [{ type: 'text', text: String(text.split(/\s+/).length) }],
  }));
  return server;
}

const app = express();
app.use(express.json());

app.post('/mcp', async (req, res) => {
  const id = req.headers['mcp-session-id'] as string | undefined;
  if (id && sessions.has(id)) {
    const transport = sessions.get(id)!;
    await transport.handleRequest(req, res, req.body);
    return;
  }
  if (!id && isInitializeRequest(req.body)) {
    const transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (sid: string) => {
        sessions.set(sid, transport);
      },
    });
    await buildServer().connect(transport);
    await transport.handleRequest(req, res, req.body);
    return;
  }
  res.status(400).json({ jsonrpc: '2.0', error: { code: -32000, message: 'no session' }, id: null });
});

app.get('/mcp', async (req, res) => {
  const id = req.headers['mcp-session-id'] as string | undefined;
  const transport = id ? sessions.get(id) : undefined;
  if (!transport) {
    res.status(400).json({ error: 'no session' });
    return;
  }
  await transport.handleRequest(req, res);
});

app.delete('/mcp', async (req, res) => {
  const id = req.headers['mcp-session-id'] as string | undefined;
  const transport = id ? sessions.get(id) : undefined;
  if (!transport) {
    res.status(400).json({ error: 'no session' });
    return;
  }
  await transport.handleRequest(req, res);
  sessions.delete(id!);
});

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.listen(3100);
