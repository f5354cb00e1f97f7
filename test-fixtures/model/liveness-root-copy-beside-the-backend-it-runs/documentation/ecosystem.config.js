// example pm2 setup for the deployment guide
module.exports = {
  apps: [{ name: 'clinic-api', script: 'server.js', instances: 2 }],
};
