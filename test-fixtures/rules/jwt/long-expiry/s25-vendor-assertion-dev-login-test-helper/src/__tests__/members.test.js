const { tokenFor } = require('../token-helpers');

test('member token', () => {
  expect(typeof tokenFor('u1')).toBe('string');
});
