// answers a new object with the accepted fields only, or undefined when a field is missing or forbidden
exports.pickNoteChanges = (input) => {
  const accepted = {};
  if (input.ownerId || input._id) return undefined;
  if (typeof input.text !== 'string') return undefined;
  accepted.text = input.text;
  if (input.pinned !== undefined) accepted.pinned = input.pinned === true;
  return accepted;
};

// answers the input itself when it has a title: the whole object goes on as sent
exports.hasTitle = (input) => {
  if (!input.title) return null;
  return input;
};
