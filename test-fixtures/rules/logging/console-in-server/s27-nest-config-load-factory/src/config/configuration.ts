import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

// a key file mounted beside the deployment, read when the configuration is built
function keyFromFile(name: string): string | undefined {
  const file = join(__dirname, '../../keys', name);
  try {
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  } catch (err) {
    console.warn(`cannot read key file ${name}`);
  }
  return undefined;
}

export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  signingKey: process.env.SIGNING_KEY ?? keyFromFile('signing.pem'),
});
