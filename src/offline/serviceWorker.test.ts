import { describe, expect, it, vi } from 'vitest';
import { activate, registerServiceWorker, SKIP_WAITING, SW_SCOPE, SW_URL, type SwContainer, type SwRegistration, type SwWorker } from './serviceWorker.ts';

/** A worker whose state the test moves on. */
class FakeWorker implements SwWorker {
  messages: unknown[] = [];
  private listeners: (() => void)[] = [];
  constructor(public state: string) {}
  postMessage(m: unknown): void {
    this.messages.push(m);
  }
  addEventListener(_type: 'statechange', l: () => void): void {
    this.listeners.push(l);
  }
  moveTo(state: string): void {
    this.state = state;
    for (const l of this.listeners) l();
  }
}

class FakeRegistration implements SwRegistration {
  installing: FakeWorker | null = null;
  private listeners: (() => void)[] = [];
  constructor(public waiting: FakeWorker | null = null) {}
  addEventListener(_type: 'updatefound', l: () => void): void {
    this.listeners.push(l);
  }
  /** The browser found a new script: it starts installing. */
  found(worker: FakeWorker): void {
    this.installing = worker;
    for (const l of this.listeners) l();
  }
}

class FakeContainer implements SwContainer {
  registered: [string, RegistrationOptions][] = [];
  private listeners: (() => void)[] = [];
  constructor(public controller: unknown, private readonly result: Promise<FakeRegistration>) {}
  register(url: string, options: RegistrationOptions): Promise<SwRegistration> {
    this.registered.push([url, options]);
    return this.result;
  }
  addEventListener(_type: 'controllerchange', l: () => void): void {
    this.listeners.push(l);
  }
  controllerChanged(): void {
    for (const l of this.listeners) l();
  }
}

const setup = (controller: unknown, reg = new FakeRegistration()) => {
  const container = new FakeContainer(controller, Promise.resolve(reg));
  const updates: (() => void)[] = [];
  const reload = vi.fn();
  return { container, reg, updates, reload, run: () => registerServiceWorker(container, { onUpdate: (a) => updates.push(a), reload }) };
};

describe('registerServiceWorker', () => {
  it('registers ./sw.js with the scope ./, relative to the page (any sub-path)', async () => {
    const { container, run } = setup(null);
    await run();
    expect(container.registered).toEqual([[SW_URL, { scope: SW_SCOPE }]]);
    expect(SW_URL).toBe('./sw.js');
    expect(SW_SCOPE).toBe('./');
  });

  it('is quiet when the browser refuses (an iframe under storage partitioning, a sandbox)', async () => {
    const container = new FakeContainer(null, Promise.reject(new DOMException('refused', 'SecurityError')));
    const onUpdate = vi.fn();
    await expect(registerServiceWorker(container, { onUpdate, reload: vi.fn() })).resolves.toBeNull();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('is quiet when the browser blocks workers and register() resolves to nothing (automation, some privacy modes)', async () => {
    const container = new FakeContainer(null, Promise.resolve(undefined as unknown as FakeRegistration));
    const onUpdate = vi.fn();
    await expect(registerServiceWorker(container, { onUpdate, reload: vi.fn() })).resolves.toBeNull();
    expect(onUpdate).not.toHaveBeenCalled();
  });

  it('says nothing about the first install (offline-ready is silent)', async () => {
    const { reg, updates, run } = setup(null);
    await run();
    const first = new FakeWorker('installing');
    reg.found(first);
    first.moveTo('installed');
    first.moveTo('activated');
    expect(updates).toEqual([]);
  });

  it('offers an update once a new version is installed while an older one controls the page', async () => {
    const { reg, updates, run } = setup({});
    await run();
    const next = new FakeWorker('installing');
    reg.found(next);
    expect(updates).toHaveLength(0);
    next.moveTo('installed');
    expect(updates).toHaveLength(1);
    // It never takes over by itself.
    expect(next.messages).toEqual([]);
  });

  it('offers one left waiting by an earlier visit at once', async () => {
    const { updates, run } = setup({}, new FakeRegistration(new FakeWorker('installed')));
    await run();
    expect(updates).toHaveLength(1);
  });

  it('a failed install offers nothing', async () => {
    const { reg, updates, run } = setup({});
    await run();
    const next = new FakeWorker('installing');
    reg.found(next);
    next.moveTo('redundant');
    expect(updates).toEqual([]);
  });

  it('the offer makes the waiting worker take over, then reloads once', async () => {
    const waiting = new FakeWorker('installed');
    const { container, updates, reload, run } = setup({}, new FakeRegistration(waiting));
    await run();
    updates[0]?.();
    expect(waiting.messages).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.controllerChanged();
    container.controllerChanged();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});

describe('activate', () => {
  it('reloads at once when the worker already took over (another tab of the site asked first)', () => {
    const container = new FakeContainer({}, Promise.resolve(new FakeRegistration()));
    const worker = new FakeWorker('activated');
    const reload = vi.fn();
    activate(container, worker, reload);
    expect(worker.messages).toEqual([]);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
