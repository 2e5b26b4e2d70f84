import type { z } from 'zod';

// A refused input as the API's 400 answer lists it; the workflow's validators produce the same list.

export interface FieldError {
  field: string;
  message: string;
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.flatMap((issue) => {
    const at = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ field: [...at, key].join('.'), message: 'unknown field' }));
    }
    return [{ field: at.join('.') || '(body)', message: issue.message }];
  });
}
