#!/bin/sh
# one-time setup of the AI integration: in a second terminal, start the logger to see what arrives
echo "run: node scripts/utilities/webhook-logger.js"
