const mongoose = require('mongoose');
const { asyncHandler } = require('./helpers');

const Meetup = mongoose.model('Meetup', new mongoose.Schema({ title: String, seats: Number }));

class MeetupController {
  // each handler is a static field holding the wrapped function
  static create = asyncHandler(async (req, res) => {
    const meetup = await Meetup.create({ title: String(req.body.title), seats: 10 });
    res.status(201).json(meetup);
  });

  static join = asyncHandler(async (req, res) => {
    const meetup = await Meetup.findById(req.params.id);
    res.json(meetup);
  });

  // a plain static async method: nothing catches its rejection
  static async remove(req, res) {
    await Meetup.deleteOne({ _id: req.params.id });
    res.status(204).end();
  }
}

module.exports = MeetupController;
