import type { PropertyValues } from 'lit';
import { DisplayMemory } from '../../core/display-memory.js';
import { SurfaceCoordination } from '../../core/surface-coordination.js';
import { fireOptinEvent, type OptinCloseSource, type OptinHideReason, type OptinShowDetail } from '../../core/events.js';
import { OptinSurface } from './optin-surface.js';

type Trigger = OptinShowDetail['trigger'];

/** A pointer leaving through the top edge, or on touch a quick flick back up the page. */
const FLICK_PX = 120;
const FLICK_MS = 250;

/**
 * A surface that shows itself (popup, banner): display rules, the "whichever comes first"
 * race between them, and the memory that keeps it away after a dismissal (`snooze-days`)
 * or for good after an opt-in anywhere on the site (any topics: one opt-in is enough
 * asking; the CTA and checkbox show the subscribed state per topic).
 *
 * Surfaces of one page take turns (issue 15, item 7; see `SurfaceCoordination`): no teaser
 * while a banner shows, no banner while a popup is open (it steps aside and returns), no
 * popup showing itself in the session after a banner was dismissed. `standalone` opts out.
 */
export abstract class DismissibleSurface extends OptinSurface {
  static override properties = {
    ...OptinSurface.properties,
    open: { type: Boolean, reflect: true },
    delay: { type: Number },
    scrollPercent: { type: Number, attribute: 'scroll' },
    exitIntent: { type: Boolean, attribute: 'exit-intent' },
    snoozeDays: { type: Number, attribute: 'snooze-days' },
    standalone: { type: Boolean },
    reserve: { type: String, reflect: true },
  };

  /** Shown now. Setting it (attribute or property) shows or hides regardless of the memory. */
  declare open: boolean;
  /** Show this many seconds after the page loads. */
  declare delay: number | undefined;
  /** Attribute `scroll`: show once this percentage of the page has been scrolled. (`scroll` itself is `Element.scroll()`.) */
  declare scrollPercent: number | undefined;
  /** Show when the visitor seems to be leaving: pointer out through the top (desktop), quick flick up (touch). */
  declare exitIntent: boolean;
  /** Days a dismissal keeps it away; `0` = do not remember dismissals. Default 7. */
  declare snoozeDays: number;
  /** Ignore the page's other surfaces: show regardless of them, and do not count for them (item 7). */
  declare standalone: boolean;
  /**
   * `end` (default): where the element stands (the end of the page, as the script tag places
   * it), it takes as much room as its fixed overlay covers at the bottom of the screen (the
   * banner's bar, the popup's teaser tab), so the page's last links stay reachable; `none`: no room.
   */
  declare reserve: 'end' | 'none';

  /** Show at load when no display rule is set (banner), or wait for `open`/`show()` (popup). */
  protected abstract readonly showsWithoutRules: boolean;

  #pendingTrigger: Trigger = 'open';
  #pendingReason: OptinHideReason = 'script';
  #disarm: (() => void)[] = [];
  /** Hidden because another surface has the stage; shown again when it leaves. */
  #steppedAside = false;
  #countedShowing = false;
  #stopCoordinating?: () => void;

  /** Closed, whether something still shows (the popup's teaser tab). */
  protected showsWhileClosed(): boolean {
    return false;
  }

  /**
   * Never shown yet and showing nothing: not rendered at all until a rule fires or `show()`
   * (issue 16, item 4). Once rendered it stays rendered (closing is a render too).
   */
  protected override get dormant(): boolean {
    return !this.hasUpdated && !this.open && !this.showsWhileClosed();
  }

  /** Whether another surface showing now keeps this one away (the banner, while a popup is open). */
  protected yieldsNow(): boolean {
    return false;
  }

  /** Whether this session's history keeps it from showing itself (a popup, after a banner was dismissed). */
  protected heldBackThisSession(): boolean {
    return false;
  }

  /** Display memory and the session's rules: may it show itself now? */
  protected mayShowItself(): boolean {
    if (!DisplayMemory.mayShow(this.kind, this.snoozeDays)) return false;
    return this.standalone || !this.heldBackThisSession();
  }

  constructor() {
    super();
    this.open = false;
    this.exitIntent = false;
    this.snoozeDays = 7;
    this.standalone = false;
    this.reserve = 'end';
  }

  /** Shows it now, whatever the display rules and memory say (e.g. from a page's own button). */
  show(): void {
    this.#showBy('open');
  }

  /** Hides it without counting as a dismissal. */
  hide(): void {
    this.#hideBecause('script');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopCoordinating = SurfaceCoordination.onChange(this.#onOthersChanged);
    if (!this.open && this.mayShowItself()) this.#arm();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disarmAll();
    this.#stopCoordinating?.();
    this.#countShowing(false);
  }

  /** Another surface of the page appeared or left: step aside, come back, or re-render (teaser). */
  #onOthersChanged = (): void => {
    if (this.standalone) return;
    if (this.open && this.yieldsNow()) {
      this.#steppedAside = true;
      this.#hideBecause('script');
    } else if (!this.open && this.#steppedAside && !this.yieldsNow()) {
      this.#steppedAside = false;
      if (DisplayMemory.mayShow(this.kind, this.snoozeDays)) this.#showBy('open');
    }
    this.requestUpdate();
  };

  #countShowing(showing: boolean): void {
    if (this.standalone || showing === this.#countedShowing) return;
    this.#countedShowing = showing;
    SurfaceCoordination.setShowing(this.kind, showing);
  }

  /**
   * The person asked to close (close button, Escape, backdrop). Listeners may cancel the
   * cancelable `wa-optin-request-close`; otherwise it hides and the dismissal is remembered.
   */
  protected requestClose(source: OptinCloseSource): boolean {
    if (!fireOptinEvent(this, 'wa-optin-request-close', { source }, { cancelable: true })) return false;
    if (this.snoozeDays > 0 && this.form?.status !== 'success') {
      DisplayMemory.rememberDismissal(this.kind);
      SurfaceCoordination.rememberSessionDismissal(this.kind);
    }
    this.#hideBecause(source);
    return true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!changed.has('open') || (changed.get('open') === undefined && !this.open)) return;
    if (this.open) {
      this.#disarmAll();
      fireOptinEvent(this, 'wa-optin-show', { trigger: this.#pendingTrigger });
    } else {
      fireOptinEvent(this, 'wa-optin-hide', { reason: this.#pendingReason });
    }
    this.#countShowing(this.open);
    this.#pendingTrigger = 'open';
    this.#pendingReason = 'script';
  }

  #showBy(trigger: Trigger): void {
    if (this.open) return;
    this.#pendingTrigger = trigger;
    this.open = true;
  }

  #hideBecause(reason: OptinHideReason): void {
    if (!this.open) return;
    this.#pendingReason = reason;
    this.open = false;
  }

  /** Arms every rule set; the first to fire wins and disarms the rest. */
  #arm(): void {
    const fire = (trigger: Trigger) => {
      this.#disarmAll();
      // The person may have opted in from another surface meanwhile.
      if (!this.mayShowItself()) return;
      // Another surface has the stage: wait for it to leave.
      if (!this.standalone && this.yieldsNow()) this.#steppedAside = true;
      else this.#showBy(trigger);
    };
    const hasDelay = typeof this.delay === 'number' && this.delay >= 0 && Number.isFinite(this.delay);
    const hasScroll = typeof this.scrollPercent === 'number' && this.scrollPercent >= 0 && Number.isFinite(this.scrollPercent);
    if (!hasDelay && !hasScroll && !this.exitIntent) {
      if (this.showsWithoutRules) fire('load');
      return;
    }
    if (hasDelay) {
      const timer = setTimeout(() => fire('delay'), this.delay! * 1000);
      this.#disarm.push(() => clearTimeout(timer));
    }
    if (hasScroll || this.exitIntent) {
      // Scroll positions of the last FLICK_MS, plus the one before them: the page sat there
      // until the next event, so it is where the window of time started.
      let samples = [{ at: performance.now(), y: window.scrollY }];
      const onScroll = () => {
        const y = window.scrollY;
        const now = performance.now();
        if (hasScroll) {
          const scrollable = document.documentElement.scrollHeight - window.innerHeight;
          // A page too short to scroll never fires this rule: nothing to wait for the reader to finish.
          if (scrollable > 0 && (y / scrollable) * 100 >= this.scrollPercent!) return fire('scroll');
        }
        if (!this.exitIntent || !isTouch()) return;
        const recent = samples.filter((s) => now - s.at <= FLICK_MS);
        const start = samples.filter((s) => now - s.at > FLICK_MS).pop();
        samples = [...(start ? [start] : []), ...recent, { at: now, y }];
        if (Math.max(...samples.map((s) => s.y)) - y >= FLICK_PX) fire('exit-intent');
      };
      window.addEventListener('scroll', onScroll, { passive: true });
      this.#disarm.push(() => window.removeEventListener('scroll', onScroll));
    }
    if (this.exitIntent) {
      const onOut = (event: MouseEvent) => {
        // Leaving the window (no element to go to) through the top edge: toward tabs and the address bar.
        if (!event.relatedTarget && event.clientY <= 0) fire('exit-intent');
      };
      document.addEventListener('mouseout', onOut);
      this.#disarm.push(() => document.removeEventListener('mouseout', onOut));
    }
  }

  #disarmAll(): void {
    for (const undo of this.#disarm.splice(0)) undo();
  }
}

function isTouch(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
}
