const express = require('express');
const { runScript } = require('./services/script/runScript');

const app = express();
app.use(express.json({ limit: '100kb' }));

app.post('/api/scripts/run', async (req, res) => {
  const result = await runScript(String(req.body.code || ''), String(req.body.database || 'reports'));
  res.json(result);
});

app.listen(process.env.PORT || 3000);
