const express = require('express');
const repo = require('./repo');

const app = express();
app.use(express.json({ limit: '100kb' }));

app.put('/servers/:id/tools', async (req, res, next) => {
  try {
    const tools = Array.isArray(req.body.tools) ? req.body.tools.slice(0, 200) : [];
    await repo.replaceTools(req.params.id, tools);
    res.json({ cached: tools.length });
  } catch (err) {
    next(err);
  }
});

app.put('/servers/:id/tools-each', async (req, res, next) => {
  try {
    const tools = Array.isArray(req.body.tools) ? req.body.tools.slice(0, 200) : [];
    await repo.replaceToolsEach(req.params.id, tools);
    res.json({ cached: tools.length });
  } catch (err) {
    next(err);
  }
});

// a note goes to the team or to the author, never both
app.post('/notes', async (req, res, next) => {
  try {
    const text = String(req.body.text || '').slice(0, 2000);
    const teamId = typeof req.body.teamId === 'string' ? req.body.teamId : null;
    const note = teamId ? await repo.createTeamNote(teamId, text)
      : await repo.createUserNote(String(req.headers['x-user-id']), text);
    res.status(201).json({ ok: Boolean(note) });
  } catch (err) {
    next(err);
  }
});

// the author's note, then the author's timestamp: both run
app.post('/my-notes', async (req, res, next) => {
  try {
    const userId = String(req.headers['x-user-id']);
    await repo.createUserNote(userId, String(req.body.text || '').slice(0, 2000));
    await repo.touchUser(userId);
    res.status(201).json({ ok: true });
  } catch (err) {
    next(err);
  }
});

app.use((err, req, res, next) => {
  res.status(500).json({ error: 'internal error' });
});

app.listen(3000);
