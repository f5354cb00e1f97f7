// Settings read once at start: each field from the environment, with the default written here.
function optionalEnv(key: string, fallback: string): string {
  return process.env[key] ?? fallback;
}

function numberEnv(key: string, fallback: number): number {
  const raw = process.env[key];
  return raw === undefined ? fallback : Number(raw);
}

export interface Settings {
  port: number;
  api: { prefix: string; version: string };
}

function buildSettings(): Settings {
  return {
    port: numberEnv('PORT', 3000),
    api: {
      prefix: optionalEnv('API_PREFIX', '/api'),
      version: optionalEnv('API_VERSION', 'v2'),
    },
  };
}

export const settings: Settings = buildSettings();
