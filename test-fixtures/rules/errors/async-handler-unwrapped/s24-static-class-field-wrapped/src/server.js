const express = require('express');
const MeetupController = require('./meetupController');

const app = express();
app.use(express.json());
const router = express.Router();
router.post('/meetups', MeetupController.create);
router.post('/meetups/:id/join', MeetupController.join);
router.delete('/meetups/:id', MeetupController.remove); // expect: errors/async-handler-unwrapped
app.use('/api/v1', router);
app.use((err, req, res, next) => res.status(500).json({ ok: false }));
app.listen(3000);
