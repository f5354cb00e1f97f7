const WINDOW_MS = 60000
const lastRequestAtByEmail = new Map()

// one resend per address per minute
function consumeResendThrottle (email, now = Date.now()) {
  const last = lastRequestAtByEmail.get(email)
  if (last !== undefined && now - last < WINDOW_MS) return false
  lastRequestAtByEmail.set(email, now)
  return true
}

module.exports = { consumeResendThrottle }
