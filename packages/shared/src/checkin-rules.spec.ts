import { CHECKIN_SCALE } from './checkins';
import { NEED_REASON_ORDER, signalsDanger } from './checkin-rules';

describe('the danger rule', () => {
  it('signals danger at the top of the tension scale, not one below it', () => {
    expect(CHECKIN_SCALE.max).toBe(10);
    expect(signalsDanger({ tension: 10 })).toBe(true);
    expect(signalsDanger({ tension: 9 })).toBe(false);
    expect(signalsDanger({ tension: 0 })).toBe(false);
  });

  it('signals danger on a yes to the safety question, whatever the tension', () => {
    expect(signalsDanger({ safetyConcern: true })).toBe(true);
    expect(signalsDanger({ safetyConcern: true, tension: 0 })).toBe(true);
    expect(signalsDanger({ safetyConcern: true, tension: null })).toBe(true);
  });

  it('a no or no answer to the safety question leaves only the tension to decide', () => {
    expect(signalsDanger({ safetyConcern: false, tension: 10 })).toBe(true);
    expect(signalsDanger({ safetyConcern: false, tension: 9 })).toBe(false);
    expect(signalsDanger({ safetyConcern: null, tension: null })).toBe(false);
    expect(signalsDanger({})).toBe(false);
  });
});

describe('the order of need', () => {
  it('puts safety first and names every reason once', () => {
    expect(NEED_REASON_ORDER[0]).toBe('safety');
    expect(new Set(NEED_REASON_ORDER).size).toBe(NEED_REASON_ORDER.length);
  });
});
