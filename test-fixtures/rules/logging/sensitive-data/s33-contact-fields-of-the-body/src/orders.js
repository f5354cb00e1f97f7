import { Order, Plan, Customer } from './models.js';

// an admin makes a payment link for a customer: the body carries the customer's phone and name
export const createPaymentLink = async (req, res) => {
  console.log('[orders] payment link body:', req.body); // expect: logging/sensitive-data
  const { phone, customerName, planIds } = req.body;
  const plans = await Plan.find({ _id: { $in: planIds } });
  const order = await Order.create({ phone, customerName, plans: plans.map((p) => p._id) });
  res.status(201).json({ id: order._id });
};

// a ticket order: the buyer's contact details sit under metadata.buyer
export const createTicketOrder = async (req, res) => {
  console.log('ticket order:', JSON.stringify(req.body, null, 2)); // expect: logging/sensitive-data
  const { eventId, metadata } = req.body;
  const { buyer } = metadata;
  if (!buyer.email) return res.status(400).json({ error: 'buyer email required' });
  const customer = await Customer.findOneAndUpdate({ email: buyer.email }, { $setOnInsert: { email: buyer.email } }, { upsert: true, new: true });
  const order = await Order.create({ eventId, customer: customer._id });
  res.status(201).json({ id: order._id });
};

// a plan of the catalogue: its name, price and perks; a bare `name` is the plan's, not a person's
export const createPlan = async (req, res) => {
  console.log('[plans] create body:', req.body);
  const { name, price, perks, sendEmail = false } = req.body;
  const plan = await Plan.create({ name, price, perks, announce: sendEmail });
  res.status(201).json(plan);
};

// the notification settings of a plan: flags about e-mail, no address
export const updateNotifications = async (req, res) => {
  console.log('[plans] notification settings:', req.body);
  const { emailEnabled, isEmailVerifiedRequired } = req.body;
  await Plan.updateOne({ _id: req.params.id }, { emailEnabled, isEmailVerifiedRequired });
  res.json({ ok: true });
};
