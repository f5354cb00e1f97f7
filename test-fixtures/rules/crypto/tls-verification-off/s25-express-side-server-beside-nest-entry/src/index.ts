#!/usr/bin/env node
import { createApp } from './app';

async function main(): Promise<void> {
  createApp().start(Number(process.env.PORT ?? 3001));
}

main();

export { main };
