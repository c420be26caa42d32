// Plans a render of an incident's letters: facts stored once, residents split into chunks by id
// range, regulator drafts rendered, then one bullmq flow (a parent that runs when every chunk
// has) started. Re-running any step is harmless: the render is keyed by its request id.
import { createHash, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { LetterRenderRow } from '../db/schema.js';
import type { Catalogue } from '../rules/types.js';
import type { Queues } from '../jobs/queues.js';
import { jobIdOf } from '../jobs/catalogue.js';
import { appendAudit } from '../repositories/audit.repository.js';
import { letterContext } from './letter-context.js';
import { renderRegulatorDrafts } from './regulator-letters.js';

export interface RenderDeps {
  db: Db;
  catalogue: Catalogue;
  queues: Queues;
  chunkSize: number;
}

/** Residents whose letter is approved or on its way keep it: a re-render never makes a second notice. */
export const NOT_SETTLED = sql<boolean>`not exists (
  select 1 from letters s where s.resident_id = residents.id and s.status not in ('draft', 'superseded'))`;

export async function planRender(
  deps: RenderDeps,
  p: { incidentId: string; requestId: string },
): Promise<{ renderId: string; chunks: number } | 'skipped'> {
  let render = await deps.db.selectFrom('letter_renders').selectAll().where('request_id', '=', `${p.incidentId}:${p.requestId}`).executeTakeFirst();
  if (!render) {
    const created = await createRender(deps, p);
    if (!created) return 'skipped';
    render = created;
  }
  if (render.status === 'rendering') await startRenderFlow(deps.db, deps.queues, render.id);
  return { renderId: render.id, chunks: render.chunks_total };
}

async function createRender(deps: RenderDeps, p: { incidentId: string; requestId: string }): Promise<LetterRenderRow | null> {
  const ctx = await letterContext(deps.db, deps.catalogue, p.incidentId);
  if (!ctx) return null;
  const stored = JSON.stringify({ facts: ctx.facts, required: ctx.required, forbidden: ctx.forbidden });
  const id = randomUUID();
  return deps.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('letter_renders')
      .values({
        id,
        organization_id: ctx.org.id,
        incident_id: ctx.incident.id,
        revision: ctx.incident.revision,
        request_id: `${p.incidentId}:${p.requestId}`,
        status: 'planning',
        facts: stored,
        facts_hash: createHash('sha256').update(stored).digest('hex'),
      })
      .execute();
    const residents = await tx
      .selectFrom('residents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('incident_id', '=', ctx.incident.id)
      .where('in_scope', '=', true)
      .where(NOT_SETTLED)
      .executeTakeFirstOrThrow();
    const chunks = Math.ceil(Number(residents.n) / deps.chunkSize);
    if (chunks > 0) {
      await sql`
        insert into render_chunks (render_id, chunk, from_id, to_id)
        select ${id}::uuid, t - 1, (array_agg(id order by id))[1], (array_agg(id order by id desc))[1] from (
          select id, ntile(${chunks}::int) over (order by id) as t from residents
          where incident_id = ${ctx.incident.id} and in_scope and ${NOT_SETTLED}
        ) r group by t
      `.execute(tx);
    }
    const regulators = await renderRegulatorDrafts(tx, ctx, id);
    const row = await tx
      .updateTable('letter_renders')
      .set({ status: 'rendering', chunks_total: chunks, letters_total: regulators, updated_at: sql<string>`now()` })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(tx, {
      organizationId: ctx.org.id,
      actorUserId: null,
      actor: 'worker:render-letters',
      action: 'letters.render_started',
      entityType: 'incident',
      entityId: ctx.incident.id,
      after: { renderId: id, revision: ctx.incident.revision, residents: Number(residents.n), chunks, regulatorDrafts: regulators, factsHash: row.facts_hash },
    });
    return row;
  });
}

/** Adds the flow for the chunks still pending (all of them the first time; the rest after a Redis loss). */
export async function startRenderFlow(db: Db, queues: Queues, renderId: string): Promise<void> {
  const pending = await db.selectFrom('render_chunks').select('chunk').where('render_id', '=', renderId).where('status', '=', 'pending').orderBy('chunk').execute();
  const opts = { ...queues.jobDefaults, removeOnComplete: { age: 3600, count: 2000 }, removeOnFail: { age: 7 * 24 * 3600 } };
  await queues.flow.add({
    name: 'finish-render',
    queueName: 'finish-render',
    data: { renderId },
    opts: { ...opts, jobId: jobIdOf('finish-render', { renderId }) },
    children: pending.map((c) => ({
      name: 'render-chunk',
      queueName: 'render-chunk',
      data: { renderId, chunk: c.chunk },
      opts: { ...opts, jobId: jobIdOf('render-chunk', { renderId, chunk: c.chunk }) },
    })),
  });
}

/** For the sweeper: renders still rendering whose flow parent Redis no longer holds. */
export async function resumeLostRenders(db: Db, queues: Queues): Promise<number> {
  const running = await db.selectFrom('letter_renders').select('id').where('status', '=', 'rendering').execute();
  let resumed = 0;
  for (const r of running) {
    if (await queues['finish-render'].getJob(jobIdOf('finish-render', { renderId: r.id }))) continue;
    await startRenderFlow(db, queues, r.id);
    resumed++;
  }
  return resumed;
}
