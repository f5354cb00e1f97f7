const express = require('express')
const pino = require('pino')
const pinoHttp = require('pino-http')
const { cleanupExpiredTokens } = require('./tokens')

const logger = pino()
const app = express()
app.use(express.json())
app.use(pinoHttp({ logger, redact: ['req.headers.authorization', 'req.headers.cookie'] }))

// which keys are loaded, without printing them
logger.info({
  CLOUD_NAME: process.env.CLOUD_NAME,
  CLOUD_API_KEY: process.env.CLOUD_API_KEY?.substring(0, 4) + '...',
  CLOUD_API_SECRET: process.env.CLOUD_API_SECRET ? 'set' : 'missing',
  MAPS_API_KEY: process.env.MAPS_API_KEY ? process.env.MAPS_API_KEY.substring(0, 10) + '...' : 'missing'
}, 'media storage configured')

// the first six characters of a short secret are the secret
logger.info({ PIN_SECRET: process.env.PIN_SECRET?.substring(0, 6) }, 'pin configured') // expect: logging/sensitive-data

app.post('/admin/cleanup', (req, res) => {
  const count = cleanupExpiredTokens()
  req.log.info(`removed ${count} expired tokens`)
  res.json({ removed: count })
})

app.post('/login', (req, res) => {
  req.log.info({ password: req.body.password }, 'login attempt') // expect: logging/sensitive-data
  res.status(401).end()
})

app.listen(3000)
