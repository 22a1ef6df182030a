import { useMemo } from 'react';
import { useStructuralValue } from '../canvas/editor-store-provider';
import type { BuilderContext } from './condition-builder';
import { useTriggerAttributes } from './trigger-select';

const contactAttributes = ['contact.email', 'contact.firstName', 'contact.lastName', 'contact.consent', 'contact.country'];

// What a condition can test here: the contact, the entry trigger's record, and (in a wait, exit
// or goal `where`) the signal being waited for.
export function useBuilderContext(signalTrigger?: string): BuilderContext {
  const entryTrigger = useStructuralValue((s) => {
    const targets = new Set(s.journey.edges.map((e) => e.to));
    const entry = s.journey.tiles.find((t) => t.kind === 'trigger' && !targets.has(t.id));
    return entry?.kind === 'trigger' ? entry.trigger : '';
  });
  const entryAttrs = useTriggerAttributes(entryTrigger);
  const signalAttrs = useTriggerAttributes(signalTrigger ?? '');
  const emailKey = useStructuralValue((s) => s.journey.tiles.filter((t) => t.kind === 'email').map((t) => `${t.id}\u0000${t.label ?? ''}`).join('\u0001'));
  return useMemo(() => {
    const emailTiles = emailKey
      ? emailKey.split('\u0001').map((entry) => {
          const [id, label] = entry.split('\u0000');
          return { id, label: label ? `${label} (${id})` : id };
        })
      : [];
    const attributes = [
      ...contactAttributes,
      ...['eventId', 'sessionId', ...entryAttrs].map((a) => `trigger.${a}`),
      ...(signalTrigger ? ['eventId', 'sessionId', ...signalAttrs].map((a) => `event.${a}`) : []),
    ];
    return { attributes: [...new Set(attributes)], emailTiles };
  }, [emailKey, entryAttrs, signalAttrs, signalTrigger]);
}
