import { z } from 'zod';

// Vite replaces `import.meta.env` at build time; under plain Node (tsx scripts such as
// `npm run openapi`) it is undefined, so every field has a default.
const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .min(1)
    .default('/api')
    // One spelling for joining paths: no trailing slash.
    .transform((url) => (url.length > 1 ? url.replace(/\/+$/, '') : url)),
  // `VITE_MOCKS=off npm run dev` talks to a real backend from the dev server.
  VITE_MOCKS: z.enum(['on', 'off']).optional(),
  MODE: z.string().default('production'),
  DEV: z.boolean().default(false),
});

export type Env = {
  /** Base URL of the REST API, without a trailing slash (`/api` by default). */
  apiBaseUrl: string;
  /** Whether the in-browser mock backend (MSW) should start. */
  mocksEnabled: boolean;
  mode: string;
};

export function parseEnv(raw: Record<string, unknown>): Env {
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`The build configuration is invalid (${where}).`);
  }
  const e = parsed.data;
  const mocksByMode = e.DEV || e.MODE === 'demo';
  return {
    apiBaseUrl: e.VITE_API_BASE_URL,
    mocksEnabled: e.VITE_MOCKS === undefined ? mocksByMode : e.VITE_MOCKS === 'on' && mocksByMode,
    mode: e.MODE,
  };
}

const viteEnv = (import.meta as { env?: Record<string, unknown> }).env;

export const env: Env = parseEnv(viteEnv ?? {});
