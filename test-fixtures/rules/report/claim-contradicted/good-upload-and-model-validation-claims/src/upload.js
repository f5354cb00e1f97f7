const multer = require('multer');

const accepted = ['application/pdf', 'image/png', 'image/jpeg'];

// Only the document types the accountants read, at most 5 MB each.
const upload = multer({
  dest: 'uploads/',
  limits: { fileSize: 5 * 1024 * 1024 },
  fileFilter: (req, file, cb) => (accepted.includes(file.mimetype) ? cb(null, true) : cb(new Error('type not allowed'))),
});

module.exports = upload;
