// run by hand: node watch-tickets.js <token>, prints the live events the kitchen screen receives
const { io } = require('socket.io-client');

const socket = io(process.env.WS_URL || 'http://localhost:3001', { auth: { token: process.argv[2] } });
socket.on('ticket.created', (t) => console.log('new ticket', t.id));

process.on('SIGINT', () => {
  socket.close();
  process.exit(0);
});
