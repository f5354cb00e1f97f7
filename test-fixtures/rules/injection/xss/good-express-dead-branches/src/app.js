const express = require('express');

const app = express();

// branches whose condition is a constant never run: the greeting is always the literal
app.get('/greet/:who', (req, res) => {
  const who = req.params.who;
  let name = 'guest';
  if (10 > 20) {
    name = who;
  }
  res.send(`<h1>Hello ${name}</h1>`);
});

app.get('/banner', (req, res) => {
  let text;
  if (!true) {
    text = req.query.text;
  } else {
    text = 'Welcome';
  }
  const title = 1 === 2 ? req.query.title : 'Home';
  res.send('<p>' + text + '</p><h2>' + title + '</h2>');
});

// a value overwritten by a statement that always runs is gone
app.get('/label', (req, res) => {
  let label = req.query.label;
  label = 'Untitled';
  res.send('<span>' + label + '</span>');
});

app.listen(3000);
