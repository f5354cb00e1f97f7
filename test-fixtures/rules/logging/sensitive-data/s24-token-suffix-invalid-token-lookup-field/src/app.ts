import express from 'express';
import pino from 'pino';
import { Expo } from 'expo-server-sdk';
import { Pool } from 'pg';

const logger = pino();
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const expo = new Expo();
const app = express();
app.use(express.json());

async function pushTokensOf(userId: string): Promise<{ push_token: string }[]> {
  const { rows } = await pool.query('SELECT push_token FROM devices WHERE user_id = $1', [userId]);
  return rows;
}

async function unsubscribeByToken(token: string): Promise<{ email: string; kind: string } | null> {
  const { rows } = await pool.query('DELETE FROM subscriptions WHERE token = $1 RETURNING email, kind', [token]);
  return rows[0] ?? null;
}

app.post('/users/:id/notify', async (req, res) => {
  const rows = await pushTokensOf(req.params.id);
  // the last six characters of each token, to tell devices apart
  logger.info({ userId: req.params.id, pushTokens: rows.map((r) => r.push_token.slice(-6)) }, 'dispatching');
  // the whole token
  logger.info({ userId: req.params.id, pushTokens: rows.map((r) => r.push_token) }, 'dispatching'); // expect: logging/sensitive-data
  for (const { push_token: pushToken } of rows) {
    if (!Expo.isExpoPushToken(pushToken)) {
      // a value that is no push token at all
      logger.warn(`invalid push token: ${pushToken}`);
      continue;
    }
    await expo.sendPushNotificationsAsync([{ to: pushToken, body: String(req.body.text ?? '') }]);
  }
  res.status(202).end();
});

app.get('/unsubscribe/:token', async (req, res) => {
  const found = await unsubscribeByToken(req.params.token);
  if (!found) return res.status(404).end();
  // the address found by the token, not the token
  logger.info(`unsubscribed ${found.email} from ${found.kind}`);
  res.send('unsubscribed');
});

app.listen(3000);
