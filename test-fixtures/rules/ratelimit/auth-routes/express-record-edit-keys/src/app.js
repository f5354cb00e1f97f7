const express = require('express')
const mongoose = require('mongoose')
const rateLimit = require('express-rate-limit')

const Entry = mongoose.model('Entry', new mongoose.Schema({ text: String, authorToken: String }))
const Invite = mongoose.model('Invite', new mongoose.Schema({ code: String, email: String, used: Boolean }))
const app = express()
app.use(express.json())
app.use('/search', rateLimit({ windowMs: 60000, limit: 30 }))
app.get('/search', async (req, res) => res.json(await Entry.find({ text: String(req.query.q || '') }).limit(20)))

// the guestbook entry's own author token, handed out when the entry was written
app.put('/entries/:entryId', async (req, res) => {
  const entry = await Entry.findById(req.params.entryId)
  if (!entry) return res.status(404).end()
  if (entry.authorToken !== req.body.authorToken) return res.status(403).end()
  entry.text = String(req.body.text).slice(0, 500)
  await entry.save()
  res.json(entry)
})

// the invitation code itself travels in the path: whoever guesses one joins
app.put('/invites/:code', async (req, res) => { // expect: ratelimit/auth-routes
  const invite = await Invite.findOne({ code: String(req.params.code), used: false })
  if (!invite) return res.status(404).end()
  invite.used = true
  await invite.save()
  res.json({ email: invite.email })
})

app.listen(3000)
