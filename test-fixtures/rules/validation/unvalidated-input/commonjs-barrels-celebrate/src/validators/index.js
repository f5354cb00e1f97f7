module.exports = {
  AnimalValidator: require('./AnimalValidator'),
};
