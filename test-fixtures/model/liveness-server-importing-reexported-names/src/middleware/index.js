module.exports = require('./request-id');
