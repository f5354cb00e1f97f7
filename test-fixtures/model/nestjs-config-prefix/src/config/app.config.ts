import { registerAs } from '@nestjs/config';

function requireNumber(name: string, fallback: string): number {
  const n = parseInt(process.env[name] ?? fallback, 10);
  if (Number.isNaN(n)) throw new Error(`${name} must be a number`);
  return n;
}

export default registerAs('app', () => {
  const port = requireNumber('PORT', '3000');
  return {
    port,
    apiPrefix: process.env.API_PREFIX || 'api',
    webOrigin: process.env.WEB_ORIGIN,
  };
});
