// each provider module exposes authorizeUrl(state, verifier) and exchangeCode(code, verifier), registered at start-up
const registered = new Map();

export function register(name, provider) {
  registered.set(name, provider);
}

export function providerFor(name) {
  return registered.get(name);
}
