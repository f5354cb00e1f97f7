import express from 'express';

const recipes: { title: string }[] = [];
const app = express(); // expect: ratelimit/missing

app.use(express.json());

app.get('/recipes', (_req, res) => {
  res.json(recipes);
});

app.post('/recipes', (req, res) => {
  recipes.push({ title: String(req.body.title).slice(0, 80) });
  res.status(201).end();
});

// Only the page a proxy could send throttled clients to: nothing here counts or limits requests.
app.use('/429', (_req, res) => {
  res.status(429).send('Too many requests, try again later.');
});

app.listen(8080);
