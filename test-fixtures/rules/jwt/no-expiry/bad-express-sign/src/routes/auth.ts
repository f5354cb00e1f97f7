import express from 'express';
import jwt from 'jsonwebtoken';

const router = express.Router();

router.post('/login', (req, res) => {
  const token = jwt.sign({ id: req.body.username }, process.env.JWT_SECRET as string); // expect: jwt/no-expiry
  res.json({ token });
});

export default router;
