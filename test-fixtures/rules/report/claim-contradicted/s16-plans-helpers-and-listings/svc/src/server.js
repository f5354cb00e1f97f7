const express = require('express');
const { RedisService } = require('./redis');
const { isValidImageType, fileNameFor } = require('./files');

const redis = new RedisService(process.env.REDIS_URL);
const app = express();
app.use(express.json());

app.post('/holds', async (req, res) => {
  const held = await redis.hold(String(req.body.seat), String(req.body.session));
  res.status(held ? 201 : 409).json({ held });
});

app.post('/uploads/name', (req, res) => {
  if (!isValidImageType(req.body.type)) return res.status(400).json({ error: 'unsupported type' });
  res.json({ name: fileNameFor(req.body.type) });
});

app.listen(process.env.PORT || 4000);
