const express = require('express');
const { Pool } = require('pg');

const pool = new Pool({ host: process.env.STOCK_DB_HOST, password: process.env.STOCK_DB_PASSWORD });
const app = express();
app.get('/stock', async (req, res) => res.json((await pool.query('select * from stock')).rows));
app.listen(3000);
