import express from 'express';
import { ledgerDb } from './store.js';

const app = express();

app.get('/entries', (req, res) => {
  res.json(ledgerDb().prepare('SELECT id, amount FROM entries ORDER BY id DESC LIMIT 50').all());
});

app.listen(5006);
