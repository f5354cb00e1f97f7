const fastify = require('fastify')();
const { PrismaClient } = require('@prisma/client');

const prisma = new PrismaClient();
fastify.register(require('@fastify/websocket'));

// a live room: the join count is raised when the socket opens, a chat line is stored on each message event and the
// count lowered on close; three events of one long-lived connection, not one change
async function joinRoom(id) {
  return prisma.room.update({ where: { id }, data: { viewers: { increment: 1 } } });
}
async function leaveRoom(id) {
  return prisma.room.update({ where: { id }, data: { viewers: { decrement: 1 } } });
}
async function postLine(roomId, text) {
  return prisma.line.create({ data: { roomId, text } });
}

fastify.register(async (app) => {
  app.get('/rooms/:id/live', { websocket: true }, async (socket, request) => {
    await joinRoom(request.params.id);
    socket.on('message', async (raw) => {
      await postLine(request.params.id, String(raw));
    });
    socket.on('close', async () => {
      await leaveRoom(request.params.id);
    });
  });

  // one event's own handling writes twice: still one change
  app.get('/rooms/:id/moderated', { websocket: true }, async (socket, request) => {
    socket.on('message', async (raw) => {
      const line = await prisma.line.create({ data: { roomId: request.params.id, text: String(raw) } }); // expect: data/transaction-missing
      await prisma.room.update({ where: { id: request.params.id }, data: { lastLineId: line.id } });
    });
  });
});

// the chat room of an event is made on first use and reused after: if the message write fails, the room stays and
// the next request finds it, the data is not half-changed
async function roomOf(eventId) {
  let room = await prisma.chatRoom.findFirst({ where: { eventId } });
  if (!room) {
    room = await prisma.chatRoom.create({ data: { eventId } });
  }
  return room;
}

fastify.post('/events/:id/chat', async (request) => {
  const room = await roomOf(request.params.id);
  return prisma.chatMessage.create({ data: { roomId: room.id, text: String(request.body.text) } });
});

// the same made-on-first-use room, then two writes of the request itself: those two are one change
fastify.post('/events/:id/pinned', async (request) => {
  const room = await roomOf(request.params.id);
  const msg = await prisma.chatMessage.create({ data: { roomId: room.id, text: String(request.body.text) } }); // expect: data/transaction-missing
  await prisma.chatRoom.update({ where: { id: room.id }, data: { pinnedId: msg.id } });
  return msg;
});

// an account made on first sign-in together with its profile: the profile is made only with the account, so an
// account left without it stays so; not a record made on first use and reused
fastify.post('/oauth/callback', async (request) => {
  let user = await prisma.user.findUnique({ where: { email: String(request.body.email) } });
  if (!user) {
    user = await prisma.user.create({ data: { email: String(request.body.email) } }); // expect: data/transaction-missing
    await prisma.profile.create({ data: { userId: user.id } });
  }
  return { id: user.id };
});

// a version row, then an old-version prune left running (its failure logged): a job of its own
async function prune(feature) {
  await prisma.version.deleteMany({ where: { feature, archived: true } });
}
async function recordVersion(feature, text) {
  const v = await prisma.version.create({ data: { feature, text } });
  prune(feature).catch((err) => console.warn('prune failed', err));
  return v;
}

fastify.put('/settings/:key', async (request) => {
  const s = await prisma.setting.update({ where: { key: request.params.key }, data: { value: String(request.body.value) } }); // expect: data/transaction-missing
  recordVersion(request.params.key, String(request.body.value)).catch((err) => console.warn('version failed', err));
  await prisma.feature.update({ where: { key: request.params.key }, data: { dirty: true } });
  return s;
});

// a blast: per recipient, an invite, a message and the invite marked sent, in a try whose catch marks the invite failed
// and goes on with the next recipient: best effort per recipient, by the code's choice
fastify.post('/events/:id/blasts', async (request) => {
  let sent = 0;
  for (const userId of request.body.userIds || []) {
    try {
      const invite = await prisma.invite.create({ data: { eventId: request.params.id, userId: String(userId) } });
      await prisma.message.create({ data: { to: String(userId), text: String(request.body.text) } });
      await prisma.invite.update({ where: { id: invite.id }, data: { status: 'SENT' } });
      sent++;
    } catch (err) {
      console.error('blast failed for', userId, err);
    }
  }
  return { sent };
});

// the same writes where a failed recipient ends the request with an error: the earlier recipients' writes stay
fastify.post('/events/:id/blasts/strict', async (request, reply) => {
  for (const userId of request.body.userIds || []) {
    try {
      const invite = await prisma.invite.create({ data: { eventId: request.params.id, userId: String(userId) } }); // expect: data/transaction-missing
      await prisma.invite.update({ where: { id: invite.id }, data: { status: 'SENT' } });
    } catch (err) {
      return reply.status(500).send({ error: 'blast failed' });
    }
  }
  return { ok: true };
});

// the writes of one step tried apart once (not per item): still one unit among themselves
fastify.post('/events/:id/close', async (request) => {
  try {
    await prisma.show.update({ where: { id: request.params.id }, data: { closed: true } }); // expect: data/transaction-missing
    await prisma.seat.deleteMany({ where: { eventId: request.params.id } });
  } catch (err) {
    console.error('close failed', err);
  }
  return { ok: true };
});

// a model's tool calls: each call runs one tool, and a failed tool becomes that call's error result for the model;
// the usage counter saved before is its own change
async function markDays(userId, days) {
  try {
    for (const day of days) {
      await prisma.availability.upsert({ where: { userId_day: { userId, day } }, update: { free: false }, create: { userId, day, free: false } });
    }
    return { success: true };
  } catch (error) {
    return { success: false, message: String(error) };
  }
}
async function runTool(name, args, userId) {
  switch (name) {
    case 'mark_days':
      return markDays(userId, args.days);
    default:
      return { error: 'unknown tool' };
  }
}
fastify.post('/assistant/message', async (request) => {
  const user = await prisma.user.findUnique({ where: { id: String(request.body.userId) } });
  await prisma.user.update({ where: { id: user.id }, data: { messagesUsed: user.messagesUsed + 1 } });
  const answer = await fetch('https://llm.example.com/v1/chat', { method: 'POST', body: JSON.stringify(request.body.messages) }).then((r) => r.json());
  const results = await Promise.all((answer.tool_calls || []).map(async (call) => {
    try {
      return { id: call.id, content: JSON.stringify(await runTool(call.name, JSON.parse(call.arguments), user.id)) };
    } catch (e) {
      return { id: call.id, content: JSON.stringify({ error: String(e) }) };
    }
  }));
  return { results };
});

// a ticket is burned by its code or bound to the signed-in viewer: one or the other, comments between the branches
fastify.post('/tickets/:id/redeem', async (request) => {
  const ticket = await prisma.ticket.findUnique({ where: { id: request.params.id } });
  if (request.body.code && !ticket.ownerId) {
    await prisma.ticket.update({ where: { id: ticket.id }, data: { status: 'USED' } });
  }
  // case 2: a signed-in viewer
  // keeps the ticket for re-entry
  else if (request.body.viewerId && !ticket.ownerId) {
    await prisma.ticket.update({ where: { id: ticket.id }, data: { ownerId: String(request.body.viewerId) } });
  }
  return { ok: true };
});

// a unit is looked up by name and made only when missing: the next item finds it; an item create that fails leaves a
// unit other items use
fastify.post('/items', async (request) => {
  let unitId;
  const unit = await prisma.unit.findFirst({ where: { name: String(request.body.unit) } });
  if (unit) {
    unitId = unit.id;
  } else {
    const made = await prisma.unit.create({ data: { name: String(request.body.unit) } });
    unitId = made.id;
  }
  return prisma.item.create({ data: { name: String(request.body.name), unitId } });
});

// a sign-in updates the profile from the provider, then hands out a refresh token: where the token insert fails the
// sign-in fails and the profile stands as it is
async function issueTokens(userId) {
  const token = Math.random().toString(36);
  await prisma.refreshToken.create({ data: { userId, token } });
  return token;
}
fastify.get('/auth/callback', async (request) => {
  const user = await prisma.user.update({ where: { email: String(request.query.email) }, data: { avatar: String(request.query.avatar) } });
  return { token: await issueTokens(user.id) };
});

// a password change must end the old sessions: the revocation counts with the change
fastify.post('/auth/password', async (request) => {
  await prisma.user.update({ where: { id: String(request.body.userId) }, data: { hash: String(request.body.hash) } }); // expect: data/transaction-missing
  await prisma.refreshToken.updateMany({ where: { userId: String(request.body.userId) }, data: { revoked: true } });
  return { ok: true };
});

fastify.listen({ port: 3000 });
