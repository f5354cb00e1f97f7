const express = require('express');
const { lawyers } = require('./lawyers');

const app = express();
app.use(express.json());

// Express 5 hands a rejected handler promise to the error middleware
app.post('/auth/login', async (req, res) => {
  const lawyer = await lawyers.byEmail(String(req.body.email));
  if (!lawyer) return res.status(401).json({ error: 'unknown account' });
  res.json({ id: lawyer.id });
});

app.use((err, req, res, next) => res.status(500).json({ error: 'Internal Server Error' }));
app.listen(3000);
