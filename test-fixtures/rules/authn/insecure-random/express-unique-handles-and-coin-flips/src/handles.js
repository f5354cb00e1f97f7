const db = require('./db');

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

// the short handle printed on an athlete's public profile: drawn until no other athlete has it
async function generateAthleteCode() {
  for (;;) {
    let code = '';
    for (let i = 0; i < 5; i++) code += LETTERS.charAt(Math.floor(Math.random() * LETTERS.length));
    const taken = await db.athlete.findUnique({ where: { athleteCode: code } });
    if (!taken) return code;
  }
}

// a reset code is still a secret when the code checks it against the other reset codes
async function issueResetCode(athleteId) {
  let resetCode;
  do {
    resetCode = String(Math.floor(100000 + Math.random() * 900000)); // expect: authn/insecure-random
  } while (await db.athlete.findFirst({ where: { resetCode } }));
  await db.athlete.update({ where: { id: athleteId }, data: { resetCode } });
  return resetCode;
}

// a bare code made for a user with no uniqueness check: a verification code
function makeCode() {
  return String(Math.floor(Math.random() * 1e6)).padStart(6, '0'); // expect: authn/insecure-random
}

module.exports = { generateAthleteCode, issueResetCode, makeCode };
