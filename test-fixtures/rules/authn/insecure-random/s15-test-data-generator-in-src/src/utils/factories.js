/** Builders for rows the integration suite inserts. */
export function createTestSession(userId) {
  const token = `sess_${Math.random().toString(36).slice(2, 26)}`;
  return { userId, token, expiresAt: new Date(Date.now() + 3600_000) };
}

export function createTestPlayer(index) {
  return { name: `Player ${index}`, handle: `p${index}` };
}

export function createTestWorld() {
  const player = createTestPlayer(1);
  return { player, session: createTestSession(player.handle) };
}
