/** Only paths on this site; anything else goes home. */
export function safeTarget(target: string): string {
  if (!target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  return target;
}
