const fg = require('fast-glob');
const { createHash } = require('crypto');
const { readFile } = require('fs/promises');

// a hash of a user's generated project: the glob lists that project's files (cwd), which are read, never loaded
async function projectHash(projectDir) {
  const files = await fg(['src/**/*.{js,ts,jsx,tsx}', '**/*.json', '!**/node_modules/**'], { cwd: projectDir });
  const h = createHash('sha256');
  for (const f of files.sort()) h.update(await readFile(`${projectDir}/${f}`));
  return h.digest('hex');
}

module.exports = { projectHash };
