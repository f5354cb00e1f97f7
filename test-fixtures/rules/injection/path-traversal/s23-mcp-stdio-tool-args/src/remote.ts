import express from 'express';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { promises as fs } from 'fs';
import path from 'path';

// the same tool served over HTTP: anyone who reaches the endpoint names the file
const server = new Server({ name: 'notes-http', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { arguments: args } = request.params;
  const file = path.join(process.cwd(), 'notes', String(args?.file));
  await fs.writeFile(file, String(args?.text ?? '')); // expect: injection/path-traversal
  return { content: [{ type: 'text', text: `wrote ${file}` }] };
});

const app = express();
app.use(express.json());
const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
app.post('/mcp', async (req, res) => {
  await transport.handleRequest(req, res, req.body);
});
server.connect(transport).then(() => app.listen(3001));
