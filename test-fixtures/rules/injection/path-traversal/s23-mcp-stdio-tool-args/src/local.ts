import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { promises as fs } from 'fs';
import path from 'path';

// a developer tool: the assistant that launched this process is the only one talking to it, over stdin/stdout
const server = new Server({ name: 'notes', version: '1.0.0' }, { capabilities: { tools: {} } });

server.setRequestHandler(CallToolRequestSchema, async (request) => {
  const { name, arguments: args } = request.params;
  if (name === 'write_note') {
    const file = path.join(process.cwd(), 'notes', String(args?.file));
    await fs.writeFile(file, String(args?.text ?? ''));
    return { content: [{ type: 'text', text: `wrote ${file}` }] };
  }
  throw new Error(`Unknown tool: ${name}`);
});

async function main() {
  await server.connect(new StdioServerTransport());
}

main();
