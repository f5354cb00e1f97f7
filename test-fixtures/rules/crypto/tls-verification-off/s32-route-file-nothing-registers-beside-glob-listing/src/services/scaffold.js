// the tsconfig written into a project this worker generates for a user: data, not this package's modules
function tsconfigFor(framework) {
  return JSON.stringify({
    compilerOptions: { strict: true, jsx: framework === 'next' ? 'preserve' : 'react-jsx' },
    include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'],
    exclude: ['node_modules'],
  }, null, 2);
}

module.exports = { tsconfigFor };
