import { Request, Response } from 'express'
import mongoose from 'mongoose'

const Invite = mongoose.model('Invite', new mongoose.Schema({ token: String, answer: String, answeredAt: Date }))

export async function respond(req: Request, res: Response) {
  const invite = await Invite.findOne({ token: String(req.params.token), answeredAt: null })
  if (!invite) return res.status(404).json({ error: 'Invalid or used link' })
  invite.answer = String(req.body.answer ?? '').slice(0, 2000)
  invite.answeredAt = new Date()
  await invite.save()
  return res.json({ ok: true })
}

export default { respond }
