const { register, pick } = require('../src/providers/registry');

register('upper', { reply: (m) => m.toUpperCase() });
process.stdout.write(pick('upper').reply('hello') + '\n');
