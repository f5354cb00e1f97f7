export async function loadNotes() {
  return [{ id: 1, text: 'first' }];
}
