const current = new Map<number, { sessionToken: string; expiresAt: Date }>();

// one login per user: the token's session must be the user's current one
export async function sameSession(userId: number, sessionToken: string): Promise<boolean> {
  const session = current.get(userId);
  if (!session) return false;
  if (session.sessionToken !== sessionToken) return false;
  return session.expiresAt > new Date();
}

// the same test, also asked with a value the client sends as it is
export async function matchesDevice(userId: number, deviceToken: string): Promise<boolean> {
  const session = current.get(userId);
  return !!session && session.sessionToken === deviceToken; // expect: authn/timing-unsafe-compare
}
