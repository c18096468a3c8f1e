import { getMetadataStorage } from 'class-validator';
import '../../app.module';

/** Every validation rule of every DTO the app loads, by class and property. */
function rulesByProperty(): Map<string, { type: string; name?: string; each: boolean }[]> {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<
      { name: string },
      { propertyName: string; type: string; name?: string; each: boolean }[]
    >;
  };
  const rules = new Map<string, { type: string; name?: string; each: boolean }[]>();
  for (const [target, metadatas] of storage.validationMetadatas) {
    for (const m of metadatas) {
      const key = `${target.name}.${m.propertyName}`;
      rules.set(key, [...(rules.get(key) ?? []), { type: m.type, name: m.name, each: m.each }]);
    }
  }
  return rules;
}

describe('one rule for every DTO', () => {
  const rules = rulesByProperty();

  it('loads the DTOs of the app', () => {
    expect(rules.size).toBeGreaterThan(50);
  });

  it('has every nested DTO checked to be an object (an array in its place is a 400)', () => {
    const unguarded = [...rules]
      .filter(([, list]) => list.some((r) => r.type === 'nestedValidation'))
      .filter(
        ([, list]) =>
          !list.some(
            (r) =>
              r.name === 'isObject' &&
              Boolean(r.each) === Boolean(list.find((n) => n.type === 'nestedValidation')!.each),
          ),
      )
      .map(([key]) => key);
    expect(unguarded).toEqual([]);
  });

  it('bounds every whole number from above, so none overflows an integer column', () => {
    const unbounded = [...rules]
      .filter(([, list]) => list.some((r) => r.name === 'isInt'))
      .filter(([, list]) => !list.some((r) => r.name === 'max' || r.name === 'isIn'))
      .map(([key]) => key);
    expect(unbounded).toEqual([]);
  });

  it('checks every date with the strict day or moment rule, not a bare ISO 8601 check', () => {
    const loose = [...rules]
      .filter(([, list]) => list.some((r) => r.name === 'isIso8601'))
      .filter(([, list]) => !list.some((r) => r.name === 'matches'))
      .map(([key]) => key);
    expect(loose).toEqual([]);
  });
});
