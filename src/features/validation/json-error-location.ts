// JSON.parse tells where it failed only inside its message, and engines word it differently
// (V8: "at position 12", newer V8: "(line 2 column 5)", SpiderMonkey: "at line 2 column 5").
export type TextLocation = { line: number; column: number };

export function locationOfOffset(text: string, offset: number): TextLocation {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function jsonErrorLocation(text: string, message: string): TextLocation | null {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/i.exec(message);
  if (position) return locationOfOffset(text, Number(position[1]));
  if (/unexpected end of (json )?input/i.test(message)) return locationOfOffset(text, text.length);
  return null;
}

export type JsonParseOutcome =
  | { ok: true; value: unknown }
  | { ok: false; message: string; location: TextLocation | null };

export function parseJsonText(text: string): JsonParseOutcome {
  if (text.trim() === '') return { ok: false, message: 'The file is empty.', location: null };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const location = jsonErrorLocation(text, raw);
    // Engine messages quote the whole input ("... is not valid JSON"); keep only the reason.
    const reason = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    return { ok: false, message: reason, location };
  }
}
