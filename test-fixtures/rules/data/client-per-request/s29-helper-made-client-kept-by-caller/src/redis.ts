import Redis from 'ioredis';

let publisher: Redis | null = null;

function createConnection(name: string): Redis {
  const redis = new Redis(process.env.REDIS_URL as string, { lazyConnect: true, connectionName: name });
  redis.on('error', () => undefined);
  return redis;
}

// made once, kept in the module and handed out while it is up
export async function getPublisher(): Promise<Redis> {
  if (publisher && publisher.status === 'ready') return publisher;
  publisher = createConnection('publisher');
  await publisher.connect();
  return publisher;
}

// a new connection for every call
export async function oneShot(): Promise<Redis> {
  const conn = new Redis(process.env.REDIS_URL as string); // expect: data/client-per-request
  return conn;
}
