import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { runInThisContext } from 'node:vm';

// React Router's data router builds a fetch Request per navigation and encodes with
// TextEncoder; jsdom has neither. Node's own classes are borrowed from the outer realm
// (runInThisContext evaluates there), so tests use a real implementation, not a stub.
Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  Request: runInThisContext('Request'),
  Response: runInThisContext('Response'),
  Headers: runInThisContext('Headers'),
});

// jsdom lacks the browser APIs Mantine measures with; these stand-ins report "nothing matches,
// nothing resizes", which is all the unit tests need. Layout is checked in the browser journeys.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    // nothing is ever measured in jsdom
  }
  unobserve(): void {
    // nothing to stop observing
  }
  disconnect(): void {
    // nothing to disconnect
  }
}
window.ResizeObserver = ResizeObserverStub;

window.HTMLElement.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
  document.title = '';
});
