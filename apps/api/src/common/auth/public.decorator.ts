import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'oefenruimte:isPublic';

/** Opens a route to people who are not logged in. Every other route is closed by default. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
