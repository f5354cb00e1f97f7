import { Router } from 'express';
import { accounts, calendar, texts } from './services';

export const hooks = Router();

hooks.post('/hooks/calendar', async (req, res) => {
  try {
    await calendar.apply(req.body);
    res.json({ received: true });
  } catch (err) {
    console.error('calendar event not applied', err);
    // the provider resends every non-2xx for days: acknowledge and fix it from the log
    res.json({ received: true });
  }
});

hooks.post('/password/reset-request', async (req, res) => {
  try {
    await accounts.mailResetCode(String(req.body.email));
    res.json({ message: 'If the address is registered, a code is on its way' });
  } catch (err) {
    console.warn('reset request', err);
    // same answer either way, so nobody can probe which addresses have an account
    res.json({ message: 'If the address is registered, a code is on its way' });
  }
});

hooks.post('/phone/code', async (req, res) => {
  const code = await accounts.storeCode(String(req.body.phone));
  try {
    await texts.send(String(req.body.phone), code);
    res.json({ sent: true });
  } catch (err) {
    console.error('text not sent', err);
    // the code is stored: the user can ask for another text
    res.json({ sent: true, notice: 'The text may be late; ask again if it does not arrive' });
  }
});
