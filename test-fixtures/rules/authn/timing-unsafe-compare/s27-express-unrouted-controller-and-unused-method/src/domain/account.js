class Account {
  constructor(resetCode) {
    this.resetCode = resetCode;
    this.confirmed = false;
  }

  // kept from the first design; the service confirms through confirmWithCode
  confirmWithLegacyCode(code) {
    if (this.resetCode !== code) throw new Error('invalid code');
    this.confirmed = true;
  }

  confirmWithCode(code) {
    if (this.resetCode !== code) throw new Error('invalid code'); // expect: authn/timing-unsafe-compare
    this.confirmed = true;
  }
}

module.exports = { Account };
