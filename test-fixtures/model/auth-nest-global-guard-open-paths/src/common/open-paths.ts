// paths the session guard lets through without a token
export const OPEN_PATHS = ['/status', '/billing/hooks/stripe', '/auth/sign-in'] as const;

export function isOpenPath(path: string): boolean {
  return OPEN_PATHS.some((open) => path === open || path?.startsWith(`${open}/`));
}
