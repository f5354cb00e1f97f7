import express from 'express';
import { Pool } from 'pg';

const pool = new Pool();
const app = express();
app.use(express.json());

// the insert is awaited inside the try: a pg error (constraint, table, column names) reaches the catch
app.post('/invoices', async (req, res) => {
  try {
    const { rows } = await pool.query('INSERT INTO invoices (total) VALUES ($1) RETURNING id', [Number(req.body.total)]);
    res.status(201).json(rows[0]);
  } catch (err) {
    res.status(500).json({ error: err }); // expect: errors/stack-leak[warning]
  }
});

app.listen(3000);
