import { Request, Response } from 'express'
import mongoose from 'mongoose'

const Member = mongoose.model('Member', new mongoose.Schema({ banned: Boolean }))

export async function ban(req: Request, res: Response) {
  await Member.updateOne({ _id: String(req.params.id) }, { banned: true })
  return res.json({ ok: true })
}

export default { ban }
