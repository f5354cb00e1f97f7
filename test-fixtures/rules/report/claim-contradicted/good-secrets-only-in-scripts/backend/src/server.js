import express from 'express';
import jwt from 'jsonwebtoken';

const app = express();
app.use(express.json());

app.get('/api/me', (req, res) => {
  try {
    const claims = jwt.verify(String(req.headers.authorization).replace('Bearer ', ''), process.env.JWT_SECRET);
    res.json({ id: claims.sub });
  } catch {
    res.status(401).end();
  }
});

app.listen(process.env.PORT || 4000);
