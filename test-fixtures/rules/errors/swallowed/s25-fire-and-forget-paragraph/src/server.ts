import Fastify from 'fastify';
import { badges, rewards, ledger } from './services';

const app = Fastify();

app.post('/streak', async (request) => {
  const result = await rewards.claim(String((request.body as { user: string }).user));
  // STREAK_7 badge (fire-and-forget)
  if (result.streak >= 7) {
    const channel = result.user;
    void badges.unlock(channel, 'STREAK_7').catch(() => {});
  }
  return result;
});

app.post('/spin', async (request) => {
  const result = await rewards.claim(String((request.body as { user: string }).user));
  // badge checks run in the background (best-effort)
  const who = result.user;

  void badges.unlock(who, 'SPINNER').catch(() => {}); // expect: errors/swallowed
  await ledger.append(who, result.streak).catch(() => {}); // expect: errors/swallowed
  return result;
});

app.listen({ port: 3000 });
