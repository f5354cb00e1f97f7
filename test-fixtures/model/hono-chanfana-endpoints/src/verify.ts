import { jwtVerify } from 'jose';

const key = new TextEncoder().encode(process.env.JWT_SECRET); // expect: config/env-undocumented

export async function verifyToken(token: string): Promise<{ id: string } | null> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] });
    return typeof payload.sub === 'string' ? { id: payload.sub } : null;
  } catch {
    return null;
  }
}
