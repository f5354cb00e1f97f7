import { decode, sign } from 'hono/jwt';
import { and, eq, isNull } from 'drizzle-orm';
import { HTTPException } from 'hono/http-exception';
import { db } from './db';
import { accounts } from './schema';

// The refresh token is only accepted when it is the very token stored for the account at sign-in:
// decoding it first just reads the expiry.
export async function rotate(presented: string) {
  const { payload } = decode(presented);
  if ((payload.exp as number) < Date.now() / 1000) {
    throw new HTTPException(401, { message: 'expired' });
  }
  const [account] = await db.select().from(accounts)
    .where(and(isNull(accounts.deletedAt), eq(accounts.refreshToken, presented)));
  if (!account) throw new HTTPException(401, { message: 'unknown refresh token' });
  const next = await sign({ sub: account.id, exp: Math.floor(Date.now() / 1000) + 600 }, process.env.ACCESS_SECRET!);
  return next;
}
