import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  // Returns an error sentence to keep the typed text and show why it was not applied.
  onCommit(value: string): string | null | void;
  onValidity?(message: string | null): void;
  multiline?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/**
 * The text a field shows: what the person types, kept even when it is not (yet) valid, and the
 * document's value when that changes from elsewhere (undo, another field). `change` shows the
 * text, commits it, and reports the commit's error sentence (or null) to `onValidity`.
 */
export function useDraftText(
  value: string,
  onValidity?: (message: string | null) => void,
): [string, (next: string, commit: (next: string) => string | null | void) => void] {
  const [text, setText] = useState(value);
  const lastCommitted = useRef(value);
  useEffect(() => {
    if (value !== lastCommitted.current) {
      lastCommitted.current = value;
      setText(value);
    }
  }, [value]);
  const change = (next: string, commit: (next: string) => string | null | void) => {
    setText(next);
    const error = commit(next) ?? null;
    if (!error) lastCommitted.current = next;
    onValidity?.(error);
  };
  return [text, change];
}

export function TextInput({ value, onCommit, onValidity, multiline, ref, ...rest }: Props) {
  const [text, update] = useDraftText(value, onValidity);
  const change = (next: string) => update(next, onCommit);
  if (multiline) {
    return <textarea {...(rest as object)} value={text} onChange={(e) => change(e.target.value)} />;
  }
  return <input {...rest} ref={ref} value={text} onChange={(e) => change(e.target.value)} />;
}
