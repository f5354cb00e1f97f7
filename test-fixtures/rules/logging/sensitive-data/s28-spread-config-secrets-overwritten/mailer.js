const nodemailer = require('nodemailer');

async function buildTransport(mailbox) {
  let transport;
  if (mailbox.oauth) {
    transport = {
      service: 'gmail',
      auth: {
        type: 'OAuth2',
        user: mailbox.address,
        clientId: mailbox.oauth.clientId,
        clientSecret: mailbox.oauth.clientSecret,
        refreshToken: mailbox.oauth.refreshToken,
      },
    };
  } else {
    transport = {
      host: mailbox.smtp.host,
      port: mailbox.smtp.port || 587,
      auth: { user: mailbox.smtp.user, pass: mailbox.smtp.pass },
    };
  }

  // the secrets written over with a mask after the spread: only the mask is printed
  console.log('transport settings:', {
    ...transport,
    auth: { ...transport.auth, pass: '***', clientSecret: '***', refreshToken: '***' },
  });

  // masked pass only: the OAuth secret of the first branch still goes out
  console.log('transport settings (partial mask):', { ...transport, auth: { ...transport.auth, pass: '***' } }); // expect: logging/sensitive-data

  return nodemailer.createTransport(transport);
}

module.exports = { buildTransport };
