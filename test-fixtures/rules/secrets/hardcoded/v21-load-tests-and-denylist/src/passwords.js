// passwords too common to accept, whatever their length and character classes
const commonPasswords = [
  'password',
  '12345678',
  'password123',
  'qwerty123',
  'admin123',
  'Welcome2024!',
];

export function passwordProblems(password) {
  const problems = [];
  if (password.length < 10) problems.push('at least 10 characters');
  if (commonPasswords.some((c) => password.toLowerCase().includes(c.toLowerCase()))) problems.push('too common');
  return problems;
}

// a real credential kept beside other words is still one
export const mailer = {
  host: 'smtp.example.org',
  user: 'notifications',
  password: 'Tq9#vLm2xW8pR4zK', // expect: secrets/hardcoded
};
