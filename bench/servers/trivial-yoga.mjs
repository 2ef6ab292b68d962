// Ceiling (0): the framework alone. One field returning a fixed string of BYTES bytes,
// so the answer is as large as the gateway's real one. With BODY_LIMIT=off, Yoga's own
// request-body limit (a stream copy of every body) is off, as it is in the gateway.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

const answer = 'x'.repeat(Number(process.env.BYTES ?? 1000));
const yoga = createYoga({
  schema: createSchema({ typeDefs: 'type Query { answer: String! }', resolvers: { Query: { answer: () => answer } } }),
  logging: false,
  graphiql: false,
  ...(process.env.BODY_LIMIT === 'off' ? { maxRequestBodySize: false } : {}),
});
createServer(yoga).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'));
