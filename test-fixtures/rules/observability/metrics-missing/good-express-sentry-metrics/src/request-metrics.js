const Sentry = require('@sentry/node');

// one duration sample and one counter per request, sent with the Sentry events
function requestMetrics(req, res, next) {
  const started = Date.now();
  res.on('finish', () => {
    const tags = { route: req.route ? req.route.path : 'unmatched', status: String(res.statusCode) };
    Sentry.metrics.distribution('http.request.duration', Date.now() - started, { unit: 'millisecond', tags });
    Sentry.metrics.increment('http.requests', 1, { tags });
  });
  next();
}

module.exports = { requestMetrics };
