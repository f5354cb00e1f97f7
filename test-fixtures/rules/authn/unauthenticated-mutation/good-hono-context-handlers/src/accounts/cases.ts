import type { BcryptChecker } from './checker.js';

type Db = { prepare(sql: string): { bind(...v: unknown[]): { run(): Promise<void>; first(): Promise<{ id: string; hash: string } | null> } } };
type Checks = Record<string, (token: string) => Promise<{ sub?: string }>>;

function signIn(checker: BcryptChecker, db: Db) {
  return async (name: string, password: string) => {
    const row = await db.prepare('SELECT id, hash FROM accounts WHERE name = ?').bind(name).first();
    if (!row || !(await checker.matches(password, row.hash))) throw new Error('bad credentials');
    await db.prepare('INSERT INTO sessions (account_id) VALUES (?)').bind(row.id).run();
    return row.id;
  };
}

function providerSignIn(checks: Checks, db: Db) {
  return async (provider: string, idToken: string) => {
    const check = checks[provider];
    const claims = await check(idToken);
    await db.prepare('INSERT INTO sessions (subject) VALUES (?)').bind(claims.sub).run();
    return claims.sub;
  };
}

function dropNickname(db: Db) {
  return async (id: string) => {
    await db.prepare('UPDATE accounts SET nickname = NULL WHERE id = ?').bind(id).run();
  };
}

export function makeAccountCases(checker: BcryptChecker, checks: Checks, db: unknown) {
  const d = db as Db;
  return {
    signIn: signIn(checker, d),
    providerSignIn: providerSignIn(checks, d),
    dropNickname: dropNickname(d),
  };
}
