const express = require('express');
const mysql = require('mysql');

const pool = mysql.createPool({ host: process.env.DB_HOST, user: process.env.DB_USER, database: 'legacy' });
const app = express();
app.use(express.urlencoded({ extended: false }));

app.post('/login', (req, res) => {
  const { user, pass } = req.body;
  pool.getConnection((err, conn) => {
    if (err) return res.status(500).end();
    conn.query(`SELECT id FROM accounts WHERE login = '${user}' AND pass_hash = SHA2('${pass}', 256)`, (e, rows) => { // expect: injection/sql-raw-query
      conn.release();
      res.json({ ok: !e && rows.length === 1 });
    });
  });
});

// mysql escapes values given separately, and ?? quotes an identifier
app.get('/accounts/:id', (req, res) => {
  pool.query('SELECT ?? FROM accounts WHERE id = ?', [['id', 'login'], req.params.id], (e, rows) => res.json(rows || []));
});

// escaped by the driver before it is pasted in: one quoted literal
app.get('/accounts', (req, res) => {
  pool.query({ sql: 'SELECT id, login FROM accounts WHERE team = ' + pool.escape(req.query.team) + ' LIMIT 50' }, (e, rows) => res.json(rows || []));
});

app.get('/accounts/by-name/:name', (req, res) => {
  pool.query('SELECT id, login FROM accounts WHERE login LIKE ' + "'%" + req.params.name + "%'", (e, rows) => res.json(rows || [])); // expect: injection/sql-raw-query
});

app.listen(3000);
