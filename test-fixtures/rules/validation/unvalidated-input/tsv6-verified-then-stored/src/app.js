const express = require('express');
const { revokeSession, revokeEagerly } = require('./tokens');

const app = express();
app.use(express.json());

app.post('/auth/logout', async (req, res, next) => {
  try {
    await revokeSession(req.body.refreshToken);
    res.status(204).end();
  } catch (e) {
    next(e);
  }
});

app.post('/auth/logout-all', async (req, res, next) => {
  try {
    await revokeEagerly(req.body.refreshToken); // expect: validation/unvalidated-input
    res.status(204).end();
  } catch (e) {
    next(e);
  }
});

app.listen(3000);
