// Copies the listed own keys of source into a new object.
function pick(source, keys) {
  return keys.reduce((acc, key) => {
    if (source && Object.prototype.hasOwnProperty.call(source, key)) acc[key] = source[key];
    return acc;
  }, {});
}

module.exports = pick;
