const tls = require('tls');

// required by the server: its setting runs
const socketOptions = { host: process.env.RELAY_HOST, port: 465, rejectUnauthorized: false }; // expect: crypto/tls-verification-off

function openRelay() {
  return tls.connect(socketOptions);
}

module.exports = { openRelay };
