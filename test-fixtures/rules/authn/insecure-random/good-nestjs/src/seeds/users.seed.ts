export const seedUsers = Array.from({ length: 10 }, (_, i) => ({
  email: `user${i}@example.com`,
  password: Math.random().toString(36).slice(2),
}));
