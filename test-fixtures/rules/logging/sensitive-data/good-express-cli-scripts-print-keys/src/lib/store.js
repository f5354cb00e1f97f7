const keys = new Map();

const store = {
  saveKey(owner, hash) {
    keys.set(owner, hash);
  },
};

module.exports = { store };
