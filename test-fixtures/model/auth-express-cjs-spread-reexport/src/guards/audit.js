function auditTrail(req, res, next) {
  res.on('finish', () => process.stdout.write(`${req.method} ${req.originalUrl} ${res.statusCode}\n`));
  next();
}

module.exports = { auditTrail };
