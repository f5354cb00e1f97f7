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
};
