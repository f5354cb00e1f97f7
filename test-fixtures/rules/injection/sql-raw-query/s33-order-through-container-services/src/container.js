const { Pool } = require('pg');
const ListingRepository = require('./ListingRepository');
const ListingService = require('./ListingService');
const ListingController = require('./ListingController');

// a small service container: each service is made once, from the ones it needs
function createContainer() {
  const made = new Map();
  const factories = new Map();
  const container = {
    register(name, factory) { factories.set(name, factory); },
    get(name) {
      if (!made.has(name)) made.set(name, factories.get(name)(container));
      return made.get(name);
    },
  };
  container.register('db', () => new Pool({ connectionString: process.env.DATABASE_URL }));
  container.register('listingRepository', (c) => new ListingRepository(c.get('db')));
  container.register('listingService', (c) => new ListingService(c.get('listingRepository')));
  container.register('listingController', (c) => new ListingController(c.get('listingService')));
  return container;
}

module.exports = { createContainer };
