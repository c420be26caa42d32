// The catalogue as data staff and analysts can read: jurisdictions with every law version, its
// obligations, citations and confidence, and what changed between two dates.
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { Jurisdiction } from '../../rules/types.js';
import { catalogueChanges } from '../../domain/catalogue-diff.js';
import { verificationReport } from '../../domain/verification-report.js';
import type { Deps } from '../../services/deps.js';
import { NotFoundError } from '../../services/errors.js';
import { isoDateParam, parseInput } from '../params.js';

const codeParams = z.object({ code: z.string().regex(/^[A-Za-z]{2}$|^[A-Za-z]{2,}(-[A-Za-z0-9]+)+$/, 'must be a state code like TX or a regime id like US-HIPAA') });
const changesQuery = z
  .object({ from: isoDateParam, to: isoDateParam })
  .refine((q) => q.from <= q.to, { message: 'must not be after to', path: ['from'] });

function presentJurisdiction(j: Jurisdiction) {
  return {
    code: j.code,
    name: j.name,
    kind: j.kind,
    laws: j.laws.map((l) => ({
      id: l.id,
      title: l.title,
      scope: l.scope,
      basis: l.basis ?? 'statute',
      versions: l.versions.map((v) => ({
        id: v.id,
        effectiveFrom: v.effectiveFrom,
        effectiveTo: v.effectiveTo,
        citations: v.citations,
        summary: v.summary,
        confidence: v.confidence,
        unverified: v.unverified,
        coverage: v.coverage,
        personalInformation: v.personalInformation ?? null,
        encryptionSafeHarbor: v.encryptionSafeHarbor,
        riskOfHarmException: v.riskOfHarmException,
        substituteNotice: v.substituteNotice ?? null,
        obligations: v.obligations,
        sources: v.sources,
        verification: v.verification,
      })),
    })),
    channels: j.channels,
    consumerContact: j.consumerContact,
  };
}

export async function rulesRoutes(app: FastifyInstance, deps: Deps) {
  const summaryOf = (j: Jurisdiction) => ({
    code: j.code,
    name: j.name,
    kind: j.kind,
    laws: j.laws.map((l) => ({ id: l.id, title: l.title, versions: l.versions.map((v) => ({ id: v.id, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo, confidence: v.confidence })) })),
  });

  app.get('/v1/rules', { schema: { summary: 'The whole rule catalogue with every version, obligation, citation and confidence', tags: ['rules'] } }, async () => ({
    jurisdictions: deps.catalogue.map(presentJurisdiction),
  }));

  app.get('/v1/jurisdictions', { schema: { summary: 'Jurisdictions and regimes in the catalogue, with their law versions and confidence', tags: ['rules'] } }, async () => ({
    jurisdictions: deps.catalogue.map(summaryOf),
  }));

  app.get('/v1/rules/verification', { schema: { summary: 'How many facts of each jurisdiction rest on primary text, secondary sources only, or nothing, and every fact short of primary text with why', tags: ['rules'] } }, async () =>
    verificationReport(deps.catalogue),
  );

  app.get('/v1/jurisdictions/changes', { schema: { summary: 'Law versions that took effect after `from` and on or before `to`, with what changed', tags: ['rules'] } }, async (req) => {
    const q = parseInput(changesQuery, req.query, 'query');
    return { from: q.from, to: q.to, changes: catalogueChanges(deps.catalogue, q.from, q.to) };
  });

  app.get('/v1/jurisdictions/:code', { schema: { summary: 'One jurisdiction: every law version with obligations, citations, definitions and confidence', tags: ['rules'] } }, async (req) => {
    const { code } = parseInput(codeParams, req.params, 'params');
    const j = deps.catalogue.find((x) => x.code === code.toUpperCase());
    if (!j) throw new NotFoundError('Jurisdiction');
    return { jurisdiction: presentJurisdiction(j) };
  });
}
