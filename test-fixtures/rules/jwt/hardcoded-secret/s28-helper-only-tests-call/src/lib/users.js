async function findUser(email, password) {
  return email && password ? { id: email } : null;
}

module.exports = { findUser };
