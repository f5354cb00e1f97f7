import express from 'express';
import mongoose from 'mongoose';

const Section = mongoose.model('Section', new mongoose.Schema({ page: String, body: String, tag: String }));
const KNOWN_PAGES = ['home', 'about', 'faq', 'contact'];
const app = express();

// pages=home,faq: split, then only the names the list knows go into the filter
app.get('/api/sections', async (req, res) => {
  const wanted = typeof req.query.pages === 'string' ? req.query.pages.split(',') : undefined;
  const filter: Record<string, unknown> = {};
  if (wanted && wanted.length > 0) {
    const known = wanted.filter((p) => KNOWN_PAGES.includes(p));
    if (known.length > 0) filter.page = { $in: known };
  }
  const sections = await Section.find(filter).limit(100);
  res.json({ sections });
});

// the same split kept whole when each part is only non-empty: any text reaches the filter
app.get('/api/sections/by-tag', async (req, res) => {
  const tags = String(req.query.tags || '').split(',').filter((t) => t.length > 0); // expect: validation/unvalidated-input
  const sections = await Section.find({ tag: { $in: tags } }).limit(100);
  res.json({ sections });
});

// include=tags: the parts are only looked for the literal names that widen a fixed projection
app.get('/api/sections/:id', async (req, res) => {
  const include = req.query.include as string | undefined;
  const fields = include ? include.split(',') : [];
  let projection = 'page body';
  if (fields.includes('tags')) projection += ' tag';
  res.json(await Section.findById(req.params.id).select(projection));
});

app.listen(3000);
