const express = require('express');

// left-over scaffolding: an app that is never listened on, exported or handed to anything
const router = express();

function unused() {
  router.post('/sms', (req, res) => res.json({ sent: true }));
}
