// asks a remote model one question at a time and keeps in-memory statistics
class Advisor {
  constructor() {
    this.pendingQueue = [];
    this.busy = false;
    this.usageStats = { asked: 0, failed: 0 };
  }

  throttled(task) {
    return new Promise((resolve, reject) => {
      this.pendingQueue.push({ task, resolve, reject });
      this.drain();
    });
  }

  async drain() {
    if (this.busy) return;
    this.busy = true;
    while (this.pendingQueue.length) {
      const job = this.pendingQueue.shift();
      try {
        job.resolve(await job.task());
      } catch (e) {
        job.reject(e);
      }
    }
    this.busy = false;
  }

  async ask(question) {
    const answer = await this.throttled(() => fetch('https://llm.example.com/v1/ask', { method: 'POST', body: question }));
    this.usageStats.asked++;
    return answer.text();
  }
}

module.exports = new Advisor();
