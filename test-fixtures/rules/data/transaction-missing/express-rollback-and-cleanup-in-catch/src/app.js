const express = require('express')
const mongoose = require('mongoose')

const User = mongoose.model('User', new mongoose.Schema({ email: String, role: String }))
const Doctor = mongoose.model('Doctor', new mongoose.Schema({ userId: String, license: String }))
const Device = mongoose.model('Device', new mongoose.Schema({ userId: String, token: String }))
const Visit = mongoose.model('Visit', new mongoose.Schema({ doctorId: String, patientId: String }))
const Slot = mongoose.model('Slot', new mongoose.Schema({ doctorId: String, taken: Boolean }))
const app = express()
app.use(express.json())

async function notify (userId, text) {
  const devices = await Device.find({ userId }).limit(10)
  for (const d of devices) {
    try {
      await fetch('https://push.example.com/send', { method: 'POST', body: JSON.stringify({ to: d.token, text }) })
    } catch (err) {
      // the provider said the token is dead: forget it
      await Device.deleteOne({ _id: d._id })
    }
  }
}

// a standalone mongod has no transactions: the doctor's account is removed by hand when the profile fails
app.post('/admin/doctors', async (req, res) => {
  const user = await User.create({ email: String(req.body.email), role: 'doctor' })
  try {
    const doctor = await Doctor.create({ userId: String(user._id), license: String(req.body.license) })
    res.status(201).json(doctor)
  } catch (err) {
    await User.deleteOne({ _id: user._id })
    res.status(400).json({ error: 'could not create the doctor' })
  }
})

app.post('/visits', async (req, res) => {
  const visit = await Visit.create({ doctorId: String(req.body.doctorId), patientId: String(req.body.patientId) })
  await notify(String(req.body.patientId), 'visit booked')
  res.status(201).json(visit)
})

app.post('/visits/with-slot', async (req, res) => {
  const visit = await Visit.create({ doctorId: String(req.body.doctorId), patientId: String(req.body.patientId) }) // expect: data/transaction-missing
  await Slot.updateOne({ _id: String(req.body.slotId) }, { $set: { taken: true } })
  res.status(201).json(visit)
})

// the catch only records the failure: the order stays without its stock change
const Order = mongoose.model('Order', new mongoose.Schema({ sku: String }))
const ErrorLog = mongoose.model('ErrorLog', new mongoose.Schema({ message: String }))
app.post('/orders', async (req, res) => {
  try {
    const order = await Order.create({ sku: String(req.body.sku) }) // expect: data/transaction-missing
    await Slot.updateOne({ _id: String(req.body.slotId) }, { $set: { taken: true } })
    res.status(201).json(order)
  } catch (err) {
    await ErrorLog.create({ message: String(err.message) })
    res.status(500).json({ error: 'order failed' })
  }
})

app.listen(3000)
