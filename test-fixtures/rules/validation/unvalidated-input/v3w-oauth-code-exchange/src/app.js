import express from 'express';
import cookieParser from 'cookie-parser';
import SpotifyWebApi from 'spotify-web-api-node';
import { PrismaClient } from '@prisma/client';
import { providerFor } from './providers.js';

const prisma = new PrismaClient();
const app = express();
app.use(cookieParser());

// the code goes only to the provider's token endpoint; the state is compared with the cookie set before the redirect
app.get('/connect/:provider/callback', async (req, res) => {
  const provider = providerFor(req.params.provider === 'google' ? 'google' : 'github');
  const code = req.query.code;
  const state = req.query.state;
  if (!code || !state || state !== req.cookies.oauth_state || !provider) return res.redirect('/settings?error=oauth');
  const tokens = await provider.exchangeCode(code, req.cookies.oauth_verifier);
  await prisma.connection.create({ data: { userId: req.cookies.uid, accessToken: tokens.accessToken } });
  res.redirect('/settings?connected=1');
});

app.get('/spotify/callback', async (req, res) => {
  const { code } = req.query;
  if (!code) return res.status(400).json({ error: 'missing code' });
  const spotify = new SpotifyWebApi({ clientId: process.env.SPOTIFY_ID, clientSecret: process.env.SPOTIFY_SECRET });
  const grant = await spotify.authorizationCodeGrant(code);
  spotify.setAccessToken(grant.body.access_token);
  const me = await spotify.getMe();
  res.json({ name: me.body.display_name });
});

// here the code is also kept in a cookie as sent
app.get('/spotify/callback-debug', async (req, res) => {
  const { code } = req.query; // expect: validation/unvalidated-input
  const spotify = new SpotifyWebApi({ clientId: process.env.SPOTIFY_ID, clientSecret: process.env.SPOTIFY_SECRET });
  const grant = await spotify.authorizationCodeGrant(code);
  res.cookie('last_code', code);
  res.json({ expires: grant.body.expires_in });
});

app.listen(3000);
