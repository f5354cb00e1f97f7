import path from 'node:path';

/** base joined with name, refusing anything that leaves base. */
export function safeJoin(base: string, name: string): string {
  const target = path.resolve(base, name);
  if (!target.startsWith(base + path.sep)) {
    throw new Error('path outside ' + base);
  }
  return target;
}
