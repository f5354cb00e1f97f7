const express = require('express');
const { settingsStore } = require('./store');

const app = express();

app.get('/settings', async (req, res) => {
  res.json(await settingsStore().all());
});

app.listen(5101);
