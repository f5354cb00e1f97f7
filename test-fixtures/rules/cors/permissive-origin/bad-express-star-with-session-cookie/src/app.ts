import express from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import { randomUUID } from 'node:crypto';

const app = express();
// The fix must keep cookies working: the app identifies visitors by a cookie.
app.use(cors({ origin: '*' })); // expect: cors/permissive-origin[warning]
app.use(cookieParser());

app.get('/wishlist', (req, res) => {
  let visitor = req.cookies.visitor;
  if (!visitor) {
    visitor = randomUUID();
    res.cookie('visitor', visitor, { httpOnly: true, sameSite: 'none', secure: true });
  }
  res.json({ visitor, items: [] });
});

app.listen(3000);
