import express from 'express';
import axios from 'axios';
import { getAccountById, getHostForStudio, recordClaim } from './models';

const app = express();
app.use(express.json());

// the studio must be known to some host (400 otherwise) before the claim is stored and sent on
app.post('/claims', async (req: any, res) => {
  const { studioUuid } = req.body;
  if (!studioUuid) return res.status(400).json({ error: 'studioUuid is required' });
  const [account, hostUuid] = await Promise.all([
    getAccountById(req.user.id),
    getHostForStudio(studioUuid),
  ]);
  if (!account) {
    return res.status(400).json({ error: 'no account' });
  } else if (!hostUuid) {
    return res.status(400).json({ error: 'unknown studio' });
  }
  const claim = await recordClaim(req.user.id, studioUuid);
  await axios.post(`https://hosts.example.com/${hostUuid}/claims`, { studio: studioUuid, token: claim.token });
  res.json({ url: `https://hosts.example.com/claim?studio=${studioUuid}&token=${claim.token}` });
});

// the same lookup, but a missing host is only logged: the value goes on unchecked
app.post('/claims/draft', async (req: any, res) => {
  const { studioUuid } = req.body; // expect: validation/unvalidated-input
  if (!studioUuid) return res.status(400).json({ error: 'studioUuid is required' });
  const [account, hostUuid] = await Promise.all([
    getAccountById(req.user.id),
    getHostForStudio(studioUuid),
  ]);
  if (!hostUuid) console.warn('no host for studio');
  const claim = await recordClaim(account.id, studioUuid);
  res.json({ id: claim.id });
});

app.listen(3000);
