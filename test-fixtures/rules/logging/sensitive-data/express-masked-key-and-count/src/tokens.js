const sessions = new Map()

// removes the sessions past their expiry and says how many went
function cleanupExpiredTokens (now = Date.now()) {
  let removed = 0
  for (const [id, s] of sessions) {
    if (s.expiresAt < now) {
      sessions.delete(id)
      removed++
    }
  }
  return removed
}

module.exports = { cleanupExpiredTokens, sessions }
