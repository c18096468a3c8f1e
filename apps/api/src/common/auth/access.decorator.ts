import { SetMetadata } from '@nestjs/common';
import type { Role } from '@oefenruimte/shared';

export const ACCESS_RULE = 'oefenruimte:access';

export interface AccessRule {
  /** Who may call the route; the object-level check happens in the service. */
  readonly roles: readonly Role[];
  /**
   * The route reads or writes client data: a therapist needs the second factor in this
   * session (SECURITY.md), and every call is audited by the service.
   */
  readonly clientData?: boolean;
  /** Reachable between password and second factor (to finish the login or log out). */
  readonly beforeSecondFactor?: boolean;
  /** Does not count as activity: polling the session must not keep it alive forever. */
  readonly passive?: boolean;
}

/** The access rule of a route. Every route has one, or @Public(); the guard refuses the rest. */
export const Access = (rule: AccessRule): MethodDecorator & ClassDecorator =>
  SetMetadata(ACCESS_RULE, rule);
