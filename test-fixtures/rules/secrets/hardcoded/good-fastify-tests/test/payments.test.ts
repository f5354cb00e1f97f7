import { build } from '../server';

const stripeKey = 'sk_live_Zq81nFvB2xLw7TmR4cK9pH3dJ6sG0yAe5uQi';
const dbUrl = 'postgres://ci:Pw9xLk2mQz7V@db.ci-cluster.internal:5432/payments';

test('health', async () => {
  process.env.PAYMENT_API_KEY = stripeKey;
  process.env.DATABASE_URL = dbUrl;
  const res = await build().inject({ url: '/health' });
  expect(res.json().keyConfigured).toBe(true);
});
