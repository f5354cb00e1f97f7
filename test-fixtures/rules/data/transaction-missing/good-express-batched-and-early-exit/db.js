const { PrismaClient } = require('@prisma/client');
const mongoose = require('mongoose');
const prisma = new PrismaClient();
const Ticket = mongoose.model('Ticket', new mongoose.Schema({ state: String, closedAt: Date }));
const MailLog = mongoose.model('MailLog', new mongoose.Schema({ to: String, sent: Boolean }));
module.exports = { prisma, Ticket, MailLog };
