const { execSync } = require('child_process');

function buildInfo() {
  const commit = execSync('git rev-parse HEAD').toString().trim(); // expect: perf/sync-in-handler
  return { commit };
}

module.exports = { buildInfo };
