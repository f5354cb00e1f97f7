import Fastify from 'fastify';

export function build() {
  const app = Fastify();
  app.get('/health', async () => ({ ok: true, keyConfigured: Boolean(process.env.PAYMENT_API_KEY) }));
  return app;
}
