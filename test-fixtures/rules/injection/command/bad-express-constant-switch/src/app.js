const express = require('express');
const { exec } = require('child_process');

const app = express();

// the constant selects the arm that takes the request value (falling through from 'B' to 'C')
app.get('/who', (req, res) => {
  const mode = 'B';
  let target = 'nobody';
  switch (mode) {
    case 'A':
      target = 'root';
      break;
    case 'B':
    case 'C':
      target = req.query.user;
      break;
  }
  exec('id ' + target, (err, out) => res.send(out)); // expect: injection/command
});

// a switch on request data: any arm may run
app.get('/as', (req, res) => {
  let target = 'nobody';
  switch (req.query.mode) {
    case 'self':
      target = 'me';
      break;
    default:
      target = req.query.user;
  }
  exec('id ' + target, (err, out) => res.send(out)); // expect: injection/command
});

app.listen(3000);
