import Fastify from 'fastify';
import { logger } from './logger';
import { issueRefreshToken } from './tokens';

const app = Fastify({ logger: true });

app.post('/session/refresh', async (request) => {
  const userId = (request.body as { userId: string }).userId;
  const refreshToken = issueRefreshToken();
  // pino formats the message with its extra arguments only through %s/%d/%o/%j placeholders: with none, the
  // extra arguments are dropped and the line says only "token refreshed"
  logger.info('token refreshed', refreshToken);
  logger.info({ userId }, 'token refreshed for user', refreshToken);
  request.log.info('refresh done', refreshToken);
  // an escaped %% is no placeholder
  logger.info('100%% of tokens rotated', refreshToken);
  // these do write the token
  logger.info('token refreshed: %s', refreshToken); // expect: logging/sensitive-data
  logger.info({ userId, refreshToken }, 'token refreshed'); // expect: logging/sensitive-data
  logger.info(refreshToken); // expect: logging/sensitive-data
  request.log.info({ userId }, 'refresh for %s gave %s', userId, refreshToken); // expect: logging/sensitive-data
  // console prints every argument
  console.log('token refreshed', refreshToken); // expect: logging/sensitive-data
  return { refreshToken };
});

// a trading pair's base token is a coin: its symbol and address are public market data, no credential
app.get('/pairs/:address', async (request) => {
  const res = await fetch(`https://dex.example.org/pairs/${(request.params as { address: string }).address}`);
  const pairs = (await res.json()) as Array<{ baseToken: { symbol: string; address: string }; priceUsd: string }>;
  console.log(`symbol: ${pairs[0].baseToken.symbol}`);
  console.log('token address', pairs[0].baseToken.address, 'price', pairs[0].priceUsd);
  return pairs[0];
});

await app.listen({ port: 3000 });
