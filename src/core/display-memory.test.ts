import { expect } from '@open-wc/testing';
import { DisplayMemory } from './display-memory.js';
import { SurfaceCoordination } from './surface-coordination.js';

const DAY = 24 * 60 * 60 * 1000;

describe('DisplayMemory', () => {
  beforeEach(() => DisplayMemory.reset());
  after(() => DisplayMemory.reset());

  it('lets a surface show when nothing is remembered', () => {
    expect(DisplayMemory.mayShow('popup', 7)).to.equal(true);
  });

  it('keeps a dismissed kind away for snooze-days, then lets it back; other kinds are unaffected', () => {
    const closed = new Date('2026-03-01T10:00:00Z');
    DisplayMemory.rememberDismissal('popup', closed);
    expect(DisplayMemory.mayShow('popup', 7, new Date(closed.getTime() + 6.9 * DAY))).to.equal(false);
    expect(DisplayMemory.mayShow('popup', 7, new Date(closed.getTime() + 7 * DAY))).to.equal(true);
    expect(DisplayMemory.mayShow('popup', 30, new Date(closed.getTime() + 8 * DAY))).to.equal(false);
    expect(DisplayMemory.mayShow('banner', 7, closed)).to.equal(true);
    // snooze-days 0: a dismissal is not remembered at all.
    expect(DisplayMemory.mayShow('popup', 0, closed)).to.equal(true);
  });

  it('never lets a surface show itself again once the person opted in, whatever the snooze', () => {
    DisplayMemory.rememberOptIn(new Date('2020-01-01T00:00:00Z'));
    expect(DisplayMemory.hasOptedIn()).to.equal(true);
    expect(DisplayMemory.mayShow('popup', 0, new Date('2030-01-01T00:00:00Z'))).to.equal(false);
    expect(DisplayMemory.mayShow('banner', 7)).to.equal(false);
  });

  it('is stored in localStorage for this site, not in a cookie, and reset forgets it', () => {
    const cookiesBefore = document.cookie;
    DisplayMemory.rememberOptIn();
    expect(localStorage.getItem('wa-optin:display')).to.contain('optedInAt');
    expect(document.cookie).to.equal(cookiesBefore);
    DisplayMemory.reset();
    expect(localStorage.getItem('wa-optin:display')).to.equal(null);
    expect(DisplayMemory.hasOptedIn()).to.equal(false);
  });

  it('survives a corrupted entry instead of throwing on every page', () => {
    localStorage.setItem('wa-optin:display', '{not json');
    expect(DisplayMemory.mayShow('popup', 7)).to.equal(true);
    DisplayMemory.rememberDismissal('popup');
    expect(DisplayMemory.mayShow('popup', 7)).to.equal(false);
  });

  it('reset() forgets this session’s dismissals too (what keeps a popup away after a banner was closed), stored and in memory', () => {
    SurfaceCoordination.rememberSessionDismissal('banner');
    expect(SurfaceCoordination.dismissedThisSession('banner')).to.equal(true);
    expect(sessionStorage.getItem('wa-optin:session')).to.not.equal(null);
    DisplayMemory.reset();
    expect(SurfaceCoordination.dismissedThisSession('banner')).to.equal(false);
    expect(sessionStorage.getItem('wa-optin:session'), 'the stored copy, cleared by the display memory itself').to.equal(null);
  });
});
