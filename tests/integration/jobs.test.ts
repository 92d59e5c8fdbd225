// The job queue (lib/jobs/queue.ts) on both databases: a job runs once, a failed one is tried
// again, a singleton key keeps a second copy off the queue, and two runners on one database
// (two app instances) never run the same job twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startJobs, type JobDefinition, type JobRunner } from '@/lib/jobs/queue';
import { databaseKinds, type TestDatabase } from '../helpers/db';

const CLOCK = new Date('2027-03-01T12:00:00Z');

describe.each(databaseKinds)('job queue on $kind', ({ create }) => {
  let db: TestDatabase;
  const runs: { job: string; data: unknown; now: Date }[] = [];
  let failuresLeft = 0;
  const jobs: JobDefinition<never>[] = [
    {
      name: 'note',
      policy: 'short',
      retryLimit: 3,
      retryDelaySeconds: 0,
      async run(data: { n: number }, { now }) {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('the mail server is down');
        }
        runs.push({ job: 'note', data, now });
      },
    } as JobDefinition<never>,
  ];
  let first: JobRunner;

  beforeAll(async () => {
    db = await create();
    first = await startJobs(db, jobs, { clock: () => CLOCK, pollingIntervalSeconds: 60, schedule: false });
  }, 60_000);
  afterAll(async () => {
    await first?.stop();
    await db?.close();
  });

  it('runs a job once, with the runner clock', async () => {
    runs.length = 0;
    await first.send('note', { n: 1 });
    await first.drain();
    await first.drain();
    expect(runs).toEqual([{ job: 'note', data: { n: 1 }, now: CLOCK }]);
  });

  it('keeps a second job with the same singleton key off the queue', async () => {
    runs.length = 0;
    expect(await first.send('note', { n: 2 }, { singletonKey: 'provider-1' })).not.toBeNull();
    expect(await first.send('note', { n: 3 }, { singletonKey: 'provider-1' })).toBeNull();
    await first.drain();
    expect(runs.map((r) => r.data)).toEqual([{ n: 2 }]);
  });

  it('tries a failed job again until it succeeds', async () => {
    runs.length = 0;
    failuresLeft = 2;
    await first.send('note', { n: 4 });
    // pg-boss waits a little before each retry, even with no delay set: poll for up to 25 s.
    for (const until = Date.now() + 25_000; Date.now() < until && runs.length === 0; ) {
      await first.drain();
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(failuresLeft).toBe(0);
    expect(runs.map((r) => r.data)).toEqual([{ n: 4 }]);
  }, 40_000);

  it('runs each job once when two runners (two app instances) share the database', async () => {
    runs.length = 0;
    const second = await startJobs(db, jobs, { clock: () => CLOCK, pollingIntervalSeconds: 60, schedule: false });
    try {
      for (let n = 10; n < 30; n++) await first.send('note', { n }, { singletonKey: `n-${n}` });
      await Promise.all([first.drain(), second.drain(), first.drain(), second.drain()]);
    } finally {
      await second.stop();
    }
    const seen = runs.map((r) => (r.data as { n: number }).n).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i + 10));
  }, 30_000);

  it('refuses a job name it does not know', async () => {
    await expect(first.send('nope', {})).rejects.toThrow(/No job named nope/);
  });
});
