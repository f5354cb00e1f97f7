const express = require('express')
const jwt = require('jsonwebtoken')
const mongoose = require('mongoose')
const { consumeResendThrottle } = require('./throttle')

const Note = mongoose.model('Note', new mongoose.Schema({ owner: String, text: String }))
const app = express()
app.use(express.json())

function requireAuth (req, res, next) {
  try {
    req.user = jwt.verify(String(req.headers.authorization || '').replace('Bearer ', ''), process.env.JWT_SECRET)
    next()
  } catch (e) {
    res.status(401).json({ error: 'unauthorized' })
  }
}

app.post('/notes', requireAuth, async (req, res) => {
  res.status(201).json(await Note.create({ owner: req.user.sub, text: String(req.body.text).slice(0, 500) }))
})

// streams an answer from the model as server-sent events; nothing is stored
app.post('/ask/stream', (req, res) => {
  res.setHeader('Content-Type', 'text/event-stream')
  res.flushHeaders()
  res.write(`data: ${JSON.stringify({ echo: String(req.body.q).slice(0, 200) })}\n\n`)
  res.end()
})

// asks the mail service to resend a link, at most once a minute per address (the answer never says whether it exists)
app.post('/auth/resend', (req, res) => {
  const email = String(req.body.email || '').trim().toLowerCase()
  if (!consumeResendThrottle(email)) return res.status(429).json({ error: 'slow down' })
  res.json({ ok: true })
})

app.listen(3000)
