// what each helper answers is named before From: an address, or a fresh access token
async function getEmailFromTokens(tokens) {
  const res = await fetch('https://openidconnect.googleapis.com/v1/userinfo', { headers: { Authorization: `Bearer ${tokens.access_token}` } });
  const info = await res.json();
  return info.email;
}

async function getAccessTokenFromRefreshToken(code) {
  const res = await fetch('https://oauth2.googleapis.com/token', { method: 'POST', body: new URLSearchParams({ code, grant_type: 'authorization_code' }) });
  return (await res.json()).access_token;
}

module.exports = { getEmailFromTokens, getAccessTokenFromRefreshToken };
