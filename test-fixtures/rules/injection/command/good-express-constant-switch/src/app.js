const express = require('express');
const { exec } = require('child_process');

const app = express();

// the mode is fixed by the code: only the 'B' arm runs, and it is a constant
app.get('/who', (req, res) => {
  const modes = 'ABC';
  const mode = modes[1];
  let target = 'nobody';
  switch (mode) {
    case 'A':
      target = req.query.user;
      break;
    case 'B':
      target = 'root';
      break;
    default:
      target = req.query.user;
  }
  exec('id ' + target, (err, out) => res.send(out));
});

app.listen(3000);
