import jwt from 'jsonwebtoken';
import { jwtVerify } from 'jose';
import { verify } from 'hono/jwt';

export const a = (t: string) => jwt.verify(t, process.env.JWT_SECRET as string);
export const b = (t: string) => jwt.verify(t, process.env.JWT_SECRET as string, { algorithms: ['HS256'] });
export const c = (t: string, key: Uint8Array) => jwtVerify(t, key);
export const d = (t: string, s: string) => verify(t, s, 'HS256');
