class TimerRegistry {
  #timers = new Map();
  #running = new Map();

  start(taskId, fn, everyMs) {
    this.stop(taskId);
    this.#timers.set(taskId, setInterval(fn, everyMs));
  }

  stop(taskId) {
    const t = this.#timers.get(taskId);
    if (t) clearInterval(t);
    this.#timers.delete(taskId);
    const runs = this.#running.get(taskId);
    if (runs) {
      for (const r of runs) r.abort();
      this.#running.delete(taskId);
    }
  }
}

export const timers = new TimerRegistry();
