// one place to import middleware from
module.exports = require('./auth');
