const express = require('express')
const mongoose = require('mongoose')

const Owner = mongoose.model('Owner', new mongoose.Schema({ email: String, phone: String }))
const Pet = mongoose.model('Pet', new mongoose.Schema({ ownerId: String, name: String }))
const Kennel = mongoose.model('Kennel', new mongoose.Schema({ petId: String, free: Boolean }))
const app = express()
app.use(express.json())

// the database runs without a replica set: a pet that cannot be saved takes its new owner record back out by hand;
// if even that fails, the leftover is logged for a person to clean up
app.post('/owners', async (req, res) => {
  const owner = await Owner.create({ email: String(req.body.email), phone: String(req.body.phone) })
  try {
    const pet = await Pet.create({ ownerId: String(owner._id), name: String(req.body.petName) })
    res.status(201).json({ owner, pet })
  } catch (err) {
    await Owner.deleteOne({ _id: owner._id }).catch((e) => console.error('orphan owner left', owner._id, e))
    res.status(400).json({ error: 'could not register the pet' })
  }
})

// nothing takes the pet back when the kennel cannot be booked
app.post('/pets/:id/stay', async (req, res) => {
  const pet = await Pet.findOneAndUpdate({ _id: String(req.params.id) }, { $set: { name: String(req.body.name) } }) // expect: data/transaction-missing
  await Kennel.updateOne({ _id: String(req.body.kennelId) }, { $set: { petId: String(req.params.id), free: false } })
  res.json(pet)
})

app.listen(3000)
