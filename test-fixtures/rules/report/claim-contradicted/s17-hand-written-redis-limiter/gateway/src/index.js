import express from 'express';
import { ipRateLimit, userRateLimit } from './middleware/quota.js';

const app = express();
app.use(express.json());
app.use('/api/', ipRateLimit);

app.get('/api/profile', userRateLimit, (req, res) => {
  res.json({ user: req.headers['x-user-id'] || null });
});

app.listen(6100);
