import http from 'k6/http';

// the QA seed's accounts the load scenarios sign in with
export const SEED_ACCOUNTS = {
  organiser: { email: 'organiser@qa.local', password: 'Organiser#2024x' },
  customer: { email: 'customer@qa.local', password: 'Customer#2024x' },
};

export function signIn(base, who) {
  const res = http.post(`${base}/auth/login`, JSON.stringify(SEED_ACCOUNTS[who]), { headers: { 'Content-Type': 'application/json' } });
  return res.json('token');
}
