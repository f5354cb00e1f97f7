import readline from 'node:readline/promises';
import { writeFile } from 'node:fs/promises';

const rl = readline.createInterface({ input: process.stdin, output: process.stdout });

async function ask(question, example) {
  const answer = await rl.question(`${question} (e.g. ${example}): `);
  return answer || example;
}

const env = {};
// an example answer shown to the person running the setup: credentials named for what goes there
env.MONGODB_URI = await ask('MongoDB connection string', 'mongodb+srv://username:password@cluster.mongodb.net/playlists');
env.REPORTS_DB_URL = await ask('Reports database URL', 'postgres://db_user:db_password@reports.internal:5432/reports');
// a real password left as the fallback
env.CACHE_URL = process.env.CACHE_URL || 'redis://cacheuser:Zq8vLm2rTx41@cache-17.eu-west.redis-host.net:6379'; // expect: secrets/hardcoded
await writeFile('.env', Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n'));
rl.close();
