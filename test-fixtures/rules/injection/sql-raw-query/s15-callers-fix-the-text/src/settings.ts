import { query } from './db';

const DICTIONARIES = new Set(['simple', 'english', 'german', 'french']);

// The text-search dictionary an admin picked; only names on the list above are ever answered.
export async function searchDictionary(): Promise<string> {
  const r = await query<{ value: string }>(`SELECT value FROM settings WHERE key = 'dictionary'`);
  const name = r.rows[0]?.value ?? 'simple';
  if (!DICTIONARIES.has(name)) {
    return 'simple';
  }
  return name;
}
