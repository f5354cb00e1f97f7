const express = require('express');
const app = express();

// left over: routes on an app nobody listens on, exports or mounts
function sendReminder(to) {
  app.post('/remind', (req, res) => res.json({ to }));
}

module.exports = { sendReminder };
