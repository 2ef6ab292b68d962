// Shapes of the schema a client relies on: one failing root field never blanks `data`, and a
// fragment over the CatalogItem union may ask every member for the fields they share.
import { describe, expect, it } from 'vitest';
import { getNamedType, isCompositeType, isNonNullType, parse, validate, type GraphQLObjectType, type GraphQLUnionType } from 'graphql';
import { schema } from '../../src/schema/index.js';

describe('the schema', () => {
  it('every root field is nullable: each calls Spotify or takes arguments that may be refused, and its failure must cost it alone', () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].filter((type): type is GraphQLObjectType => type !== null && type !== undefined);
    const nonNull = roots.flatMap((type) => Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => `${type.name}.${field.name}: ${String(field.type)}`));
    // Relay's node lookups answer null for an unknown id and are the plugin's own.
    expect(nonNull.filter((name) => !/^Query\.nodes?:/.test(name))).toEqual([]);
    expect(roots.flatMap((type) => Object.keys(type.getFields())).length).toBeGreaterThan(20);
  });

  it('a fragment on every CatalogItem member asking for the fields they share validates, so clients need no aliases', () => {
    const union = schema.getType('CatalogItem') as GraphQLUnionType;
    const members = union.getTypes();
    const counts = new Map<string, number>();
    for (const member of members) for (const name of Object.keys(member.getFields())) counts.set(name, (counts.get(name) ?? 0) + 1);
    const shared = [...counts].filter(([, n]) => n > 1).map(([name]) => name);
    expect(shared).toEqual(expect.arrayContaining(['id', 'name', 'uri', 'images', 'description']));
    const selection = (member: GraphQLObjectType) =>
      shared
        .filter((name) => member.getFields()[name])
        .map((name) => {
          const field = member.getFields()[name];
          // Required arguments would make the query invalid for another reason; none are expected.
          expect(field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined), `${member.name}.${name}`).toEqual([]);
          return isCompositeType(getNamedType(field.type)) ? `${name} { __typename }` : name;
        })
        .join(' ');
    const query = `{ lookup(link: "spotify:album:4aawyAB9vmqN3uQ7FjRGTy") { ${members.map((member) => `... on ${member.name} { ${selection(member)} }`).join(' ')} } }`;
    expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
  });
});
