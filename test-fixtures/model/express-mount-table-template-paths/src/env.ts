// settings read once at start; the version prefix has a default
export const env = {
  API_VERSION: process.env.API_VERSION || 'v2', // expect: config/env-undocumented
  PORT: Number(process.env.PORT) || 4000,
};
