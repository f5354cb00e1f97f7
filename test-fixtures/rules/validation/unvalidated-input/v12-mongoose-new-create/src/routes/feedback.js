import express from 'express';
import Feedback from '../models/Feedback.js';
import Tutor from '../models/Tutor.js';

const router = express.Router();

// every field written has a schema validator (a nested path whose leaves all have one too) and save() runs them
router.post('/', async (req, res) => {
    try {
        const { tutorId, stars, remark, scores } = req.body;
        const tutor = await Tutor.findById(String(tutorId));
        if (!tutor) return res.status(404).json({ message: 'No such tutor' });
        const entry = new Feedback({
            tutorId: tutor._id,
            authorId: req.user.id,
            stars,
            remark,
            scores: scores || {}
        });
        await entry.save();
        res.status(201).json(entry);
    } catch (err) {
        res.status(400).json({ message: 'Could not save the feedback' });
    }
});

// Model.create saves each document: the same validators run
router.post('/quick', async (req, res) => {
    try {
        const { stars, remark } = req.body;
        const entry = await Feedback.create({ tutorId: req.user.tutorId, authorId: req.user.id, stars, remark });
        res.status(201).json(entry);
    } catch (err) {
        res.status(400).json({ message: 'Could not save the feedback' });
    }
});

// nickname's path has no validator: what is sent is stored
router.post('/named', async (req, res) => {
    try {
        const { stars, nickname } = req.body; // expect: validation/unvalidated-input
        const entry = new Feedback({ tutorId: req.user.tutorId, authorId: req.user.id, stars, nickname });
        await entry.save();
        res.status(201).json(entry);
    } catch (err) {
        res.status(400).json({ message: 'Could not save the feedback' });
    }
});

// a nested path with one leaf (freeText) that has no validator
router.post('/extras', async (req, res) => {
    try {
        const { stars, extras } = req.body; // expect: validation/unvalidated-input
        const entry = await Feedback.create({ tutorId: req.user.tutorId, authorId: req.user.id, stars, extras });
        res.status(201).json(entry);
    } catch (err) {
        res.status(400).json({ message: 'Could not save the feedback' });
    }
});

// saved with validation turned off
router.post('/unchecked', async (req, res) => {
    const { remark } = req.body; // expect: validation/unvalidated-input
    const entry = new Feedback({ tutorId: req.user.tutorId, authorId: req.user.id, stars: 3, remark });
    await entry.save({ validateBeforeSave: false });
    res.status(201).json(entry);
});

export default router;
