// a queue of outgoing fetches the server builds itself: "request" here is the app's own record, not the client's
export interface QueuedRequest<T> {
  url: string;
  init: RequestInit;
  done: (value: T) => void;
}

type BatchRequest = { url: string; tries: number };

export class FetchPool {
  private queue: QueuedRequest<unknown>[] = [];

  add<T>(url: string, init: RequestInit, done: (value: T) => void) {
    this.queue.push({ url, init, done: done as (value: unknown) => void });
  }

  async run(request: QueuedRequest<unknown>) {
    const res = await fetch(request.url, request.init);
    request.done(await res.json());
  }

  // each element of a batch the server assembled: an untyped "request" that is a list element
  async all(requests: BatchRequest[]) {
    return Promise.all(requests.map(async (request) => (await fetch(request.url)).status));
  }

  async retry(request: BatchRequest) {
    const res = await fetch(request.url);
    return res.status;
  }
}
