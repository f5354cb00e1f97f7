const crypto = require('crypto');

const key = Buffer.from(process.env.ROOM_KEY || '', 'hex');

// a short code derived from the room name
function roomCode(name) {
  const cipher = crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  return Buffer.concat([cipher.update(name, 'utf8'), cipher.final()]).toString('hex').slice(0, 8);
}

module.exports = { roomCode };
