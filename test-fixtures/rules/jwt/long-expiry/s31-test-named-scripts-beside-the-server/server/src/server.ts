import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

app.post('/api/auth/login', (req, res) => {
  // an access token for the team member: a week
  const token = jwt.sign({ userId: 'u1', teamId: 't1' }, process.env.JWT_SECRET as string, { expiresIn: '7d' }); // expect: jwt/long-expiry
  res.json({ token });
});

app.listen(3001);
