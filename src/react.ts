/**
 * JSX types for React 19: `import type {} from 'wa-optin/react'` once in a React app and
 * every `<wa-optin-*>` element type-checks with its properties and its events as
 * `on<event-name>` props (React 19 adds those as listeners on custom elements).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { OptinEventMap } from './core/events.js';
// Loads every element's HTMLElementTagNameMap entry (kept in the .d.ts, unlike `import type {}`),
// so this file's types stand alone in an app that type-checks against the published package.
export type * from './define.js';

type WaOptinTag = Extract<keyof HTMLElementTagNameMap, `wa-optin-${string}`>;

/** The element's own public properties (not HTMLElement's, not methods). */
type OwnProperties<E> = {
  [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

type OptinEventProps = { [K in keyof OptinEventMap as `on${K}`]?: (event: OptinEventMap[K]) => void };

export type WaOptinJsxProps<E> = OwnProperties<E> &
  OptinEventProps &
  Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, keyof OwnProperties<E>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // Declaration merging into the framework's own interface: it must be an interface.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends WaOptinIntrinsicElements {}
  }
}

export type WaOptinIntrinsicElements = { [T in WaOptinTag]: WaOptinJsxProps<HTMLElementTagNameMap[T]> };
