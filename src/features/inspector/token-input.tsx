import { useId, useRef, useState } from 'react';
import { useDraftText } from './text-input';

type Props = {
  id: string;
  value: string;
  tokens: readonly string[];
  onCommit(value: string, field: string): string | null | void;
  onValidity?(message: string | null): void;
};

// A text field that completes `{{contact.firstName}}`-style tokens: typing `{{` opens a list of
// the tokens that match what follows; arrows choose, Enter or Tab inserts, Escape closes.
export function TokenInput({ id, value, tokens, onCommit, onValidity }: Props) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, change] = useDraftText(value, onValidity);
  const [query, setQuery] = useState<{ start: number; prefix: string } | null>(null);
  const [active, setActive] = useState(0);

  const matches = query ? tokens.filter((t) => t.toLowerCase().includes(query.prefix.toLowerCase())).slice(0, 8) : [];
  const open = query !== null && matches.length > 0;

  function update(next: string, caret: number, field: string) {
    change(next, (v) => onCommit(v, field));
    const before = next.slice(0, caret);
    const m = /\{\{([\w.]*)$/.exec(before);
    setQuery(m ? { start: caret - m[0].length, prefix: m[1] } : null);
    setActive(0);
  }

  function choose(token: string) {
    if (!query || !input.current) return;
    const caret = input.current.selectionStart ?? text.length;
    const rest = text.slice(caret).replace(/^[\w.]*\}\}/, '');
    const inserted = `{{${token}}}`;
    const next = text.slice(0, query.start) + inserted + rest;
    update(next, query.start + inserted.length, 'subject-token');
    setQuery(null);
    requestAnimationFrame(() => input.current?.setSelectionRange(query.start + inserted.length, query.start + inserted.length));
  }

  return (
    <div className="token-input">
      <input
        ref={input}
        id={id}
        value={text}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart ?? e.target.value.length, 'subject')}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (!open) return;
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
          } else if (e.key === 'Enter' || e.key === 'Tab') {
            e.preventDefault();
            choose(matches[active]);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setQuery(null);
          }
        }}
      />
      <ul id={listId} role="listbox" aria-label="Personalisation tokens" className="token-list" hidden={!open}>
        {matches.map((t, i) => (
          <li
            key={t}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault();
              choose(t);
            }}
          >
            {`{{${t}}}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
