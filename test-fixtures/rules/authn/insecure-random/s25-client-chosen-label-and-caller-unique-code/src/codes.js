const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

// a member's public handle: its only caller draws again while a member already has it
function generateUserCode() {
  let out = '';
  for (let i = 0; i < 8; i++) out += ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length));
  return out;
}

// a code with no uniqueness check anywhere: still read as a verification code
function generatePinCode() {
  return String(Math.floor(Math.random() * 1e6)).padStart(6, '0'); // expect: authn/insecure-random
}

module.exports = { generateUserCode, generatePinCode };
