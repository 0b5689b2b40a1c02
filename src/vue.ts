/**
 * Types for Vue 3 templates (Volar / vue-tsc): `import type {} from 'wa-optin/vue'` once,
 * and `<wa-optin-*>` elements check their bound properties and `@wa-optin-…` events.
 * At run time also set `compilerOptions.isCustomElement = (tag) => tag.startsWith('wa-optin-')`.
 */
import type { DefineComponent } from 'vue';
import type { OptinEventMap } from './core/events.js';
// Loads every element's HTMLElementTagNameMap entry (kept in the .d.ts, unlike `import type {}`),
// so this file's types stand alone in an app that type-checks against the published package.
export type * from './define.js';

type WaOptinTag = Extract<keyof HTMLElementTagNameMap, `wa-optin-${string}`>;

type OwnProperties<E> = {
  [K in keyof E as K extends keyof HTMLElement ? never : E[K] extends (...args: never[]) => unknown ? never : K]?: E[K];
};

/** Vue writes listeners as `onWa-optin-success` in props; templates say `@wa-optin-success`. */
type OptinEventProps = { [K in keyof OptinEventMap as `on${Capitalize<K>}`]?: (event: OptinEventMap[K]) => void };

export type WaOptinGlobalComponents = {
  [T in WaOptinTag]: DefineComponent<OwnProperties<HTMLElementTagNameMap[T]> & OptinEventProps>;
};

declare module 'vue' {
  // Declaration merging into the framework's own interface: it must be an interface.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalComponents extends WaOptinGlobalComponents {}
}
