const store = require('./store-client');

async function loadSavedFilters(userId) {
  return store.get(`filters:${userId}`);
}

module.exports = { loadSavedFilters };
