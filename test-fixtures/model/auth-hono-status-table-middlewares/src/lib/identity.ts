import { createRemoteJWKSet, jwtVerify } from 'jose'

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>()

// the verified claims, or null for a missing or bad token
export async function verifiedClaims(token: string, jwksUrl: string): Promise<Record<string, unknown> | null> {
  let keys = keySets.get(jwksUrl)
  if (!keys) {
    keys = createRemoteJWKSet(new URL(jwksUrl))
    keySets.set(jwksUrl, keys)
  }
  try {
    const { payload } = await jwtVerify(token, keys)
    return payload as Record<string, unknown>
  } catch {
    return null
  }
}
