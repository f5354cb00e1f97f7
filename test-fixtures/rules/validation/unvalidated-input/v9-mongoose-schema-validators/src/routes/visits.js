import express from 'express';
import Visit from '../models/Visit.js';

const router = express.Router();

// the state lands on a path whose schema has an enum: save() rejects anything else
router.put('/:id/state', async (req, res) => {
    try {
        const visit = await Visit.findById(req.params.id);
        if (!visit) return res.status(404).json({ message: 'No such visit' });
        visit.state = req.body.state;
        visit.room = req.body.room;
        await visit.save();
        res.json(visit);
    } catch (err) {
        res.status(400).json({ message: 'Could not update the visit' });
    }
});

// the note's path has no validator: what is sent is stored
router.put('/:id/note', async (req, res) => {
    try {
        const visit = await Visit.findById(req.params.id);
        if (!visit) return res.status(404).json({ message: 'No such visit' });
        visit.note = req.body.note; // expect: validation/unvalidated-input
        await visit.save();
        res.json(visit);
    } catch (err) {
        res.status(400).json({ message: 'Could not update the visit' });
    }
});

// updateOne runs no validators without runValidators: true
router.put('/:id/quick-state', async (req, res) => {
    const result = await Visit.updateOne({ _id: req.params.id }, { $set: { state: req.body.state } }); // expect: validation/unvalidated-input
    res.json(result);
});

// saved with validation turned off
router.put('/:id/raw-state', async (req, res) => {
    const visit = await Visit.findById(req.params.id);
    visit.state = req.body.state; // expect: validation/unvalidated-input
    await visit.save({ validateBeforeSave: false });
    res.json(visit);
});

export default router;
