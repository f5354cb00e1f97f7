const crypto = require('crypto');

class TokenBox {
  static seal(value) {
    return { sealed: crypto.createHash('sha256').update(String(value)).digest('hex') };
  }

  // the server's route calls this one
  static matchesKey(given) {
    return given === process.env.BOX_SECRET; // expect: authn/timing-unsafe-compare
  }

  // never runs: its one caller, the method below, is called nowhere
  static matchesSecret(given) {
    return given === process.env.BOX_ADMIN_SECRET;
  }

  static openSealed(given) {
    return this.matchesSecret(given) ? { open: true } : { open: false };
  }
}

module.exports = { TokenBox };
