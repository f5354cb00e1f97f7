const User = require('./models/User');

// the caller hands the request body over as `changes`
async function updateProfile(id, changes) {
  return User.updateOne({ _id: String(id) }, changes); // expect: injection/mass-assignment
}

module.exports = { updateProfile };
