import { useEffect, useRef, useState, type InputHTMLAttributes, type Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  value: string;
  // Returns an error sentence to keep the typed text and show why it was not applied.
  onCommit(value: string): string | null | void;
  onValidity?(message: string | null): void;
  multiline?: boolean;
  ref?: Ref<HTMLInputElement>;
};

// Keeps what the person types even when it is not (yet) valid, and follows the document when
// it changes from elsewhere (undo, another field).
export function TextInput({ value, onCommit, onValidity, multiline, ref, ...rest }: Props) {
  const [text, setText] = useState(value);
  const lastCommitted = useRef(value);
  useEffect(() => {
    if (value !== lastCommitted.current) {
      lastCommitted.current = value;
      setText(value);
    }
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const error = onCommit(next) ?? null;
    if (!error) lastCommitted.current = next;
    onValidity?.(error);
  };
  if (multiline) {
    return <textarea {...(rest as object)} value={text} onChange={(e) => change(e.target.value)} />;
  }
  return <input {...rest} ref={ref} value={text} onChange={(e) => change(e.target.value)} />;
}
