import { randomUUID } from 'node:crypto';

export interface User {
  id: string;
  email: string;
  passwordHash: string;
}

const users = new Map<string, User>();

export async function findUserByEmail(email: string) {
  return users.get(email.toLowerCase()) ?? null;
}

export async function createUser(email: string, passwordHash: string) {
  const user = { id: randomUUID(), email: email.toLowerCase(), passwordHash };
  users.set(user.email, user);
  return user;
}
