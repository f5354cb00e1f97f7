const express = require('express');
const jwt = require('jsonwebtoken');
const multer = require('multer');

const app = express();
const store = multer({ dest: 'uploads/' });

function mustSignIn(req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization).slice(7), process.env.JWT_SECRET);
    next();
  } catch {
    res.status(401).end();
  }
}

app.get('/photos', mustSignIn, (req, res) => res.json([]));

// no database call, but the upload parser writes the file to disk for anyone
app.post('/photos', (req, res) => { // expect: authn/unauthenticated-mutation
  store.single('photo')(req, res, (err) => {
    if (err) return res.status(400).json({ error: err.message });
    res.status(201).json({ name: req.file.filename });
  });
});

app.listen(3000);
