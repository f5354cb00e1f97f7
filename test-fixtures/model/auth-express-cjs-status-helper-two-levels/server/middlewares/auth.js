const { readToken } = require('../utils/jwt');
const status = require('../helpers/respond');

const { User } = require('../models');

exports.authenticate = async (req, res, next) => {
  try {
    const header = req.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) {
      return status.unauthorized(res, 'No token provided');
    }
    const claims = readToken(header.substring(7));
    if (!claims) {
      return status.unauthorized(res, 'Invalid or expired token');
    }
    const account = await User.findByPk(claims.sub);
    if (!account || !account.isActive) {
      return status.unauthorized(res, 'Account not found or inactive');
    }
    req.user = account;
    next();
  } catch (error) {
    return status.failure(res, 'Authentication failed', 500);
  }
};

// signed-in or not: a reader may see drafts when signed in
exports.optionalAuthenticate = async (req, res, next) => {
  try {
    const header = req.headers.authorization;
    if (!header || !header.startsWith('Bearer ')) {
      req.user = null;
      return next();
    }
    const claims = readToken(header.substring(7));
    req.user = claims ? await User.findByPk(claims.sub) : null;
    next();
  } catch (error) {
    req.user = null;
    next();
  }
};
