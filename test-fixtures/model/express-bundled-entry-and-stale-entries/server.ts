// first try at a server, kept at the root: the package builds and runs server/server.ts
import express from 'express';

const app = express();

app.get('/', (_req, res) => {
  res.send('catalog backend is up');
});

app.listen(process.env.PORT || 5000);
