const express = require('express');
const { GradeController } = require('../controllers/grades');
const router = express.Router();

function requireUser(req, res, next) {
  if (!req.headers.authorization) return res.status(401).json({ error: 'unauthorised' });
  next();
}

// handlers that hand the request to a controller class
router.get('/grades/:classId', requireUser, (req, res) => GradeController.forClass(req, res));
router.delete('/grades/:id', requireUser, (req, res) => GradeController.remove(req, res));

module.exports = router;
