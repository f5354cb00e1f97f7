import { reportEnv } from './env.js';
reportEnv();
import Fastify from 'fastify';
import { db } from './db.js';

const app = Fastify({ logger: true });
const movieKey = process.env.MOVIE_API_KEY;
const landing = process.env.LANDING_URL;
app.get('/movies/:id', async (request) => {
  const { id } = request.params as { id: string };
  const row = await db.selectFrom('movies').selectAll().where('id', '=', id).executeTakeFirst();
  return { row, key: Boolean(movieKey), auth: Boolean(process.env.AUTH_SECRET_KEY), hook: Boolean(process.env.WEBHOOK_SIGNING_SECRET), origins: landing ? [landing] : [] };
});
await app.listen({ port: Number(process.env.PORT || 3000), host: '0.0.0.0' });
