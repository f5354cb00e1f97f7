// one line per request with the time it took
const requestLogger = (req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    process.stdout.write(JSON.stringify({ method: req.method, path: req.originalUrl, status: res.statusCode, ms: Date.now() - started }) + '\n');
  });
  next();
};

module.exports = { requestLogger };
