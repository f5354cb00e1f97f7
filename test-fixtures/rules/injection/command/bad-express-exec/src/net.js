const util = require('util');
const childProcess = require('child_process');

const run = util.promisify(childProcess.exec);

async function pingHost(host) {
  const { stdout } = await run('ping -c 1 ' + host); // expect: injection/command
  return stdout;
}

module.exports = { pingHost };
