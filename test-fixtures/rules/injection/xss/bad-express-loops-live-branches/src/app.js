const express = require('express');

const app = express();

// a condition that always holds: its branch is what runs
app.get('/greet/:who', (req, res) => {
  let name = 'guest';
  if (20 > 10) {
    name = req.params.who;
  }
  res.send(`<h1>Hello ${name}</h1>`); // expect: injection/xss
});

// each element of the list ends up in the page
app.get('/tags', (req, res) => {
  let html = '<ul>';
  for (const tag of req.query.tags) {
    html = html.concat('<li>', tag, '</li>');
  }
  res.send(html + '</ul>'); // expect: injection/xss
});

// a value replaced only on some requests may still be the input
app.get('/label', (req, res) => {
  let label = req.query.label;
  if (req.query.plain) {
    label = 'Untitled';
  }
  res.send('<span>' + label + '</span>'); // expect: injection/xss
});

app.listen(3000);
