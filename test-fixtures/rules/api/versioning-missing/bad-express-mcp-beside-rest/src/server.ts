import express from 'express';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';

const app = express(); // expect: api/versioning-missing
app.use(express.json());

const notes: { id: number; body: string }[] = [];

app.get('/notes', (_req, res) => {
  res.json(notes);
});

app.post('/notes', (req, res) => {
  const note = { id: notes.length + 1, body: String(req.body.body ?? '') };
  notes.push(note);
  res.status(201).json(note);
});

app.post('/mcp', async (req, res) => {
  const server = new McpServer({ name: 'notes', version: '1.0.0' });
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  res.on('close', () => transport.close());
  await server.connect(transport);
  await transport.handleRequest(req, res, req.body);
});

app.listen(3200);
