import { INITIAL_SHARE_STATE, initialShareState } from './sharing';

describe('private until I share it', () => {
  it('starts every share control off', () => {
    expect(INITIAL_SHARE_STATE).toBe(false);
    expect(initialShareState()).toBe(false);
    expect(initialShareState(null)).toBe(false);
  });

  it("follows only the client's own standing choice", () => {
    expect(initialShareState(true)).toBe(true);
    expect(initialShareState(false)).toBe(false);
  });
});
