// run by hand once: fills a local database with demo players
import bcrypt from 'bcryptjs';
import fs from 'fs';

const players = [
  { email: 'player1@demo.test', password: 'Player@2024' },
  { email: 'player2@demo.test', password: 'Player@2024' },
];

const rows = players.map((p) => ({ email: p.email, hash: bcrypt.hashSync(p.password, 10) }));
fs.writeFileSync('demo-players.json', JSON.stringify(rows));
