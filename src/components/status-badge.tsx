const labels: Record<string, string> = {
  draft: 'Draft',
  live: 'Live',
  stopped: 'Stopped',
  ready: 'Ready',
};

export type StatusBadgeProps = { status: string; className?: string };

/** A journey (draft / live / stopped) or trigger (draft / ready) status as a coloured pill. */
export function StatusBadge({ status, className }: StatusBadgeProps) {
  const label = labels[status] ?? status.charAt(0).toUpperCase() + status.slice(1);
  return <span className={['badge', `badge-${status}`, className].filter(Boolean).join(' ')}>{label}</span>;
}
