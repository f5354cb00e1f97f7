const jwt = require('jsonwebtoken');

function checkRefresh(token) {
  try {
    return jwt.verify(token, process.env.REFRESH_SECRET, { algorithms: ['HS256'] });
  } catch (e) {
    throw new Error('refresh token rejected');
  }
}

module.exports = { checkRefresh };
