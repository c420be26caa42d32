import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../services/deps.js';

export async function rulesRoutes(app: FastifyInstance, deps: Deps) {
  app.get('/v1/rules', { schema: { summary: 'The rule catalogue: jurisdictions, laws, versions, obligations, citations', tags: ['rules'] } }, async () => ({
    jurisdictions: deps.catalogue.map((j) => ({
      code: j.code,
      name: j.name,
      kind: j.kind,
      laws: j.laws.map((l) => ({
        id: l.id,
        title: l.title,
        scope: l.scope,
        versions: l.versions.map((v) => ({
          id: v.id,
          effectiveFrom: v.effectiveFrom,
          effectiveTo: v.effectiveTo,
          citations: v.citations,
          summary: v.summary,
          confidence: v.confidence,
          unverified: v.unverified,
          coverage: v.coverage,
          obligations: v.obligations,
        })),
      })),
    })),
  }));
}
