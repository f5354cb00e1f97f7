const SENTINEL = 'https://sentinel.invalid';

// hands the path back only when it stays on this site, else nothing
export function safeReturnPath(candidate?: string | null): string | undefined {
  if (!candidate) return undefined;
  const path = candidate.trim();
  if (!path.startsWith('/')) return undefined;
  try {
    if (new URL(path, SENTINEL).origin !== SENTINEL) return undefined;
  } catch {
    return undefined;
  }
  return path;
}

// tidies the value but checks nothing beyond presence
export function tidyPath(candidate?: string | null): string | null {
  if (!candidate) return null;
  return candidate.trim();
}
