const express = require('express');
const yaml = require('js-yaml');

const app = express();
app.use(express.text({ type: 'application/yaml' }));

// the full schema asked for by name (js-yaml 3 API): !!js/function values become functions
app.post('/config', (req, res) => {
  const docs = [];
  yaml.loadAll(req.body, (doc) => docs.push(doc), { schema: yaml.DEFAULT_FULL_SCHEMA }); // expect: injection/code
  res.json(docs.length);
});

// the version is unknown here: a plain load is not reported on a guess
app.post('/plain', (req, res) => {
  res.json(yaml.load(req.body));
});

app.listen(3000);
