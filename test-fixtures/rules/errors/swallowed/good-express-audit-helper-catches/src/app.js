const express = require('express')
const mongoose = require('mongoose')
const AuditLog = require('./models/AuditLog')

const Stock = mongoose.model('Stock', new mongoose.Schema({ sku: String, count: Number }))
const app = express()
app.use(express.json())

app.post('/stock/:sku/dispense', async (req, res) => {
  const item = await Stock.findOneAndUpdate({ sku: String(req.params.sku), count: { $gt: 0 } }, { $inc: { count: -1 } }, { new: true })
  if (!item) return res.status(409).json({ error: 'out of stock' })
  AuditLog.record({ action: 'dispense', userId: String(req.get('x-user-id') || '') }).catch(() => {})
  Stock.updateOne({ sku: item.sku }, { $set: { lastDispensedAt: new Date() } }).catch(() => {}) // expect: errors/swallowed
  res.json(item)
})

app.listen(3000)
