import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';

const focusableSelector = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

export type DialogProps = {
  open: boolean;
  title: string;
  /** Called on Escape and by the caller's own close buttons. */
  onClose: () => void;
  children: ReactNode;
  /** Buttons row at the bottom. */
  footer?: ReactNode;
  /** Element to focus when the dialog opens; defaults to the first focusable one. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  size?: 'small' | 'medium' | 'large';
};

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(focusableSelector)).filter((el) => !el.hasAttribute('inert'));
}

/**
 * Modal dialog: focus moves in and is trapped (Tab cycles), Escape closes, focus returns to the
 * element that opened it, and the rest of the page is inert while it is open so screen readers
 * and pointer users cannot reach what lies behind.
 */
export function Dialog({ open, title, onClose, children, footer, initialFocusRef, role = 'dialog', size = 'medium' }: DialogProps) {
  const titleId = useId();
  const panelRef = useRef<HTMLDivElement>(null);
  const hostRef = useRef<HTMLDivElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    if (!open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const host = hostRef.current;
    const madeInert: Element[] = [];
    for (const sibling of Array.from(document.body.children)) {
      if (sibling === host || sibling.hasAttribute('inert') || sibling.tagName === 'SCRIPT') continue;
      sibling.setAttribute('inert', '');
      madeInert.push(sibling);
    }
    // Escape must close even when focus fell to <body> (e.g. the focused button became disabled).
    const onDocumentKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && !panelRef.current?.contains(e.target as Node)) onCloseRef.current();
    };
    document.addEventListener('keydown', onDocumentKey);
    const panel = panelRef.current;
    const target = initialFocusRef?.current ?? (panel ? focusables(panel)[0] : null) ?? panel;
    target?.focus();
    return () => {
      document.removeEventListener('keydown', onDocumentKey);
      for (const el of madeInert) el.removeAttribute('inert');
      if (opener && opener.isConnected) opener.focus();
    };
    // initialFocusRef is a ref: reading it once on open is intended.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (!open) return null;

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (e.key !== 'Tab' || !panelRef.current) return;
    const items = focusables(panelRef.current);
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0];
    const last = items[items.length - 1];
    if (e.shiftKey && (document.activeElement === first || document.activeElement === panelRef.current)) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return createPortal(
    <div className="dialog-host" ref={hostRef}>
      <div className="dialog-backdrop" />
      <div
        ref={panelRef}
        className={`dialog dialog-${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="dialog-body">{children}</div>
        {footer ? <div className="dialog-footer">{footer}</div> : null}
      </div>
    </div>,
    document.body,
  );
}
