const validate = require('./validate');

// re-exported as a property of the module value: const { validate } = require('../middlewares')
module.exports = { validate };
