import 'express-async-errors';
import express from 'express';
import { db } from './db';

const app = express();
app.get('/users/:id', async (req, res) => {
  res.json(await db.findUser(req.params.id));
});
app.use((err, req, res, next) => res.status(500).json({ error: 'Internal Server Error' }));
app.listen(3000);
