const { Command } = require('commander');
const { store } = require('../app');
const { newApiKey, hashKey } = require('../lib/keys');

const program = new Command();
program
  .argument('<owner>')
  .action((owner) => {
    const token = newApiKey();
    store.saveKey(owner, hashKey(token));
    console.log('rotated token', token);
  });
program.parse();
