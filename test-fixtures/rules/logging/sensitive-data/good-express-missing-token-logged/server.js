const express = require('express');
const cookieParser = require('cookie-parser');

const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/auth/refresh', (req, res) => {
  const refreshToken = req.cookies.refresh_token;
  if (!refreshToken) {
    // prints undefined or an empty string: the token is what is missing
    console.log('refresh without a token', refreshToken);
    return res.status(400).json({ error: 'missing refresh token' });
  }
  res.json({ ok: true });
});

app.listen(3000);
