import net from 'node:net';

function linkLocalOrPrivate(ip: string): boolean {
  const [a, b] = ip.split('.').map((x) => Number(x));
  if (a === 10 || a === 127 || a === 0) return true;
  if (a === 169 && b === 254) return true;
  if (a === 192 && b === 168) return true;
  return a === 172 && b >= 16 && b <= 31;
}

// refuses URLs whose host is loopback, private or link-local (the cloud metadata address among them)
export function outboundUrlProblem(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return 'not a URL';
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return 'http(s) only';
  const host = u.hostname.toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return 'loopback host';
  if (net.isIP(host) === 4 && linkLocalOrPrivate(host)) return 'private address';
  return null;
}

// only looks at the scheme: any host passes
export function schemeProblem(raw: string): string | null {
  const u = new URL(raw);
  return u.protocol === 'https:' ? null : 'https only';
}

export function assertPublicUrl(raw: string): void {
  const problem = outboundUrlProblem(raw);
  if (problem) throw new Error(problem);
}
