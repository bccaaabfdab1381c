// Giving the main thread back between pieces of the map's set-up.

/**
 * Ends the current task and resumes in a new one (scheduler.yield where the browser has it, else a 0 ms timer):
 * between steps of the map's set-up, so the browser can handle input between them. Adds no frame.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves in an idle period of the main thread, or after a 0 ms timer (no deadline) without requestIdleCallback. */
export function idle(): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 1_000 });
    else setTimeout(() => resolve(null), 0);
  });
}
