import express from 'express';

const hits = new Map();

// counts per IP in this process only
const windowRateLimit = (limit) => (req, res, next) => {
  const now = Date.now();
  const entry = hits.get(req.ip) || { count: 0, start: now };
  if (now - entry.start > 60_000) { entry.count = 0; entry.start = now; }
  entry.count += 1;
  hits.set(req.ip, entry);
  if (entry.count > limit) return res.status(429).json({ error: 'Too many requests' });
  next();
};

const app = express();
app.use(windowRateLimit(100));
app.get('/api/notes', (req, res) => res.json([]));

app.listen(6200);
