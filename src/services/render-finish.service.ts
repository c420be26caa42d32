// The render flow's parent: every chunk is done, so the new drafts replace older ones (kept as
// `superseded`, never deleted) and the render's summary is recorded and audited.
import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { appendAudit } from '../repositories/audit.repository.js';

export class ChunksOutstanding extends Error {}

export async function finishRender(db: Db, renderId: string): Promise<{ letters: number } | 'skipped'> {
  return db.transaction().execute(async (tx) => {
    const render = await tx.selectFrom('letter_renders').selectAll().where('id', '=', renderId).forUpdate().executeTakeFirst();
    if (!render || render.status !== 'rendering') return 'skipped' as const;
    const pending = await tx
      .selectFrom('render_chunks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('render_id', '=', renderId)
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    // Only reachable when Redis lost the children; the sweeper re-adds them and this job retries.
    if (Number(pending.n) > 0) throw new ChunksOutstanding(`${pending.n} chunks of render ${renderId} are not rendered yet`);
    const newer = await tx
      .selectFrom('letter_renders')
      .select('id')
      .where('incident_id', '=', render.incident_id)
      .where('status', '=', 'completed')
      .where('created_at', '>', render.created_at)
      .executeTakeFirst();
    const summary = await tx
      .selectFrom('letters')
      .select(['kind', 'jurisdiction', 'language', 'template_id', 'channel', (eb) => eb.fn.countAll<number>().as('letters')])
      .select(sql<number>`count(*) filter (where not (content_check->>'ok')::boolean)`.as('failed_check'))
      .where('render_id', '=', renderId)
      .groupBy(['kind', 'jurisdiction', 'language', 'template_id', 'channel'])
      .orderBy('kind')
      .orderBy('jurisdiction')
      .execute();
    if (newer) {
      await tx.updateTable('letters').set({ status: 'superseded', updated_at: sql<string>`now()` }).where('render_id', '=', renderId).where('status', '=', 'draft').execute();
    } else {
      await tx
        .updateTable('letters')
        .set({ status: 'superseded', updated_at: sql<string>`now()` })
        .where('incident_id', '=', render.incident_id)
        .where('status', '=', 'draft')
        .where((eb) => eb.or([eb('render_id', 'is', null), eb('render_id', '!=', renderId)]))
        .execute();
    }
    const letters = summary.reduce((a, s) => a + Number(s.letters), 0);
    await tx
      .updateTable('letter_renders')
      .set({
        status: newer ? 'superseded' : 'completed',
        summary: JSON.stringify(summary.map((s) => ({ ...s, letters: Number(s.letters), failed_check: Number(s.failed_check) }))),
        finished_at: sql<string>`now()`,
        updated_at: sql<string>`now()`,
      })
      .where('id', '=', renderId)
      .execute();
    await appendAudit(tx, {
      organizationId: render.organization_id,
      actorUserId: null,
      actor: 'worker:render-letters',
      action: newer ? 'letters.render_superseded' : 'letters.rendered',
      entityType: 'incident',
      entityId: render.incident_id,
      after: { renderId, revision: render.revision, letters, failedCheck: render.failed_check, factsHash: render.facts_hash },
    });
    return { letters };
  });
}
