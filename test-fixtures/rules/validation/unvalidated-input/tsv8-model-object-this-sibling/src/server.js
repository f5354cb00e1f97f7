const express = require('express');
const { Board } = require('./models/board');

const app = express();
app.use(express.json({ limit: '32kb' }));

// the slug is only a lookup key, also when the model method hands it on to a sibling through `this`
app.get('/boards/:slug', async (req, res) => {
  const { slug } = req.params;
  const board = await Board.findForMember(req.user, { slug });
  res.json({ board });
});

// the title is stored as sent
app.post('/boards/:slug/rename', async (req, res) => {
  const { slug } = req.params;
  const { title } = req.body; // expect: validation/unvalidated-input
  const board = await Board.rename({ slug }, title);
  if (!board) return res.sendStatus(404);
  res.json({ board });
});

app.listen(3000);
