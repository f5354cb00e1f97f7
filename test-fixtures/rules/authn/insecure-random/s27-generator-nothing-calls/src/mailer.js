const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({ host: process.env.SMTP_HOST, port: 587 });

class MailService {
  // left over from an earlier sign-up flow: no code calls it any more
  generateVerificationCode() {
    return Math.floor(100000 + Math.random() * 900000).toString();
  }

  createSigninCode() {
    return Math.floor(100000 + Math.random() * 900000).toString(); // expect: authn/insecure-random
  }

  async send(to, subject, text) {
    await transport.sendMail({ from: 'no-reply@clinic.example', to, subject, text });
  }
}

module.exports = new MailService();
