const providers = new Map();

function register(name, client) {
  providers.set(name, client);
  console.log(`provider ${name} registered`);
}

function pick(name) {
  return providers.get(name) || providers.values().next().value;
}

module.exports = { register, pick };
