const express = require('express');
const { renderBadge, recordBadge } = require('./badge');

const app = express();
app.use(express.json());

app.post('/badges', async (req, res, next) => {
  try {
    const svg = await renderBadge({ title: String(req.body.title || '') });
    await recordBadge(req.body.title);
    res.type('image/svg+xml').send(svg);
  } catch (err) {
    next(err);
  }
});

app.listen(3000);
