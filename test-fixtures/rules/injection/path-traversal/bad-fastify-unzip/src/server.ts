import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { createReadStream, createWriteStream, promises as fsp } from 'node:fs';
import path from 'node:path';
import unzipper from 'unzipper';

const app = Fastify();
const THEMES = '/srv/themes';
app.register(fastifyStatic, { root: THEMES });

app.post('/themes/install', async (request) => {
  const { archive } = request.body as { archive: string };
  createReadStream(path.join('/tmp/incoming', archive)) // expect: injection/path-traversal
    .pipe(unzipper.Parse())
    .on('entry', (entry) => {
      entry.pipe(createWriteStream(path.join(THEMES, entry.path))); // expect: injection/path-traversal
    });
  return { ok: true };
});

app.get('/themes/:theme/manifest', async (request) => {
  const { theme } = request.params as { theme: string };
  return JSON.parse(await fsp.readFile(`${THEMES}/${theme}/manifest.json`, 'utf8')); // expect: injection/path-traversal
});

// @fastify/static re-roots the name; a root chosen by the client is not
app.get('/preview/:file', async (request, reply) => {
  const { file } = request.params as { file: string };
  const { theme } = request.query as { theme: string };
  return reply.sendFile(file, path.join(THEMES, theme)); // expect: injection/path-traversal
});

app.listen({ port: 3000 });
