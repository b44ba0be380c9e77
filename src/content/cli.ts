/**
 * Content commands: `check` (validate everything, print precise errors), `schema` (write the JSON
 * Schemas editors use), `diagrams` (write a Mermaid diagram per flow) and `readability` (print the
 * readability report only; `check` prints it too and fails on a block below the threshold).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContent } from './build';
import { ContentError } from './problems';
import { jsonSchemas } from './json-schema';
import { flowDiagram } from './diagram';
import { checkReadability, formatReadabilityReport, formatShortBlocks } from './readability';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const command = process.argv[2] ?? 'check';

try {
  if (command === 'schema') {
    mkdirSync(join(contentDir, 'schema'), { recursive: true });
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      writeFileSync(join(contentDir, 'schema', name), JSON.stringify(schema, null, 2) + '\n');
    }
    console.log('Wrote content/schema/*.schema.json');
  } else {
    const content = buildContent(contentDir);
    if (command === 'diagrams') {
      mkdirSync(join(contentDir, 'diagrams'), { recursive: true });
      for (const flow of content.flows) {
        writeFileSync(join(contentDir, 'diagrams', `${flow.id}.md`), flowDiagram(flow, content.texts.en?.[flow.id]));
      }
      console.log(`Wrote ${content.flows.length} diagram(s) to content/diagrams/`);
    } else if (command === 'readability') {
      const { report } = checkReadability(content);
      console.log(`${formatReadabilityReport(report)}\n${formatShortBlocks(report)}`);
    } else {
      const { problems, report } = checkReadability(content);
      console.log(formatReadabilityReport(report));
      if (problems.length) throw new ContentError(problems);
      console.log(`Content OK: ${content.flows.length} flow(s), ${content.languages.join(' and ')}, ${content.facts.contacts.length} contacts.`);
    }
  }
} catch (e) {
  console.error(e instanceof ContentError ? e.message : e);
  process.exit(1);
}
