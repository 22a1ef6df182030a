import DOMPurify from 'dompurify';
import { useId, useMemo, useState } from 'react';
import { useEmailTemplates, type EmailTemplate } from '../../api/list-email-templates';
import type { EmailTile } from '../../domain/journey-schema';
import { EventSelect } from './event-select';
import { TokenInput } from './token-input';
import { useBuilderContext } from './use-builder-context';
import type { CommitTile } from './use-tile-commit';

export function EmailForm({ tile, commit }: { tile: EmailTile; commit: CommitTile }) {
  const id = useId();
  const templates = useEmailTemplates();
  const [search, setSearch] = useState('');
  const [subjectError, setSubjectError] = useState<string | null>(null);
  const ctx = useBuilderContext();
  const tokens = ctx.attributes.filter((a) => a.startsWith('contact.') || a.startsWith('trigger.'));
  const shown = useMemo(() => {
    const list = templates.data ?? [];
    const q = search.trim().toLowerCase();
    return q ? list.filter((t) => t.name.toLowerCase().includes(q) || t.id.toLowerCase().includes(q) || t.category.includes(q)) : list;
  }, [templates.data, search]);
  const list = templates.data ?? [];
  const chosen = list.find((t) => t.id === tile.template);

  function insertToken(token: string) {
    const input = document.getElementById(`${id}-subject`) as HTMLInputElement | null;
    const text = `{{${token}}}`;
    const at = input?.selectionStart ?? tile.subject.length;
    const end = input?.selectionEnd ?? at;
    commit({ ...tile, subject: tile.subject.slice(0, at) + text + tile.subject.slice(end) }, 'subject-token');
  }

  return (
    <>
      <div className="insp-field">
        <label htmlFor={`${id}-search`}>Find a template</label>
        <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder="Name, id or category" />
      </div>
      <div className="insp-field">
        <label htmlFor={`${id}-template`}>Template</label>
        <select
          id={`${id}-template`}
          value={tile.template ?? ''}
          size={Math.min(6, Math.max(3, shown.length + 1))}
          onChange={(e) => {
            const template = e.target.value;
            const picked = list.find((t) => t.id === template);
            const next: EmailTile = { ...tile, template: template || undefined, subject: tile.subject || picked?.subject || '' };
            if (!template) delete next.template;
            commit(next, 'template');
          }}
        >
          <option value="">No template</option>
          {tile.template && !chosen && <option value={tile.template}>{tile.template} (not found)</option>}
          {shown.map((t) => (
            <option key={t.id} value={t.id}>{t.name} — {t.category}</option>
          ))}
        </select>
        {templates.isPending && <div className="insp-hint">Loading templates…</div>}
      </div>
      <div className={subjectError ? 'insp-field is-invalid' : 'insp-field'}>
        <label htmlFor={`${id}-subject`}>Subject</label>
        <TokenInput id={`${id}-subject`} value={tile.subject} tokens={tokens} onCommit={(subject, field) => commit({ ...tile, subject }, field)} onValidity={setSubjectError} />
        <div className="insp-hint">Type {'{{'} to insert a personalisation token.</div>
        <select aria-label="Insert a personalisation token in the subject" value="" onChange={(e) => e.target.value && insertToken(e.target.value)}>
          <option value="">Insert a token…</option>
          {tokens.map((t) => <option key={t} value={t}>{`{{${t}}}`}</option>)}
        </select>
        {subjectError && <div className="insp-error" role="alert">{subjectError}</div>}
      </div>
      <div className="insp-field">
        <label htmlFor={`${id}-join`}>Join email for</label>
        <EventSelect
          id={`${id}-join`}
          value={tile.event ?? ''}
          includeNone="Not a Join email"
          onChange={(event) => {
            const next: EmailTile = { ...tile, event: event || undefined };
            if (!event) delete next.event;
            commit(next, 'event');
          }}
        />
        <div className="insp-hint">A Join email carries the personal link to an online event: only registered contacts may get it.</div>
      </div>
      {chosen && <TemplatePreview template={chosen} />}
    </>
  );
}

// Template HTML is sanitised, then shown in a sandboxed frame with no scripts and no same-origin access.
function TemplatePreview({ template }: { template: EmailTemplate }) {
  const html = useMemo(() => DOMPurify.sanitize(template.html, { WHOLE_DOCUMENT: true }), [template.html]);
  return (
    <div className="insp-field">
      <span className="insp-label">Preview</span>
      <iframe className="email-preview" title={`Preview of the template ${template.name}`} sandbox="" srcDoc={html} />
    </div>
  );
}
