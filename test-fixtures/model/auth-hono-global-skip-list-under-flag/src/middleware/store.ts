const sessions = new Map<string, { userId: string }>();

export async function lookupSession(token: string) {
  return sessions.get(token) ?? null;
}
