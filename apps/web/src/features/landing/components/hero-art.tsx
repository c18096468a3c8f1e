/** Overlapping soft circles: room, calm, nothing that asks for attention. Purely decorative. */
export function HeroArt({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 200 200" className={className} aria-hidden="true" focusable="false">
      <circle cx="120" cy="110" r="80" fill="var(--mantine-color-sage-1)" />
      <circle cx="80" cy="130" r="55" fill="var(--mantine-color-sage-2)" opacity="0.6" />
      <circle cx="140" cy="70" r="35" fill="var(--mantine-color-stone-1)" />
    </svg>
  );
}
