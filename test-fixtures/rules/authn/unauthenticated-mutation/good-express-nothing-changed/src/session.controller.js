const asyncHandler = require('express-async-handler');

class SessionController {
  static signOut = asyncHandler(async (req, res) => {
    res.clearCookie('refresh', { path: '/auth' });
    res.status(204).end();
  });
}

module.exports = { SessionController };
