const express = require('express');
const Redis = require('ioredis');
const jwt = require('jsonwebtoken');

const redis = new Redis(process.env.REDIS_URL);
const app = express();
app.use(express.json());

// five wrong codes per phone, then the phone is locked for 15 minutes
app.post('/auth/verify-code', async (req, res) => {
  const { phone, otp } = req.body;
  const storedOtp = await redis.get(`login_code:${phone}`);
  if (!storedOtp) return res.status(400).json({ error: 'code expired' });
  const attemptsKey = `login_code_attempts:${phone}`;
  const attempts = parseInt((await redis.get(attemptsKey)) || '0', 10);
  if (attempts >= 5) return res.status(429).json({ error: 'too many attempts' });
  if (storedOtp !== otp) {
    await redis.set(attemptsKey, String(attempts + 1), 'EX', 15 * 60);
    return res.status(400).json({ error: 'wrong code' });
  }
  await redis.del(`login_code:${phone}`, attemptsKey);
  res.json({ token: jwt.sign({ phone }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

// the counter is written but never read: no limit stops the guesses
app.post('/auth/verify-email-code', async (req, res) => {
  const { email, otp } = req.body;
  const storedOtp = await redis.get(`email_code:${email}`);
  if (!storedOtp) return res.status(400).json({ error: 'code expired' });
  if (storedOtp !== otp) { // expect: authn/timing-unsafe-compare
    await redis.incr(`email_code_attempts:${email}`);
    return res.status(400).json({ error: 'wrong code' });
  }
  await redis.del(`email_code:${email}`);
  res.json({ token: jwt.sign({ email }, process.env.JWT_SECRET, { expiresIn: '1h' }) });
});

app.listen(3000);
