#!/usr/bin/env bun
import { runAdmin } from './cli/index.js';

runAdmin().catch((err) => {
  console.error(`admin failed: ${err.message}`);
  process.exit(1);
});
