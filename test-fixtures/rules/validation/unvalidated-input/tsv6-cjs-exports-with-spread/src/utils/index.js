module.exports = require('./utils');
