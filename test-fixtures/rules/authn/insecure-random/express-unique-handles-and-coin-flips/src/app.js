const express = require('express');
const db = require('./db');
const { generateAthleteCode, issueResetCode, makeCode } = require('./handles');

const app = express();
app.use(express.json());

app.post('/athletes', async (req, res) => {
  const athlete = await db.athlete.create({ data: { name: req.body.name, athleteCode: await generateAthleteCode() } });
  res.status(201).json(athlete);
});

app.post('/athletes/:id/reset', async (req, res) => {
  await issueResetCode(req.params.id);
  res.sendStatus(202);
});

app.post('/athletes/:id/verify', async (req, res) => {
  const code = makeCode();
  await db.athlete.update({ where: { id: req.params.id }, data: { verifyCode: code } });
  res.sendStatus(202);
});

// a practice bout settled by a coin flip: the winner is one of the two entrants, nothing new is made
app.post('/bouts/:id/simulate', async (req, res) => {
  const bout = await db.bout.findUnique({ where: { id: req.params.id } });
  const winnerId = Math.random() > 0.5 ? bout.homeId : bout.awayId;
  res.json(await db.bout.update({ where: { id: bout.id }, data: { winnerId } }));
});

app.listen(3000);
