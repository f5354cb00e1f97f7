const express = require('express');
const jwt = require('jsonwebtoken');

const app = express();
app.use(express.json());

app.post('/api/auth/login', async (req, res) => {
  const user = { id: 'u1', orgId: 'o1' };
  // an access token for the user: kept to 15 minutes
  const token = jwt.sign({ sub: user.id, org: user.orgId }, process.env.JWT_SECRET, { expiresIn: '15m' });
  res.json({ token });
});

app.listen(4000);
