import type { Kysely } from 'kysely';
import { DEFAULT_ASSESSMENT_MODEL, assessmentModelSchema, type AssessmentModel } from '../domain/assessment.js';
import type { Database } from './schema.js';

// The assessment's scoring model (issue 20): the city's, or the default until it sets one.

export async function loadAssessmentModel(db: Kysely<Database>): Promise<AssessmentModel> {
  const row = await db.selectFrom('assessment_model').select('document').where('id', '=', 1).executeTakeFirst();
  // Parsed, so a model stored before a defaulted field was added reads with its default.
  return row ? assessmentModelSchema.parse(row.document) : DEFAULT_ASSESSMENT_MODEL;
}

export async function replaceAssessmentModel(db: Kysely<Database>, model: AssessmentModel): Promise<void> {
  const document = JSON.stringify(model);
  await db
    .insertInto('assessment_model')
    .values({ id: 1, document })
    .onConflict((oc) => oc.column('id').doUpdateSet({ document }))
    .execute();
}
