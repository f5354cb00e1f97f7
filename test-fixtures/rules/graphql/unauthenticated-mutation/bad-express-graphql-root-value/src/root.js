const bcrypt = require('bcrypt');
const jwt = require('jsonwebtoken');
const Account = require('./account');

async function login({ email, password }) {
  const account = await Account.findOne({ email });
  if (!account || !(await bcrypt.compare(password, account.hash))) throw new Error('Invalid credentials');
  return jwt.sign({ sub: account.id }, process.env.JWT_SECRET, { expiresIn: '1h' });
}

async function changeEmail({ email }, req) {
  if (!req.user) throw new Error('Not signed in');
  return Account.findByIdAndUpdate(req.user.sub, { email }, { new: true });
}

async function closeAccount({ id }) { // expect: graphql/unauthenticated-mutation
  await Account.findByIdAndDelete(id);
  return true;
}

module.exports = {
  account: ({ id }) => Account.findById(id),
  login,
  changeEmail,
  closeAccount,
};
