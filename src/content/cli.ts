/**
 * Content commands: `check` (validate everything, print precise errors; warn about flows not
 * reviewed for six months), `schema` (write the JSON Schemas editors use), `diagrams` (write a
 * Mermaid diagram per flow), `readability` (print the readability report, the hardest sentences and
 * the short texts; `check` prints the report too and fails on a section below the threshold) and
 * `links` (request every address in facts/, print a table, fail on a dead one: src/content/links.ts).
 *
 * `npx tsx src/content/cli.ts <command> [content-dir]`: the content folder is content/ unless a
 * second argument names another one (a copy to try a change on, say).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildContent } from './build';
import { ContentError } from './problems';
import { jsonSchemas } from './json-schema';
import { flowDiagram } from './diagram';
import { checkReadability, formatHardestSentences, formatReadabilityReport, formatShortBlocks } from './readability';
import { checkLinks, formatLinkTable, linkTargets } from './links';
import { formatStale, staleFlows } from './stale';

const command = process.argv[2] ?? 'check';
const contentDir = process.argv[3] ? resolve(process.argv[3]) : join(import.meta.dirname, '..', '..', 'content');

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
      console.log(`${formatReadabilityReport(report)}\n${formatHardestSentences(report)}\n${formatShortBlocks(report)}`);
    } else if (command === 'links') {
      const results = await checkLinks(linkTargets(content), { timeoutMs: Number(process.env.LINKS_TIMEOUT_MS ?? 15_000) });
      const { table, failed } = formatLinkTable(results);
      console.log(table);
      if (failed) process.exit(1);
    } else {
      const stale = staleFlows(content, new Date());
      if (stale.length) console.warn(formatStale(stale));
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
