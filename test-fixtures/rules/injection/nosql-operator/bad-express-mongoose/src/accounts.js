const User = require('./models/User');

// called with the request's username from app.js
async function findAccount(username) {
  return User.findOne({ username, disabled: false }); // expect: injection/nosql-operator
}

module.exports = { findAccount };
