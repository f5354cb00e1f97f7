import express from 'express';

const app = express();
app.use(express.json());

app.post('/internal/reindex', (req, res) => {
  if (req.get('x-internal-key') !== process.env.INTERNAL_KEY) return res.sendStatus(401); // expect: authn/timing-unsafe-compare
  res.json({ queued: true });
});

app.listen(3000);
