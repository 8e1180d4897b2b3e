/**
 * A request body, a success answer and any other documented answers (by status code) for one
 * operation, keyed by "METHOD /url" as Fastify registers it.
 */
export type OperationExamples = Record<
  string,
  { body?: unknown; response?: unknown; answers?: Record<string, unknown> }
>;
