// Exposure matching over every payment of the incident's completed imports, in one statement: a
// resident is in scope when any payment falls in an exposure window on a matching channel. The
// reason (the first matching payment, or why none matched) is kept on the resident, and only
// residents whose answer changed are written, so re-running it is cheap.
import { sql } from 'kysely';
import type { Executor } from '../db/database.js';

export interface MatchWindow {
  start: string;
  end: string;
  /** null: every channel. */
  channel: string | null;
}

export async function matchExposure(db: Executor, incidentId: string, windows: readonly MatchWindow[]): Promise<{ changed: number }> {
  const starts = windows.map((w) => w.start);
  const ends = windows.map((w) => w.end);
  const channels = windows.map((w) => w.channel);
  // A payment with no recorded channel could have been on any channel: counted as exposed.
  const result = await sql`
    with w as (
      select * from unnest(${starts}::date[], ${ends}::date[], ${channels}::text[]) as w(s, e, ch)
    ),
    tx as (
      -- A lateral join finds each payment's window once; a subquery in the select list was
      -- evaluated again for every aggregate that used it.
      select t.person_key, t.paid_on, t.channel, m.win
      from transactions t
      join imports i on i.id = t.import_id and i.status = 'completed'
      left join lateral (
        select jsonb_build_object('start', w.s, 'end', w.e, 'channel', w.ch) as win from w
        where t.paid_on between w.s and w.e and (w.ch is null or t.channel is null or w.ch = t.channel)
        order by w.s limit 1
      ) m on true
      where t.incident_id = ${incidentId}
    ),
    agg as (
      select person_key,
        count(*) as payments,
        count(win) as in_window,
        min(paid_on) as first_paid,
        max(paid_on) as last_paid,
        (array_agg(jsonb_build_object('paidOn', paid_on, 'channel', channel, 'window', win) order by paid_on) filter (where win is not null))[1] as first_match,
        array_agg(distinct channel) as channels
      from tx group by person_key
    ),
    next as (
      select person_key, in_window > 0 as in_scope,
        case when in_window > 0
          then jsonb_build_object('matched', first_match, 'payments', payments, 'inWindow', in_window)
          else jsonb_build_object('excluded', 'no_payment_in_window', 'payments', payments, 'firstPaidOn', first_paid, 'lastPaidOn', last_paid, 'channels', to_jsonb(channels))
        end as scope
      from agg
    )
    update residents r set in_scope = n.in_scope, scope = n.scope
    from next n
    where r.incident_id = ${incidentId} and r.source_ref = n.person_key
      and (r.in_scope is distinct from n.in_scope or r.scope is distinct from n.scope)
  `.execute(db);
  return { changed: Number(result.numAffectedRows ?? 0) };
}

export async function exposureWindowsOf(db: Executor, incidentId: string): Promise<MatchWindow[]> {
  const rows = await db.selectFrom('exposure_windows').select(['start_date', 'end_date', 'channel']).where('incident_id', '=', incidentId).execute();
  return rows.map((r) => ({ start: r.start_date, end: r.end_date, channel: r.channel }));
}
