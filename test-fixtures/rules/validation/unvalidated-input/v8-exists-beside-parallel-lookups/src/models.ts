import { db } from './db';

export async function getAccountById(accountId: string) {
  return db('accounts').where({ id: accountId }).first();
}

export async function getStudioLinks(studioUuid: string) {
  return db('studio_links').where({ studioUuid });
}

export async function getHostForStudio(studioUuid: string): Promise<string | null> {
  const links = await getStudioLinks(studioUuid);
  if (!links.length) return null;
  return links[0].hostUuid || null;
}

export async function recordClaim(accountId: string, studioUuid: string) {
  const [row] = await db('claims').insert({ accountId, studioUuid, token: crypto.randomUUID() }).returning('*');
  return row;
}
