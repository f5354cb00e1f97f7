// escapes the LIKE wildcards and hands the text back
function likeSafe(text) {
  if (typeof text !== 'string') return text;
  return text.replace(/[\\%_]/g, (c) => '\\' + c);
}

module.exports = { likeSafe };
