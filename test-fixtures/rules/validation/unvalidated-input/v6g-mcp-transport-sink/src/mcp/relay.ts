import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { buildServer } from './server.js';

// one server per call, driven through the linked in-memory pair: the message goes to the SDK server as it came
export async function relay(message: JSONRPCMessage): Promise<JSONRPCMessage> {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await buildServer().connect(serverSide);
  return new Promise<JSONRPCMessage>((resolve, reject) => {
    clientSide.onmessage = resolve;
    clientSide.send(message).catch(reject);
  });
}
