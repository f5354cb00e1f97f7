import express from 'express';

const app = express();
app.get('/entries', (_req, res) => res.json([]));
app.listen(3000);
