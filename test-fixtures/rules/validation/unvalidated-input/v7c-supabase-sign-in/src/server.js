const express = require('express');
const { signIn, confirmCode, signInAndName, signUp } = require('./auth');

const app = express();
app.use(express.json());

const router = express.Router();
router.post('/login', signIn);
router.post('/confirm', confirmCode);
router.post('/login-named', signInAndName);
router.post('/signup', signUp);
app.use('/api/auth', router);

app.listen(3000);
