interface Feedback {
  rating: number;
  comment?: string;
}

const byProduct = new Map<string, Feedback[]>();

export async function listFeedback(product: string) {
  return byProduct.get(product) ?? [];
}

export async function saveFeedback(product: string, feedback: Feedback) {
  const list = byProduct.get(product) ?? [];
  list.push(feedback);
  byProduct.set(product, list);
  return feedback;
}
