interface Result { valid: boolean; errors: string[] }

export function validateEnv(): Result {
  const errors: string[] = [];
  const required: string[] = ['DATABASE_URL', 'AUTH_SECRET_KEY', 'WEBHOOK_SIGNING_SECRET', 'MOVIE_API_KEY'];
  for (const key of required) {
    const value = process.env[key];
    if (!value || value.trim() === '') {
      errors.push(`Missing required environment variable: ${key}`);
    }
  }
  return { valid: errors.length === 0, errors };
}

// reports the problems and starts anyway: nothing fails fast
export function reportEnv(): void {
  const result = validateEnv();
  if (!result.valid) {
    result.errors.forEach((e) => console.warn(e));
  }
}
