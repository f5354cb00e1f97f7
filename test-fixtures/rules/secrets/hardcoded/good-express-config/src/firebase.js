const { initializeApp } = require('firebase/app');

// the Firebase web config is public by design: every browser that loads the app receives it
const firebaseApp = initializeApp({
  apiKey: 'AIzaSyC8Qk2vN7wL4mP9xR1tZ6yB3hD5fJ0gKsE',
  authDomain: 'billing-prod.firebaseapp.com',
  projectId: 'billing-prod',
  storageBucket: 'billing-prod.appspot.com',
  messagingSenderId: '482913570164',
});

module.exports = { firebaseApp };
