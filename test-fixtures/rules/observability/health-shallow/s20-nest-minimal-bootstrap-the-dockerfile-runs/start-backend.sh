#!/bin/bash
# the container starts the minimal server
PORT=3334 npx ts-node src/main.minimal.ts
