// the helpers folder hands on what each helper module exports
module.exports = { ...require('./audit') };
