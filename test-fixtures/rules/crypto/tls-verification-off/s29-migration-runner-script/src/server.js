import express from 'express';
import { pool } from './db/pool.js';

const app = express();
app.get('/api/docs', async (req, res) => res.json((await pool.query('SELECT id, title FROM docs')).rows));
app.listen(3000);
