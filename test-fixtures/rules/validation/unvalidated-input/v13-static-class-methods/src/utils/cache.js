const { Pool } = require('pg');
const pool = new Pool();

class RouteCache {
  static instance = null;

  constructor() {
    if (RouteCache.instance) return RouteCache.instance;
    RouteCache.instance = this;
    this.routeCache = new Map();
    this.prefix = '[routes]';
  }

  static getInstance() {
    if (!RouteCache.instance) new RouteCache();
    return RouteCache.instance;
  }

  note(text) {
    console.log(`${this.prefix} ${text}`);
  }

  static invalidate(routeId) {
    const cache = RouteCache.getInstance();
    const key = `route:${routeId}`;
    if (!cache.routeCache.has(key)) return;
    cache.note(`dropped cached route ${routeId}`);
    cache.routeCache.delete(key);
  }

  static async rename(routeId, label) {
    const cache = RouteCache.getInstance();
    cache.note(`renaming ${routeId}`);
    await pool.query(`UPDATE routes SET label = '${label}' WHERE id = ${routeId}`);
  }
}

module.exports = { RouteCache };
