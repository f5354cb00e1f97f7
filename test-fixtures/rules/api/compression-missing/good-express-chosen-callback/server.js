const express = require('express');
const compression = require('compression');

const app = express();
app.use(compression());
app.use(express.json());

const notify = {
  approved: async (id) => ({ id, mail: 'approved' }),
  rejected: async (id) => ({ id, mail: 'rejected' }),
};

// the follow-up is a function picked by branch and called later: a call with no method name
app.post('/reviews/:id/decision', async (req, res) => {
  let followUp;
  if (req.body.approve === true) {
    followUp = () => notify.approved(req.params.id);
  } else {
    followUp = () => notify.rejected(req.params.id);
  }
  if (followUp) {
    await followUp();
  }
  res.json({ recorded: true });
});

app.listen(3000);
