const http = require('http');
const express = require('express');

const app = express();
app.get('/api/classes', (req, res) => res.json([]));

// asks the system whether a port is free: the probe server is closed as soon as it listens
function freePort(start) {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.listen(start, () => {
      const port = probe.address().port;
      probe.close(() => resolve(port));
    });
    probe.on('error', (err) => (err.code === 'EADDRINUSE' ? freePort(start + 1).then(resolve, reject) : reject(err)));
  });
}

// the API server itself: nothing closes it on SIGTERM
freePort(3000).then((port) => {
  const server = http.createServer(app);
  server.listen(port); // expect: lifecycle/graceful-shutdown-missing
});
