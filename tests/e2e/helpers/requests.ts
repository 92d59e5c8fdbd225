// Shared by the malformed-input tests (robustness.spec.ts, attack.spec.ts): a seeded
// random generator, so a failure can be reproduced exactly, and the build's list of server
// actions, so hand-made calls target real action ids.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function mulberry32(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T,>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

export interface ServerAction {
  id: string;
  name: string;
  file: string;
  /** A page the action is served on, with dynamic segments filled in ("x"). */
  page: string;
}

/** Every server action of the production build the e2e server runs. */
export function serverActions(): ServerAction[] {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, a]) => ({
    id,
    name: a.exportedName,
    file: a.filename,
    page: Object.keys(a.workers)[0]!.replace(/^app\/\[locale\]/, '').replace(/\/page$/, '').replace(/\[[^\]]+\]/g, 'x') || '/',
  }));
}

/** The actions anonymous visitors may call (tests/integration/auth-admin-actions.test.ts gives each one's reason). */
export const PUBLIC_ACTIONS = [
  'signInAction',
  'ssoSignInAction',
  'requestPasswordResetAction',
  'resetPasswordAction',
  'submitErrorReportAction',
  'submitContactRequestAction',
  'confirmFromLinkAction',
  'proposeFromLinkAction',
];
