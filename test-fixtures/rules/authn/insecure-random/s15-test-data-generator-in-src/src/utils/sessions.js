export function issueSession(userId) {
  const token = Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2); // expect: authn/insecure-random
  return { userId, token };
}
