const express = require('express');
const helmet = require('helmet');

const app = express();
app.use(helmet());
app.get('/api/jobs', (req, res) => res.json([]));

const server = app.listen(process.env.PORT || 4000);

process.on('unhandledRejection', (err) => {
  console.error('unhandled rejection', err);
});

process.on('uncaughtException', (err) => {
  console.error('uncaught exception', err);
  if (process.env.NODE_ENV === 'production') {
    server.close(() => process.exit(1));
  }
});
