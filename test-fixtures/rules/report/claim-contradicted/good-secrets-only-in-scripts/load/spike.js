import http from 'k6/http';
import { check } from 'k6';

const BASE = 'https://league.example.test';
const TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLXBsYXllciIsImlhdCI6MTcwMDAwMDAwMH0.c2lnbmF0dXJlLW9mLWEtZGVtby10b2tlbi1mb3ItbG9hZA';

export default function () {
  const res = http.get(`${BASE}/api/me`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  check(res, { ok: (r) => r.status === 200 });
}
