const mongoose = require('mongoose')

const AuditLogSchema = new mongoose.Schema({ action: String, userId: String, at: Date })

// Audit logging never throws: a failed write is reported and the request goes on.
AuditLogSchema.statics.record = async function record (data) {
  try {
    await this.create({ ...data, at: new Date() })
  } catch (err) {
    console.error('[audit] not recorded:', err.message)
  }
}

module.exports = mongoose.model('AuditLog', AuditLogSchema)
