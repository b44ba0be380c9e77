/**
 * Generated files must match what the code produces now: the JSON Schemas editors use and the
 * Mermaid diagrams reviewers read. When one is stale, the failure says which command to run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, CONTENT_DIR } from '../../src/content/build';
import { flowDiagram } from '../../src/content/diagram';
import { jsonSchemas } from '../../src/content/json-schema';

const content = buildContent(CONTENT_DIR);

/** Fails unless `file` exists with exactly `expected`, naming the command that writes it. */
function expectGenerated(file: string, expected: string, command: string): void {
  const path = join(CONTENT_DIR, file);
  expect(existsSync(path), `content/${file} is missing: run \`${command}\``).toBe(true);
  expect(readFileSync(path, 'utf8') === expected, `content/${file} is out of date: run \`${command}\``).toBe(true);
}

describe('content/schema', () => {
  it.each(Object.entries(jsonSchemas()))('%s is up to date', (name, schema) => {
    expectGenerated(join('schema', name), JSON.stringify(schema, null, 2) + '\n', 'npm run content:schema');
  });
});

describe('content/diagrams', () => {
  it.each(content.flows.map((f) => [f.id, f] as const))('%s.md is up to date', (id, flow) => {
    expectGenerated(join('diagrams', `${id}.md`), flowDiagram(flow, content.texts.en?.[flow.id]), 'npm run content:diagrams');
  });
});
