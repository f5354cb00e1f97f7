import express from 'express';
import path from 'node:path';

const app = express();
app.set('views', path.join(__dirname, '../templates'));
app.set('view engine', 'pug');

app.get('/search', (req, res) => {
  const term = String(req.query.q ?? '');
  res.render('search', { term, count: 0 }); // expect: injection/xss
});

app.get('/notice', (req, res) => {
  res.render('notice', { heading: 'Notice', note: req.query.note }); // expect: injection/xss
});

app.listen(3000);
