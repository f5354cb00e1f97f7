const commands = { async run(text) { return { text: 'ran ' + text } } };
const sessions = {
  async start(id) { return { id } },
  async touch(id) { return id },
};
const upstream = { async get(q) { return { statusCode: 200, body: q, async json() { return { q } } } } };
module.exports = { commands, sessions, upstream };
