/** Browser APIs Fluent UI uses that jsdom lacks (every browser that runs Office add-ins has them). */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const g = globalThis as { ResizeObserver?: unknown };
if (!g.ResizeObserver) g.ResizeObserver = NoopResizeObserver;
