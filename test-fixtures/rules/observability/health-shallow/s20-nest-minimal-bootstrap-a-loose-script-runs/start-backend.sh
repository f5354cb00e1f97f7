#!/bin/bash
# quick local start without the database modules
PORT=3334 npx ts-node src/main.minimal.ts
