// a test runner's HTML report: its trace viewer's bundled browser code
export function renderTrace(root, entries) {
  try {
    root.textContent = entries.map((e) => e.title).join('\n');
  } catch (err) {
    console.error('trace viewer failed', err);
  }
}
