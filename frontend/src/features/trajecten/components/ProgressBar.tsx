export interface ProgressBarProps {
  value: number;
  /** Accessible name, e.g. "Voortgang van Digitale aangifte overlijden". */
  label: string;
  large?: boolean;
}

/** A native <progress> with its percentage written out next to it. */
export function ProgressBar({ value, label, large = false }: ProgressBarProps) {
  const clamped = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className={`tj-progress${large ? ' tj-progress--large' : ''}`}>
      <progress className="tj-progress__bar" max={100} value={clamped} aria-label={label} />
      <span className="tj-progress__value" aria-hidden="true">
        {clamped}%
      </span>
    </div>
  );
}
