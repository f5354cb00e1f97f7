const ALLOWED = ['image/jpeg', 'image/png'];
const MAX_BYTES = 5 * 1024 * 1024;

// an allow-list for the type, a size bound computed from the base64 length; the verdict echoes what it accepted
export function validateImage(data, type) {
  if (!ALLOWED.includes(type)) return { valid: false, error: `unsupported type ${type}` };
  const bytes = data.length * 0.75;
  if (bytes > MAX_BYTES) return { valid: false, error: 'image too large' };
  return { valid: true, bytes, type };
}

// only the type is checked; the data's length is reported, never bounded
export function validateUpload(data, type) {
  if (!ALLOWED.includes(type)) return { valid: false, error: 'unsupported type' };
  return { valid: true, approxBytes: data.length * 0.75 };
}

export async function analyse(data, type) {
  return fetch(process.env.VISION_URL, { method: 'POST', body: JSON.stringify({ data, type }) }).then((r) => r.json());
}
