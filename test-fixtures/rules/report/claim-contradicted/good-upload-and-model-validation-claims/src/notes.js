// Reviewer notes kept beside each document, in memory.
const byDoc = new Map();

async function add(docId, text) {
  byDoc.set(docId, [...(byDoc.get(docId) || []), text]);
}

module.exports = { add };
