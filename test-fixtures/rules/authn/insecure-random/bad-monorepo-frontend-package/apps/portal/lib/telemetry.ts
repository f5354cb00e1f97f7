// browser-side analytics: one id per tab, kept in sessionStorage and sent with page events
export function browserSessionId(): string {
  const existing = window.sessionStorage.getItem('portal.session');
  if (existing) return existing;
  const sessionId = `s_${Date.now()}_${Math.random().toString(36).slice(2, 10)}`;
  window.sessionStorage.setItem('portal.session', sessionId);
  return sessionId;
}

export function toastId(): string {
  return Math.random().toString(36).substring(2, 9);
}
