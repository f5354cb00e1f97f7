module.exports = function trace(label, value) {
  if (process.env.NODE_ENV !== 'production') {
    console.debug(label, value);
  }
};
