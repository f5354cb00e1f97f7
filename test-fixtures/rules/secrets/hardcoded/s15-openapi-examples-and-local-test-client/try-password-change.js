// Walks through sign-in and password change against the dev server.
const API = 'http://localhost:3000/auth';

const ACCOUNT = {
  email: 'ada@notes.dev',
  password: 'Start!Pass-2024',
  nextPassword: 'Kp9!meadow-Orbit7',
};

async function call(path, body, token) {
  const res = await fetch(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

const session = await call('/sign-in', { email: ACCOUNT.email, password: ACCOUNT.password });
console.log(await call('/password', { current: ACCOUNT.password, next: ACCOUNT.nextPassword }, session.token));
