import Fastify from 'fastify';
import websocket from '@fastify/websocket';
import { getBoardAccess, getTeamAccess, getBoardFile } from './access';

const app = Fastify();
app.register(websocket);

app.register(async (instance) => {
  // the path ids only name records through the cached access checks, and are compared afterwards
  instance.get<{ Params: { boardId: string } }>('/live/boards/:boardId', { websocket: true }, async (socket, req) => {
    const userId = (req as any).session?.userId;
    if (!userId) return socket.close();
    const access = await getBoardAccess({ userId, boardId: req.params.boardId });
    if (!access) return socket.close();
    socket.on('message', (raw: Buffer) => {
      const msg = JSON.parse(raw.toString());
      if (msg.boardId === req.params.boardId) socket.send('ok');
    });
  });

  instance.get<{ Params: { teamId: string } }>('/live/teams/:teamId', { websocket: true }, async (socket, req) => {
    const userId = (req as any).session?.userId;
    if (!userId) return socket.close();
    const access = await getTeamAccess({ userId, teamId: req.params.teamId });
    if (!access) return socket.close();
    socket.send('joined');
  });

  instance.get<{ Params: { name: string } }>('/files/:name', async (req, reply) => {
    const rows = await getBoardFile({ name: req.params.name }); // expect: validation/unvalidated-input
    return reply.send(rows);
  });
});

app.listen({ port: 3000 });
