const { issueTokenPair } = require('../session');

test('issues two tokens', () => {
  const pair = issueTokenPair('u1');
  expect(pair.accessToken).toBeDefined();
  expect(pair.refreshToken).toBeDefined();
});
