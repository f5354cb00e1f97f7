function audit(req, res, next) { next(); }
module.exports = { audit };
