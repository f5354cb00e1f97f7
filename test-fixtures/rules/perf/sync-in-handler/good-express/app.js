const express = require('express');
const fs = require('fs');
const bcrypt = require('bcryptjs');
const { execSync } = require('child_process');

// read once at startup: module load is not a request path
const welcome = fs.readFileSync('./templates/welcome.html', 'utf8');
const commit = execSync('git rev-parse HEAD').toString().trim();
let terms;

function loadTerms() {
  if (!terms) terms = fs.readFileSync('./templates/terms.txt', 'utf8'); // lazy: read on the first request only
  return terms;
}

const app = express();
app.use(express.json());

app.post('/signup', async (req, res) => {
  const hash = await bcrypt.hash(req.body.password, 12);
  if (!fs.existsSync('./uploads')) await fs.promises.mkdir('./uploads');
  res.send(welcome.replace('{{hash}}', hash.slice(0, 4)));
});

app.get('/terms', (req, res) => res.type('text').send(loadTerms()));
app.get('/version', (req, res) => res.json({ commit }));

app.listen(3000);
