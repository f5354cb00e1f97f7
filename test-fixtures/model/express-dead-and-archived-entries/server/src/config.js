// Optional settings fall back to the value written here when the variable is unset.
function getEnvVar(key, defaultValue) {
  return process.env[key] || defaultValue;
}

export const config = {
  apiVersion: getEnvVar('API_VERSION', 'v2'),
  port: Number(getEnvVar('PORT', '8080')),
};
