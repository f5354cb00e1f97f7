import mongoose from 'mongoose'

export const Subscription = mongoose.model('Subscription', new mongoose.Schema({
  userId: String,
  stripeCustomerId: String,
  status: String,
}))
