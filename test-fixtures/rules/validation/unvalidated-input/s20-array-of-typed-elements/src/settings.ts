const store = new Map<string, unknown>();

export async function saveIgnoreList(patterns: string[]) {
  store.set('ignore', patterns);
  return patterns;
}

export async function saveLabels(labels: unknown[]) {
  store.set('labels', labels);
  return labels;
}
