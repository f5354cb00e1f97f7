import type { Context, Next } from 'hono'
import { failWith } from '../lib/errors'

interface ThrottleOptions {
  limit: number
  windowSeconds: number
  bucket: string
}

// a counter per client address and window, kept in KV
export function throttle(options: ThrottleOptions) {
  const { limit, windowSeconds, bucket } = options
  return async (c: Context, next: Next) => {
    const ip = c.req.header('cf-connecting-ip') ?? 'local'
    const key = `rl:${bucket}:${ip}:${Math.floor(Date.now() / (windowSeconds * 1000))}`
    const seen = Number((await c.env.KV.get(key)) ?? '0')
    if (seen >= limit) {
      return failWith(c, 'RATE_LIMITED', 'Too many requests, try again later')
    }
    await c.env.KV.put(key, String(seen + 1), { expirationTtl: windowSeconds })
    await next()
  }
}
