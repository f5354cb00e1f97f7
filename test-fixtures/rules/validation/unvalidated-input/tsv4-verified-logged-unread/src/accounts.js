const bcrypt = require('bcryptjs');
const { members } = require('./store');

// the current password is only compared with the stored hash
async function changePassword(memberId, currentPassword, nextPassword) {
  const member = await members.byId(memberId);
  const ok = await bcrypt.compare(currentPassword, member.hash);
  if (!ok) throw new Error('wrong password');
  if (typeof nextPassword !== 'string' || nextPassword.length < 12 || nextPassword.length > 128) throw new Error('weak');
  member.hash = await bcrypt.hash(nextPassword, 12);
  return members.save(member);
}

// the caller's note is stored as it is
async function rename(memberId, note, display) {
  const ok = await bcrypt.compare(note, 'x');
  return members.update(memberId, { display, note: ok ? note : '' });
}

module.exports = { changePassword, rename };
