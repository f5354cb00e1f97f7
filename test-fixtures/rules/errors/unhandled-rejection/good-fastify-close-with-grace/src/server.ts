import Fastify from 'fastify';
import closeWithGrace from 'close-with-grace';

const app = Fastify({ logger: true });
app.get('/health', async () => ({ ok: true }));
// close-with-grace also handles uncaughtException and unhandledRejection: err is set then
closeWithGrace({ delay: 10_000 }, async ({ err }) => {
  if (err) app.log.error(err);
  await app.close();
});
await app.listen({ port: 3000 });
