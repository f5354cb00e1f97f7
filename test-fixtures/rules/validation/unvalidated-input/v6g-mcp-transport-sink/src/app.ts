import express from 'express';
import { randomUUID } from 'node:crypto';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { buildServer } from './mcp/server.js';
import { relay } from './mcp/relay.js';
import { bus } from './store.js';

const app = express();
app.use(express.json({ limit: '1mb' }));

const sessions: Record<string, StreamableHTTPServerTransport> = {};

// the transport parses each JSON-RPC message with the SDK's schema and answers an error for anything else
app.post('/mcp', async (req, res) => {
  const sid = req.headers['mcp-session-id'] as string | undefined;
  let transport = sid ? sessions[sid] : undefined;
  if (!transport) {
    transport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      onsessioninitialized: (id) => {
        sessions[id] = transport!;
      },
    });
    await buildServer().connect(transport);
  }
  await transport.handleRequest(req, res, req.body);
});

// a session opened earlier: its transport is looked up by the session header
const transports: Record<string, StreamableHTTPServerTransport> = {};
export function keep(id: string, transport: StreamableHTTPServerTransport) {
  transports[id] = transport;
}
app.post('/mcp/session', async (req, res) => {
  const sid = String(req.headers['mcp-session-id'] ?? '');
  if (!transports[sid]) return res.status(404).json({ error: 'unknown session' });
  await transports[sid].handleRequest(req, res, req.body);
});

app.post('/mcp/once', async (req, res) => {
  res.json(await relay(req.body));
});

// the project's own bus has a method of the same name, and checks nothing
app.post('/inbox', async (req, res) => {
  const queued = await bus.handleMessage(req.body); // expect: validation/unvalidated-input
  res.status(202).json({ queued });
});

app.listen(Number(process.env.PORT ?? 3000));
