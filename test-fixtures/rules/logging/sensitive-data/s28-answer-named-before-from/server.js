const express = require('express');
const { getEmailFromTokens, getAccessTokenFromRefreshToken } = require('./oauth');

const app = express();

app.get('/oauth/callback', async (req, res) => {
  const token = await getAccessTokenFromRefreshToken(String(req.query.code));
  console.log('token issued', await getAccessTokenFromRefreshToken(String(req.query.code))); // expect: logging/sensitive-data
  const email = await getEmailFromTokens({ access_token: token });
  console.log('connected mailbox for', email);
  res.redirect('/settings');
});

app.listen(3000);
