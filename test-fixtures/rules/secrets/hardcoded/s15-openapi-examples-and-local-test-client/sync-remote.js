// Copies notes to the hosted instance.
const REMOTE = 'https://notes-sync.hostedapp.io/api';

const SERVICE = {
  user: 'sync-bot',
  password: 'Vw3!cinder-Falcon8', // expect: secrets/hardcoded
};

const res = await fetch(`${REMOTE}/login`, { method: 'POST', body: JSON.stringify(SERVICE) });
console.log(res.status);
