const express = require('express');
const { body, query, validationResult } = require('express-validator');

const app = express();
app.use(express.urlencoded({ extended: false }));

// .escape() replaces <, >, &, ' and " in the named field before the handler runs
app.post('/bio', body('bio').trim().escape(), (req, res) => {
  if (!validationResult(req).isEmpty()) return res.status(400).json({ error: 'bad input' });
  res.send(`<section>${req.body.bio}</section>`);
});

app.get('/search', query('q').isLength({ max: 80 }).escape(), (req, res) => {
  res.send(`<p>Results for ${req.query.q}</p>`);
});

app.listen(3000);
