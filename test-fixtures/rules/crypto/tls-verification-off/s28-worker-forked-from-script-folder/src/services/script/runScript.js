const { fork } = require('child_process');
const path = require('path');

// each user script runs in a child process of its own (the sandbox), given the script and the target database
function runScript(code, database) {
  return new Promise((resolve) => {
    const child = fork(path.join(__dirname, 'worker/sandboxRunner.js'));
    child.once('message', (result) => {
      resolve(result);
      child.kill();
    });
    child.send({ code, database });
  });
}

module.exports = { runScript };
