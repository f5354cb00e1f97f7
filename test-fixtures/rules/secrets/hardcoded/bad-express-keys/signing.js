const crypto = require('crypto');

const RECEIPT_SIGNING_KEY = /* expect: secrets/hardcoded */ `-----BEGIN PRIVATE KEY-----
k4AW2WhzJ8jiZd0gyxaZDzxmlKFJmNRK3Y+f7H/TxVuOcyYmffcF7/2ZBv9V9MiMNrK0N6WOL52Iw62QHQxW6fcUCFjuJeq4l/WRDwTnc5uvjxLHUKs3Bs6jlQKJZj4mKG4xNNWrD0LObc4D8BtH0uf4mN6hUT0HYM3CRIaSzE5aoYBAxW61xTHxWXQsZSyJz6j+MPmw3OelYQW9l4wCfibjWiW90DCefygi68M1gvAXIPQ6
-----END PRIVATE KEY-----`;

function signReceipt(receipt) {
  return crypto.sign('sha256', Buffer.from(JSON.stringify(receipt)), RECEIPT_SIGNING_KEY).toString('base64');
}

module.exports = { signReceipt };
