const jwt = require('jsonwebtoken');

exports.issue = (user) => jwt.sign({ id: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });
