function isProduction() {
  return process.env.NODE_ENV === 'production';
}

function isStaging() {
  return process.env.DEPLOY_TARGET === 'staging';
}

module.exports = { isProduction, isStaging };
