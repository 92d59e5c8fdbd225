// Runs once when a server starts. Background jobs belong to the Node.js server only: not
// the edge runtime, and not `next build` (Next.js skips register() there; checked as well).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startAppJobs } = await import('./lib/jobs/schedule');
  startAppJobs();
}
