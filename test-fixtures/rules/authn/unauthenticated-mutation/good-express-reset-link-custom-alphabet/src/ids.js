const { customAlphabet } = require('nanoid');

// a project-wide generator built once from the library
const shortId = customAlphabet('23456789abcdefghjkmnpqrstuvwxyz', 12);

module.exports = { shortId };
