const express = require('express');
const fs = require('fs');
const bcrypt = require('bcryptjs');
const { buildInfo } = require('./info');

const app = express();
app.use(express.json());

app.post('/signup', (req, res) => {
  const hash = bcrypt.hashSync(req.body.password, 12); // expect: perf/sync-in-handler
  const html = fs.readFileSync('./templates/welcome.html', 'utf8'); // expect: perf/sync-in-handler
  res.send(html.replace('{{hash}}', hash.slice(0, 4)));
});

app.get('/info', (req, res) => {
  res.json(buildInfo());
});

app.listen(3000);
