import type { z } from 'astro/zod';

/** One line per problem, naming the file and the field, e.g. `content/x.yaml: phones.0.number: …`. */
export function describeContentError(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(全体)'}: ${issue.message}`)
    .join('\n');
}

/** Parses `data` with `schema`, or throws an Error whose message names the file and each field at fault. */
export function parseContent<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(describeContentError(file, result.error));
  return result.data;
}
