// runs an async middleware and hands a rejection to next()
function wrap(fn) {
  return function wrapped(...args) {
    const next = args[args.length - 1];
    return Promise.resolve(fn(...args)).catch(next);
  };
}

module.exports = wrap;
