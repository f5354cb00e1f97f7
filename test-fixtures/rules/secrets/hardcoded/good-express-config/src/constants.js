module.exports = {
  apiKeyHeader: 'x-api-key',
  ACCESS_TOKEN_COOKIE: 'access_token',
  refreshTokenStorageKey: 'app.refreshToken',
  passwordResetPath: '/auth/password/reset',
  tokenType: 'Bearer',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  apiKeyPlaceholder: 'your-api-key',
  defaultPassword: 'changeme',
  stripeTestKey: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  secretMessage: 'Invalid API key or token supplied',
  passwordPattern: '^(?=.*[A-Z])(?=.*\\d).{12,}$',
  apiKeyLength: '32',
  refreshTokenPurpose: 'billing.refresh-token.v2',
  passwordKdf: 'argon2id-v19-m65536',
  posthogApiKey: 'phc_Q8mZt2LwX4vKp9RnB7yC3dF6gH1jS5aE0uI2oP4qT8r',
  smokeUserPassword: 'billing-smoke-user-2024',
};

// the shipped default, compared against to refuse starting in production with it
const DEFAULT_COOKIE_PASSWORD = '48213390571164829053317720964418';
if (process.env.NODE_ENV === 'production' && process.env.COOKIE_PASSWORD === DEFAULT_COOKIE_PASSWORD) {
  throw new Error('COOKIE_PASSWORD still has its default value');
}
