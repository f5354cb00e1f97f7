// every guard of the folder, from one place
module.exports = { ...require('./audit'), ...require('./admin') };
