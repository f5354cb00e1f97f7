const bcrypt = require('bcryptjs');
const { db } = require('./db');

// seeds a demo account: the password is a constant in this file, so a higher cost would protect nothing
async function seedDemoUser() {
  const hashed = await bcrypt.hash('Demo@123', 8);
  await db.users.insert({ email: 'demo@clinic.test', password: hashed });
}

module.exports = { seedDemoUser };
