const jwt = require('jsonwebtoken');

exports.generateTicketToken = async (req, res) => {
  const token = jwt.sign({ ticketId: req.params.id }, process.env.TICKET_SECRET, { expiresIn: '30d' });
  res.json({ url: `https://example.com/tickets/scan?t=${token}` });
};

exports.createAttachmentToken = (fileId) => jwt.sign({ fileId }, process.env.FILE_SECRET, { expiresIn: '1h' });
