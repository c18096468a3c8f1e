import type { Me } from '@oefenruimte/shared';

/** Password given, but this account also asks for the code from the app. */
export function needsCode(me: Pick<Me, 'secondFactor'>): boolean {
  return me.secondFactor.enrolled && !me.secondFactor.verified;
}
