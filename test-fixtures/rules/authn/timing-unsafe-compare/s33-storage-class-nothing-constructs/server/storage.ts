import bcrypt from 'bcryptjs';

export interface User {
  id: number;
  username: string;
  password: string;
  apiKey: string;
}

export interface IStorage {
  validateCredentials(username: string, password: string): Promise<User | undefined>;
  userByApiKey(key: string): Promise<User | undefined>;
}

// the in-memory store of the first prototype: kept in the file, never constructed (the app uses DatabaseStorage)
export class MemStorage implements IStorage {
  private users = new Map<number, User>();

  async validateCredentials(username: string, password: string): Promise<User | undefined> {
    const user = Array.from(this.users.values()).find((u) => u.username === username);
    return user && user.password === password ? user : undefined;
  }

  async userByApiKey(key: string): Promise<User | undefined> {
    return Array.from(this.users.values()).find((u) => u.apiKey === key);
  }
}

export class DatabaseStorage implements IStorage {
  private rows: User[] = [];

  async validateCredentials(username: string, password: string): Promise<User | undefined> {
    const user = this.rows.find((u) => u.username === username);
    if (user && user.password.startsWith('$2')) return (await bcrypt.compare(password, user.password)) ? user : undefined;
    // rows imported from the old system still hold the password as written
    return user && user.password === password ? user : undefined; // expect: authn/timing-unsafe-compare
  }

  async userByApiKey(key: string): Promise<User | undefined> {
    return this.rows.find((u) => u.apiKey === key);
  }
}

export const storage = new DatabaseStorage();
