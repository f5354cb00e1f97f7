import { promises as dns } from 'node:dns';

export async function locate(host) {
  const addresses = await dns.resolve4(host);
  return { host, addresses };
}
