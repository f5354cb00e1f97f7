const path = require('path')
const express = require('express')
const logger = require('pino')()
const notes = require('./lib/notes')

const app = express()
app.use(express.json())
app.use('/', express.static(path.join(__dirname, 'public')))
app.get('/api/notes', (req, res) => {
  logger.info('listing notes')
  res.json(notes.all())
})
app.listen(3000)
