import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';

const nextFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

const centre = (element: Element): [number, number] => {
  const r = element.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

/**
 * Scrolls to the page's end, then: `link` ends above `overlay` (a fixed bar or tab), is
 * what a finger at its centre hits, and takes a real tap there (issue 15, item 2).
 */
export async function expectTappableAboveAtPageEnd(link: HTMLAnchorElement, overlay: Element): Promise<void> {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await nextFrames();
  expect(link.getBoundingClientRect().bottom, 'the link ends above the overlay').to.be.at.most(overlay.getBoundingClientRect().top);
  const [x, y] = centre(link);
  expect(document.elementFromPoint(x, y)).to.equal(link);
  let tapped = false;
  const onClick = (event: Event) => {
    event.preventDefault();
    tapped = true;
  };
  link.addEventListener('click', onClick);
  await sendMouse({ type: 'click', position: [x, y] });
  link.removeEventListener('click', onClick);
  expect(tapped, 'the tap reached the link').to.equal(true);
}

/** Scrolls to the page's end: what a finger at `link`'s centre hits is `host` (its overlay covers the link). */
export async function expectCoveredAtPageEnd(link: HTMLAnchorElement, host: Element): Promise<void> {
  window.scrollTo(0, document.documentElement.scrollHeight);
  await nextFrames();
  expect(document.elementFromPoint(...centre(link))).to.equal(host);
}
