#!/bin/bash
# one-off check of the scaffold
npm run build
node dist/index.js &
sleep 2
curl -sf http://localhost:3000/tasks
