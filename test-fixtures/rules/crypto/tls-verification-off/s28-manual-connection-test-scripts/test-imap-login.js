// run by hand to try the mailbox settings of one account
const { ImapFlow } = require('imapflow');

async function main() {
  const client = new ImapFlow({ host: 'imap.example.test', port: 993, secure: true, auth: { user: process.env.IMAP_USER, pass: process.env.IMAP_PASS }, tls: { rejectUnauthorized: false } });
  await client.connect();
  console.log(await client.list());
  await client.logout();
}

main();
