const express = require('express');
const mongoose = require('mongoose');

const Application = mongoose.model('Application', new mongoose.Schema({ name: String, lang: String }));
const Applicant = mongoose.model('Applicant', new mongoose.Schema({ email: String, applications: Number }));

const app = express();
app.use(express.json());

// the document create() wrote is saved again as it is: one document, written twice
app.post('/api/applications', async (req, res) => {
  try {
    const application = await Application.create({ name: String(req.body.name), lang: String(req.body.lang) });
    application.save();
    res.status(201).json({ id: application._id });
  } catch (e) {
    res.status(400).json({ message: 'invalid application' });
  }
});

// a second document of another model: the application stays when the applicant's count fails
app.post('/api/applications/counted', async (req, res) => {
  try {
    const application = await Application.create({ name: String(req.body.name), lang: 'en' }); // expect: data/transaction-missing
    const applicant = await Applicant.findOne({ email: String(req.body.email) });
    applicant.applications += 1;
    await applicant.save();
    res.status(201).json({ id: application._id });
  } catch (e) {
    res.status(400).json({ message: 'invalid application' });
  }
});

mongoose.connect(process.env.MONGO_URL).then(() => app.listen(3000));
