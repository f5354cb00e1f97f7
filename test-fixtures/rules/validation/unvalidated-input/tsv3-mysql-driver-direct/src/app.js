const express = require('express');
const mysql = require('mysql');

const pool = mysql.createPool(process.env.DATABASE_URL);
const app = express();

// the driver itself expands an object sent as ?id[a]=1 into `a` = 1: not a plain bound value
app.get('/domains/confirm-delete', (req, res) => {
  pool.query('SELECT * FROM domains WHERE uuid = ? AND user_id = ?', [req.query.id, req.user.id], (err, rows) => { // expect: validation/unvalidated-input
    if (err || !rows.length) return res.status(404).send('no such domain');
    res.render('confirm-delete', { address: rows[0].address });
  });
});

app.listen(3000);
