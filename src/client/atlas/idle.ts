// Giving the main thread back: between pieces of the map's set-up, and in its idle moments.

/**
 * Ends the current task and resumes in a new one (scheduler.yield where the browser has it, else a 0 ms timer):
 * between steps of the map's set-up, so the browser can handle input between them. Adds no frame.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Resolves in an idle period of the main thread, or after `timeoutMs` if none comes (requestIdleCallback's timeout).
 * Without requestIdleCallback it resolves after `fallbackMs`, with no deadline.
 */
export function idle(timeoutMs = 1_000, fallbackMs = 0): Promise<IdleDeadline | null> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: timeoutMs });
    else setTimeout(() => resolve(null), fallbackMs);
  });
}
