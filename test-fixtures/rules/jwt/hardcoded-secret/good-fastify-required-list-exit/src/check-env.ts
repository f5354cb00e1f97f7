export function checkEnv(): void {
  const required = ['DATABASE_URL', 'TOKEN_SIGNING_SECRET'];
  const productionOnly = ['PAYMENTS_KEY'];
  const all = process.env.NODE_ENV === 'production' ? [...required, ...productionOnly] : required;
  const absent = all.filter((key) => !process.env[key]);
  if (absent.length > 0) {
    console.error(`missing environment variables: ${absent.join(', ')}`);
    process.exit(1);
  }
}
