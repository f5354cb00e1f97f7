import type { FastifyInstance } from 'fastify';
import { prisma } from '../db';
import { saveDigest, saveTheme, enableFeatures } from '../services/prefs';

export async function workspaceRoutes(app: FastifyInstance) {
  app.post('/workspaces', async (request) => {
    const { name } = request.body as { name: string };
    const ws = await prisma.workspace.create({ data: { name } });
    await enableFeatures(ws.id);
    return ws;
  });

  app.put('/workspace/theme', async (request) => {
    const user = request.user as { workspaceId: string };
    await saveTheme(user.workspaceId, String((request.body as any).theme));
    return { ok: true };
  });

  app.put('/workspace/digest', async (request) => {
    const user = request.user as { workspaceId: string };
    await saveDigest(user.workspaceId, Boolean((request.body as any).weekly));
    return { ok: true };
  });

  // one row per preference key the services write: two at most
  app.get('/workspace/prefs', async (request) => {
    const user = request.user as { workspaceId: string };
    const rows = await prisma.workspacePref.findMany({ where: { workspaceId: request.authUser!.workspaceId }, select: { name: true, value: true } });
    return { data: rows };
  });

  // one row per entry of the feature catalog, which no request adds to
  app.get('/workspace/features', async (request) => {
    const user = request.user as { workspaceId: string };
    const workspaceId = user.workspaceId;
    const rows = await prisma.workspaceFeature.findMany({ where: { workspaceId }, include: { feature: true } });
    return { data: rows };
  });

  app.post('/workspace/tags', async (request) => {
    const user = request.user as { workspaceId: string };
    const { label } = request.body as { label: string };
    return prisma.tag.create({ data: { workspaceId: user.workspaceId, label } });
  });

  // the tag label comes from the client: a workspace may hold any number
  app.get('/workspace/tags', async (request) => {
    const user = request.user as { workspaceId: string };
    const rows = await prisma.tag.findMany({ where: { workspaceId: user.workspaceId } }); // expect: data/unbounded-list
    return { data: rows };
  });

  app.post('/workspace/notes', async (request) => {
    const user = request.user as { workspaceId: string };
    const { body, position } = request.body as { body: string; position: number };
    return prisma.note.create({ data: { workspaceId: user.workspaceId, body, position } });
  });

  // notes arranged by the hand-set position: a curated board
  app.get('/workspace/notes', async (request) => {
    const user = request.user as { workspaceId: string };
    return prisma.note.findMany({ where: { workspaceId: user.workspaceId }, orderBy: { position: 'asc' } });
  });

  // the same notes newest first: they grow with use
  app.get('/workspace/notes/recent', async (request) => {
    const user = request.user as { workspaceId: string };
    return prisma.note.findMany({ where: { workspaceId: user.workspaceId }, orderBy: { id: 'desc' } }); // expect: data/unbounded-list
  });

  app.post('/workspace/stars', async (request) => {
    const user = request.user as { workspaceId: string };
    const { repoId } = request.body as { repoId: string };
    return prisma.star.create({ data: { workspaceId: user.workspaceId, repoId } });
  });

  // one row per repository, but the repositories grow with the sync
  app.get('/workspace/stars', async (request) => {
    const user = request.user as { workspaceId: string };
    return prisma.star.findMany({ where: { workspaceId: user.workspaceId }, include: { repo: true } }); // expect: data/unbounded-list
  });
}
