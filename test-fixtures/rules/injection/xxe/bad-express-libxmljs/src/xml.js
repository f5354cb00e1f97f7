const libxmljs = require('libxmljs2');

const PARSE_OPTIONS = { noent: true, dtdload: true };

function readInvoice(xml) {
  const doc = libxmljs.parseXml(xml, PARSE_OPTIONS); // expect: injection/xxe
  return { number: doc.get('//number').text(), total: Number(doc.get('//total').text()) };
}

module.exports = { readInvoice };
