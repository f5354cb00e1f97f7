const express = require('express');

const router = express.Router();

router.route('/').get((req, res) => res.json([])).post((req, res) => res.status(201).json(req.body));

module.exports = router;

/**
 * @swagger
 * /Vehicle:
 *   get:
 *     summary: Lists vehicles (Express matches paths without case)
 *     responses:
 *       200:
 *         description: The vehicles
 *   post:
 *     responses:
 *       201:
 *         description: Created
 */
