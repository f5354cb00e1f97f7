const jwt = require('jsonwebtoken');
const { Node } = require('prosemirror-model');
const { schema } = require('prosemirror-schema-basic');

function stampLink(node, token) {
  if (node.attrs && node.attrs.src) {
    node.attrs.src = `${node.attrs.src}?token=${token}`;
  }
}

function toDoc(json) {
  return Node.fromJSON(schema, json);
}

// A shared page's images get a short-lived link each; the stored page is not touched.
function withImageLinks(page) {
  const token = jwt.sign({ pageId: page.id, purpose: 'image' }, process.env.JWT_SECRET, { expiresIn: '1h' });
  toDoc(page.body).descendants((node) => {
    stampLink(node, token);
  });
  return page;
}

module.exports = { withImageLinks };
