const express = require('express');
const { commands, sessions, upstream } = require('./services');

const app = express();
app.use(express.json());

// a chat platform wants a 200 for every slash command; the reply's own words tell the user it failed
app.post('/hooks/command', async (req, res) => {
  try {
    const reply = await commands.run(String(req.body.text));
    return res.json(reply);
  } catch (error) {
    console.error('command failed', error);
    return res.json({ response_type: 'ephemeral', text: 'Sorry, something went wrong. Please try again.' });
  }
});

// the same acknowledgement that says it worked
app.post('/hooks/command-quiet', async (req, res) => {
  try {
    const reply = await commands.run(String(req.body.text));
    return res.json(reply);
  } catch (error) { // expect: errors/swallowed
    console.error('command failed', error);
    return res.json({ response_type: 'ephemeral', text: 'Done.' });
  }
});

// a proxy: the upstream status is set first, the catch only falls back from a JSON body to the raw text
app.get('/proxy/search', async (req, res) => {
  const answer = await upstream.get(String(req.query.q));
  res.status(answer.statusCode);
  try {
    return res.json(await answer.json());
  } catch (err) {
    console.warn('not json', err);
    return res.send(answer.body);
  }
});

// a heartbeat through a helper that catches its own failures: no error can reach this catch
async function heartbeat(id) {
  try {
    await sessions.touch(id);
  } catch {} // expect: errors/swallowed
}

app.post('/sessions/:id/start', async (req, res) => {
  const session = await sessions.start(req.params.id);
  try {
    await heartbeat(session.id);
  } catch {}
  res.status(201).json(session);
});

// the same empty catch around a step that may fail
app.post('/sessions/:id/resume', async (req, res) => {
  const session = await sessions.start(req.params.id);
  try {
    await sessions.touch(session.id);
  } catch {} // expect: errors/swallowed
  res.status(201).json(session);
});

app.listen(3000);
