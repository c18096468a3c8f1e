import { emptyPlanContent } from '@oefenruimte/shared';
import { changedPhases } from './changed-phases';

describe('changedPhases', () => {
  it('names only the phases that differ, in plan order', () => {
    const plan = emptyPlanContent();
    const other = {
      ...plan,
      rood: { ...plan.rood, selfSteps: ['Naar buiten'] },
      groen: { ...plan.groen, contacts: [{ name: 'Eva', phone: '06 1234 5678' }] },
    };
    expect(changedPhases(plan, other)).toEqual(['groen', 'rood']);
    expect(changedPhases(plan, emptyPlanContent())).toEqual([]);
  });
});
