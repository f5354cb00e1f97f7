export function makeToast(text: string) {
  return { id: Math.random().toString(36).slice(2), text };
}
