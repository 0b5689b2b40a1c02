/* global requestAnimationFrame, MessageChannel, PerformanceObserver */
// Runs in the page before any of its scripts (Page.addScriptToEvaluateOnNewDocument), the
// same for every contender. Puppeteer serialises these functions: they must not use
// anything from this module's scope.

/**
 * Records long tasks (> 50 ms) and first contentful paint from the start, and the moment
 * the contender's surface is painted:
 *
 * "painted" = the end of the first rendering frame in which every one of the contender's
 * `ready` elements (found by selector in the document and in every open shadow root) is
 * connected, has a non-zero box and is visible (`checkVisibility` with opacity and
 * visibility). The check runs in a requestAnimationFrame callback, i.e. just before that
 * frame's style, layout and paint; the time taken is that of a task posted from it, which
 * runs after the frame's paint on the main thread.
 *
 * @param {string[]} ready
 */
export function installProbe(ready) {
  const bench = {
    longTasks: /** @type {{ start: number, duration: number }[]} */ ([]),
    /** Script runs inside long animation frames, with the file each came from (LoAF script attribution). */
    longFrameScripts: /** @type {{ url: string, invoker: string, start: number, duration: number }[]} */ ([]),
    fcp: /** @type {number | null} */ (null),
    readyAt: /** @type {number | null} */ (null),
    painted: /** @type {number | null} */ (null),
  };
  Object.defineProperty(window, '__bench', { value: bench });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  // A long task does not say whose it is; a long animation frame names each script run
  // over 5 ms in it and its source file, so a task can be laid at the contender's door.
  try {
    new PerformanceObserver((list) => {
      for (const frame of list.getEntries()) {
        for (const script of frame.scripts ?? []) {
          bench.longFrameScripts.push({ url: script.sourceURL, invoker: script.invoker, start: script.startTime, duration: script.duration });
        }
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // An engine without LoAF: the column stays empty.
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  const deep = (root, selector) => {
    const hit = root.querySelector(selector);
    if (hit) return hit;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) {
        const inner = deep(element.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const shown = (element) => {
    if (!element || !element.isConnected) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  };
  Object.defineProperty(window, '__benchDeep', { value: (selector) => deep(document, selector) });
  const frame = () => {
    if (ready.every((selector) => shown(deep(document, selector)))) {
      bench.readyAt = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        bench.painted = performance.now();
      };
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Resolves after the next frame has been painted (a rAF, then a task posted from it). */
export function afterNextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(null);
      channel.port2.postMessage(null);
    }),
  );
}
