#!/bin/sh
# start the test receiver in the background, then point the API's WEBHOOK_URL at it
cd webhook-receiver && npm install && npm start &
echo "WEBHOOK_URL=http://localhost:3099/webhook"
