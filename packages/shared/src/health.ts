export type HealthState = 'up' | 'down';

export interface HealthResponse {
  readonly status: 'ok' | 'unavailable';
  readonly database: HealthState;
  readonly version: string;
}
