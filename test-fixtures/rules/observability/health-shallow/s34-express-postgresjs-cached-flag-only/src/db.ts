import postgres from 'postgres';

export const sql = postgres(process.env.DATABASE_URL as string, { max: 5 });

// a flag set once at boot, never refreshed
export let booted = false;
export function markBooted() {
  booted = true;
}
