const nodemailer = require('nodemailer');

async function buildTransport(mailbox) {
  const credentials = mailbox.credentials;
  let transport;
  if (credentials.oauth) {
    transport = {
      service: 'gmail',
      auth: {
        type: 'OAuth2',
        user: credentials.oauth.user || mailbox.address,
        clientId: credentials.oauth.clientId,
        clientSecret: credentials.oauth.clientSecret,
        refreshToken: credentials.oauth.refreshToken,
      },
    };
  } else {
    transport = {
      host: credentials.smtp.host,
      port: credentials.smtp.port || 587,
      auth: { user: credentials.smtp.user || mailbox.address, pass: credentials.smtp.pass },
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
