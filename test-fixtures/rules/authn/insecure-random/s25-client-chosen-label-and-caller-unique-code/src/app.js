const express = require('express');
const { dataSource, Member } = require('./db');
const { generateUserCode, generatePinCode } = require('./codes');

const app = express();
app.use(express.json());

app.post('/members', async (req, res) => {
  const manager = dataSource.manager;
  let userCode;
  do {
    userCode = generateUserCode();
  } while (await manager.findOne(Member, { where: { userCode } }));
  const pin = generatePinCode();
  await manager.save(Member, { name: String(req.body.name), userCode, pin });
  res.status(201).json({ userCode });
});

// the conversation label the client may send itself: a stand-in drawn when it sends none guards nothing
app.post('/ask', async (req, res) => {
  const { question, sessionId } = req.body;
  const chatSessionId = sessionId || `thread_${Date.now()}_${Math.random().toString(36).slice(2, 10)}`;
  res.json({ chatSessionId, answer: String(question).length });
});

// a session id the server alone draws is still a secret
app.post('/sessions', async (req, res) => {
  const sessionId = `sess_${Date.now()}_${Math.random().toString(36).slice(2, 10)}`; // expect: authn/insecure-random
  res.cookie('sid', sessionId, { httpOnly: true, secure: true, sameSite: 'lax' });
  res.json({ ok: true });
});

app.listen(3000);
