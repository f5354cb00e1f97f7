exports.mountPoint = () => (process.argv.includes('--legacy') ? '/v0' : '/v1');
