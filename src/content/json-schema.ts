/** JSON Schemas from the zod schemas, for editor autocompletion (`# yaml-language-server: $schema=`). */
import { z } from 'zod';
import { Facts, Flow, Search } from './schema';

export function jsonSchemas(): Record<string, unknown> {
  return {
    'flow.schema.json': z.toJSONSchema(Flow, { target: 'draft-7' }),
    'facts.schema.json': z.toJSONSchema(Facts, { target: 'draft-7' }),
    'search.schema.json': z.toJSONSchema(Search, { target: 'draft-7' }),
  };
}
