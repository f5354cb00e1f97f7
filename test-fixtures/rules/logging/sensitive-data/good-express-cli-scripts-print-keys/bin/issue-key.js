#!/usr/bin/env node
const { store } = require('../src/app');
const { newApiKey, hashKey } = require('../src/lib/keys');

const owner = process.argv[2];
if (!owner) {
  console.error('usage: issue-key <owner>');
  process.exit(1);
}
const apiKey = newApiKey();
store.saveKey(owner, hashKey(apiKey));
console.log(`API key for ${owner}: ${apiKey}`);
console.log('Store it now: it is not shown again.');
