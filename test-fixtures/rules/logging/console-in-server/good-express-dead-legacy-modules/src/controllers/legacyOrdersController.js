import { InvoiceMailer } from "../services/invoiceMailer.js";

const mailer = new InvoiceMailer();

export async function createLegacyOrder(req, res) {
  console.log("legacy order", req.body);
  await mailer.send(req.body.email);
  res.status(201).json({ ok: true });
}
