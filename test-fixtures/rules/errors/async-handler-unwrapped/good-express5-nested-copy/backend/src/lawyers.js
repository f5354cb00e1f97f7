const lawyers = {
  async byEmail(email) {
    if (email.endsWith('.invalid')) throw new Error('lookup failed');
    return { id: 1, email };
  },
};

module.exports = { lawyers };
