import Fastify from 'fastify';

const server = Fastify({ logger: true });
server.get('/health', async () => ({ ok: true }));

let closing: Promise<void> | null = null;

const shutdown = async (signal: NodeJS.Signals) => {
  if (closing) return closing;
  server.log.info({ signal }, 'shutting down');
  closing = server.close();
  return closing;
};

// one helper registers each signal: the names come from its callers
const onSignal = (signal: NodeJS.Signals) => {
  process.once(signal, () => {
    shutdown(signal)
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  });
};

onSignal('SIGINT');
onSignal('SIGTERM');

try {
  await server.listen({ port: 3000 });
} catch (err) {
  server.log.error(err);
  process.exit(1);
}
