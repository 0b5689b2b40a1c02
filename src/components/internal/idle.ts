/**
 * Runs `task` once the page has painted and the browser has a moment: a frame, then an idle
 * period (`requestIdleCallback`, at most `timeout` ms later; a plain timer where there is
 * none, e.g. Safari). What the first render does not need waits for this (issue 16), so it
 * neither delays the paint nor adds to the long tasks around it. Returns the cancel.
 */
export function afterFirstPaintWhenIdle(task: () => void, timeout = 2000): () => void {
  let cancelled = false;
  let cancelStep: () => void = () => undefined;
  const run = () => {
    if (!cancelled) task();
  };
  const whenIdle = () => {
    if (cancelled) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout });
      cancelStep = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 200);
      cancelStep = () => clearTimeout(id);
    }
  };
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') {
    // After the frame's paint: a task posted from its animation-frame callback.
    const frame = requestAnimationFrame(() => {
      const id = setTimeout(whenIdle);
      cancelStep = () => clearTimeout(id);
    });
    cancelStep = () => cancelAnimationFrame(frame);
  } else {
    // A hidden tab paints no frame: wait for idle alone.
    whenIdle();
  }
  return () => {
    cancelled = true;
    cancelStep();
  };
}

/**
 * Runs `task` just after the next frame is painted (a task posted from its animation-frame
 * callback; at once, as a task, where nothing paints). For work a person's action starts but
 * does not need before the next paint: a popup focuses its number field as it opens, and the
 * phone rules that focus asks for must not hold back the popup's first frame (issue 16).
 */
export function afterNextPaint(task: () => void): void {
  if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && document.visibilityState === 'visible') {
    requestAnimationFrame(() => setTimeout(task));
  } else {
    setTimeout(task);
  }
}
