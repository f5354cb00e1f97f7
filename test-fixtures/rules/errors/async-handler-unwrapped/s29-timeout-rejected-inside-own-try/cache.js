import Redis from 'ioredis';

let client = null;
let ready = false;

export const connectCache = () => {
  client = new Redis(process.env.REDIS_URL);
  client.on('ready', () => { ready = true; });
  client.on('end', () => { ready = false; });
};

export const cacheReady = () => ready;
export const cacheClient = () => client;
