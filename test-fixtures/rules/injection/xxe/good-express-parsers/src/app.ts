import express from 'express';
import libxmljs from 'libxmljs2';
import { parseStringPromise } from 'xml2js';
import { XMLParser } from 'fast-xml-parser';
import { DOMParser } from '@xmldom/xmldom';

const app = express();
app.use(express.text({ type: 'application/xml' }));

// libxml2 without entity substitution leaves external entities alone
app.post('/a', (req, res) => {
  const doc = libxmljs.parseXml(req.body);
  const doc2 = libxmljs.parseXml(req.body, { noent: false, nonet: true });
  res.send(doc.root()!.name() + doc2.root()!.name());
});

// parsers that never load external entities
app.post('/b', async (req, res) => {
  const parsed = await parseStringPromise(req.body);
  const fx = new XMLParser({ processEntities: true }).parse(req.body);
  const dom = new DOMParser().parseFromString(req.body, 'text/xml');
  res.json({ parsed, fx, root: dom.documentElement?.nodeName });
});

// entity substitution on a file the server ships, not on request data
app.get('/c', (req, res) => {
  const doc = libxmljs.parseXml('<catalog><item/></catalog>', { noent: true });
  res.send(doc.root()!.name());
});

app.listen(3000);
