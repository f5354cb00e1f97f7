import { join, leave, membersOf } from './members.js';

async function sendBoard(prisma, roomId, userId, boardId) {
  const view = await prisma.boardView.findUnique({ where: { boardId_userId: { boardId, userId } } }); // expect: data/query-in-loop
  membersOf(roomId).get(userId)?.send(JSON.stringify({ type: 'board', view }));
}

async function refreshCounters(prisma, roomId) {
  const boards = await prisma.board.findMany({ where: { roomId }, take: 50 });
  for (const b of boards) {
    await prisma.board.update({ where: { id: b.id }, data: { viewers: membersOf(roomId).size } });
  }
}

async function onMessage(app, roomId, userId, msg) {
  if (msg.type === 'board:open') {
    await app.prisma.room.update({ where: { id: roomId }, data: { boardId: msg.boardId } });
    // every member connected to the room gets the new board
    for (const [memberId] of membersOf(roomId)) {
      await sendBoard(app.prisma, roomId, memberId, msg.boardId);
    }
  }
}

export async function roomRoutes(app) {
  app.get('/rooms/:roomId/live', { websocket: true }, async (socket, request) => {
    const { roomId } = request.params;
    const userId = request.query.user;
    join(roomId, userId, socket);
    socket.on('message', (raw) => {
      let msg;
      try {
        msg = JSON.parse(raw.toString());
      } catch {
        return;
      }
      onMessage(app, roomId, userId, msg).catch((err) => app.log.error(err));
    });
    socket.on('close', () => leave(roomId, userId));
  });

  // the counters are refreshed on their own; the request does not wait
  app.post('/rooms/:roomId/counters', async (request, reply) => {
    refreshCounters(app.prisma, request.params.roomId).catch((err) => app.log.error(err));
    return reply.code(202).send({ started: true });
  });
}
