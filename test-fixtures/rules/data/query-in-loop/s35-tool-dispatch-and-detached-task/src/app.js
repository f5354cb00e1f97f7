const express = require('express');
const { GoogleGenerativeAI } = require('@google/generative-ai');
const { prisma, findTreatments, reserveSlot, grantPoints } = require('./tools');

const app = express();
app.use(express.json());
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY);

// each function call the model asks for runs the one tool it names: a dispatch, not one query per row
app.post('/api/assistant', async (req, res) => {
  const model = genAI.getGenerativeModel({ model: 'gemini-1.5-flash' });
  const chat = model.startChat({});
  let answer = await chat.sendMessage(String(req.body.message));
  for (let round = 0; round < 4; round++) {
    const calls = answer.response.functionCalls();
    if (!calls || calls.length === 0) break;
    const replies = [];
    for (const call of calls) {
      let out = {};
      if (call.name === 'find_treatments') {
        out = await findTreatments(call.args);
      } else if (call.name === 'reserve_slot') {
        out = await reserveSlot(call.args, req.user.id);
      }
      replies.push({ functionResponse: { name: call.name, response: out } });
    }
    answer = await chat.sendMessage(replies);
  }
  res.json({ reply: answer.response.text() });
});

// the same if-chain over rows the client sends: one write per row
app.post('/api/reservations/bulk', async (req, res) => {
  for (const row of req.body.rows) {
    if (row.kind === 'walk_in') {
      await prisma.walkIn.create({ data: { name: String(row.name) } }); // expect: data/query-in-loop
    } else if (row.kind === 'booked') {
      await prisma.reservation.create({ data: { treatmentId: String(row.treatmentId), userId: req.user.id, startsAt: new Date(row.startsAt) } }); // expect: data/query-in-loop
    }
  }
  res.status(201).end();
});

// the points go out after the answer: the handler starts the loop in a task it does not wait for
app.post('/api/visits/close-stale', async (req, res) => {
  const stale = await prisma.visit.findMany({ where: { status: 'OPEN', startsAt: { lt: new Date(Date.now() - 86400000) } }, select: { id: true } });
  const ids = stale.map((v) => v.id);
  await prisma.visit.updateMany({ where: { id: { in: ids } }, data: { status: 'CLOSED' } });
  void (async () => {
    for (const id of ids) {
      await grantPoints(id);
    }
  })().catch((err) => console.error(`points failed: ${err.message}`));
  res.json({ closed: ids.length });
});

// the same work without void, left running with a catch
app.post('/api/visits/close-stale-too', async (req, res) => {
  const stale = await prisma.visit.findMany({ where: { status: 'OPEN' }, select: { id: true }, take: 200 });
  const ids = stale.map((v) => v.id);
  (async () => {
    for (const id of ids) {
      await grantPoints(id);
    }
  })().catch((err) => console.error(`points failed: ${err.message}`));
  res.json({ closed: ids.length });
});

// the same loop awaited: the answer waits for one lookup and one insert per visit
app.post('/api/visits/close-now', async (req, res) => {
  const stale = await prisma.visit.findMany({ where: { status: 'OPEN' }, select: { id: true }, take: 200 });
  await (async () => {
    for (const s of stale) {
      await prisma.points.create({ data: { visitId: s.id, amount: 10 } }); // expect: data/query-in-loop
    }
  })();
  res.json({ closed: stale.length });
});

app.listen(3000);
