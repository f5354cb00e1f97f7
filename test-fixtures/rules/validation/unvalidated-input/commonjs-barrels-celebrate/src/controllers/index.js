const controllers = {
  animals: require('./animals'),
};

module.exports = controllers;
