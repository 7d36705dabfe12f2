import type { ReactNode } from 'react';

export interface AlertProps {
  variant?: 'error' | 'success' | 'info';
  title?: string;
  children?: ReactNode;
}

/** Errors use role=alert (announced at once), other messages role=status (polite). */
export function Alert({ variant = 'error', title, children }: AlertProps) {
  return (
    <div className={`alert alert--${variant}`} role={variant === 'error' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      {children && <div className="alert__body">{children}</div>}
    </div>
  );
}
