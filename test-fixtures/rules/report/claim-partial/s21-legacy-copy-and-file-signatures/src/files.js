const SIGNATURES = { png: [0x89, 0x50, 0x4e, 0x47], pdf: [0x25, 0x50, 0x44, 0x46] };

// The first bytes of an upload must match the signature of its declared type.
function matchesSignature(buffer, type) {
  const sig = SIGNATURES[type];
  return !!sig && sig.every((b, i) => buffer[i] === b);
}

module.exports = { matchesSignature };
