const BREAKERS = new Map();

function breaker(key) {
  if (!BREAKERS.has(key)) BREAKERS.set(key, { run: (fn) => fn() });
  return BREAKERS.get(key);
}

function apiUrl(path) {
  const base = process.env.UPSTREAM_API_URL.replace(/\/+$/, '');
  return `${base}${path}`;
}

async function sendInner(path) {
  const res = await fetch(apiUrl(path));
  return res.json();
}

// the path reaches the request inside a callback: the base in front of it is still the configured one
async function send(path) {
  return breaker(path).run(() => sendInner(path));
}

async function getNode(id) {
  return send(`/api/nodes/${id}`);
}

// a caller-chosen whole URL through the same kind of closure
async function relayInner(url) {
  const res = await fetch(url); // expect: injection/ssrf
  return res.json();
}

async function relay(url) {
  return breaker('relay').run(() => relayInner(url));
}

module.exports = { getNode, relay };
