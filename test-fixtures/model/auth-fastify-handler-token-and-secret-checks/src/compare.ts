import { createHash, timingSafeEqual } from 'node:crypto';

export async function safeCompare(a: string, b: string): Promise<boolean> {
  const x = createHash('sha256').update(a).digest();
  const y = createHash('sha256').update(b).digest();
  return timingSafeEqual(x, y);
}
