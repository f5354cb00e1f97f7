#!/usr/bin/env node
// writes a first .env for a new checkout, to be filled in by hand
const fs = require('fs');
const path = require('path');

const template = `# database
DATABASE_URL=postgres://user:password@localhost:5432/mailer

# outgoing mail (optional)
# MAIL_HOST=smtp.example.com
# MAIL_USER=someone@example.com
`;

const target = path.join(__dirname, '.env');
if (fs.existsSync(target)) {
  console.log('.env exists, left as it is');
} else {
  fs.writeFileSync(target, template, 'utf8');
  console.log('.env written');
}
