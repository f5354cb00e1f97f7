export function hasAccess({ session, scopes }: { session: unknown; scopes?: string[] }) {
  return session != null && (scopes === undefined || scopes.length > 0);
}
