'use strict'

const registry = new Map();

module.exports = {
  get(name) {
    return registry.get(name);
  },
  set(name, service) {
    registry.set(name, service);
  },
};
