import { vi } from 'vitest';

/** A stand-in for a module worker, not a real one: records what is posted and lets a test answer or fail it. */
export class FakeWorker<Sent, Reply> {
  static made: unknown[] = [];
  sent: Sent[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<Reply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  /** The script's address the worker was started from. */
  readonly url: string;
  constructor(url: string | URL) {
    this.url = String(url);
    FakeWorker.made.push(this);
  }
  postMessage(message: Sent) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: Reply) {
    this.onmessage?.({ data } as MessageEvent<Reply>);
  }
  /** What the browser does when the script does not load (empty message) or throws. */
  fail(message: string) {
    this.onerror?.({ message } as ErrorEvent);
  }
}

/** Puts FakeWorker in place of Worker; the list returned fills with the workers made, oldest first. */
export function stubWorkers<Sent, Reply>(): FakeWorker<Sent, Reply>[] {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return FakeWorker.made as FakeWorker<Sent, Reply>[];
}
