import type { ReactNode } from 'react';
import type { ChartRow } from '../../lib/chart-data';

interface DotInput {
  readonly cx?: number;
  readonly cy?: number;
  readonly index: number;
  readonly payload: unknown;
  readonly value: unknown;
}

/**
 * Filled when the therapist can see the check-in, open (white inside) when it is private: shape,
 * not colour alone, carries the difference.
 */
export function shareDot(color: string) {
  return function ShareDot({ cx, cy, index, payload, value }: DotInput): ReactNode {
    if (cx == null || cy == null || value == null) return <g key={index} />;
    const row = payload as ChartRow;
    return (
      <circle
        key={index}
        cx={cx}
        cy={cy}
        r={5}
        strokeWidth={2}
        stroke={color}
        fill={row.shared ? color : 'var(--mantine-color-white)'}
      />
    );
  };
}

/** The same two dots for the legend. */
export function LegendDot({ filled, color }: { filled: boolean; color: string }) {
  return (
    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
      <circle
        cx="7"
        cy="7"
        r="5"
        strokeWidth="2"
        stroke={color}
        fill={filled ? color : 'var(--mantine-color-white)'}
      />
    </svg>
  );
}
