// The one mark of a field that answers for the signed-in user. The schema puts it on such root
// fields; the HTTP layer (http/http-caching.ts) reads it and never lets a shared cache store an
// operation selecting one. A file of its own, with no builder, so the HTTP layer can import it
// without loading the schema.

/** The field extension's name. */
export const USER_SCOPED = 'userScoped';

/** `t.field({ extensions: userScoped, … })` for a root field answering for the signed-in user. */
export const userScoped = { [USER_SCOPED]: true } as const;
