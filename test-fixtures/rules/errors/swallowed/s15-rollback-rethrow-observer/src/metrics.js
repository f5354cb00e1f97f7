let sink = null;

export function setMetricsSink(fn) {
  sink = fn;
}

/**
 * Record a usage sample. Fire-and-forget: callers never wait for the metrics store.
 */
export function recordUsage(sample) {
  if (!sink) return;
  sink(sample).catch(() => {});
}
