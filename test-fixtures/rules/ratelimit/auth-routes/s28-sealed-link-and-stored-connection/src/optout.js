const crypto = require('crypto');

const SECRET = process.env.OPTOUT_SECRET;

// the link in every mail carries the address sealed with our key
function openOptOutToken(token) {
  try {
    const raw = Buffer.from(token, 'base64url').toString();
    const iv = Buffer.from(raw.slice(0, 32), 'hex');
    const key = crypto.createHash('sha256').update(SECRET).digest();
    const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
    let text = decipher.update(raw.slice(32), 'hex', 'utf8');
    text += decipher.final('utf8');
    return JSON.parse(text);
  } catch (e) {
    return null;
  }
}

module.exports = { openOptOutToken };
