const got = require('got');

async function getJson(url) {
  return got(url, { timeout: { request: 5000 } }).json(); // expect: injection/ssrf
}

module.exports = { getJson };
