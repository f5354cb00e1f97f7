'use strict'

// Not a plugin (no function exported): autoload skips it.
exports.money = (cents) => (cents / 100).toFixed(2)
