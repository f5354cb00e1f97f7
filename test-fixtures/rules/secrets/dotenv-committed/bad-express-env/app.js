require('dotenv').config();
const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.get('/tasks', async (req, res) => res.json((await pool.query('SELECT id, title FROM tasks LIMIT 50')).rows));
app.listen(Number(process.env.PORT));
