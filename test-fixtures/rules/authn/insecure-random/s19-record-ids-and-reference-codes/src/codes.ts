// reference numbers printed on a chart or a family card: staff read them, nobody signs in with them
export function buildChartCode(): string {
  return `C-${Date.now().toString(36)}-${Math.floor(Math.random() * 1000)}`;
}

export function buildHouseholdCode(): string {
  return `H-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
}

// an id for a log line the support team quotes back
export function generateIncidentId(): string {
  return `inc_${Math.random().toString(36).slice(2, 10)}`;
}

// the code a visitor types to get into the waiting-room stream: whoever guesses it gets in
export function generateAccessCode(): string {
  return Math.random().toString(36).slice(2, 8); // expect: authn/insecure-random
}

// mailed to confirm an address
export function makeEmailCode(): string {
  return String(Math.floor(100000 + Math.random() * 900000)); // expect: authn/insecure-random
}

// a temporary password built one class of character at a time: one weak value, one finding
export function proposePassword(): string {
  let password = '';
  password += 'ABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(Math.random() * 24)]; // expect: authn/insecure-random
  password += '23456789'[Math.floor(Math.random() * 8)];
  password += 'abcdefghijkmnpqrstuvwxyz'[Math.floor(Math.random() * 24)];
  return password;
}
