import { AxeBuilder } from '@axe-core/playwright';
import { launch } from './support/browser';
(async () => {
  const s = await launch();
  const ctx = await s.newContext();
  const page = await ctx.newPage();
  for (const u of ['/es/', '/en/help/', '/es/sources/', '/en/about/', '/es/settings/', '/es/nope/', '/en/flows/disability-certificate/', '/es/flows/disability-certificate/?step=has-certificate', '/en/flows/disability-certificate/?step=check&a=has-certificate:no,document:carne,insured:yes', '/es/flows/disability-certificate/?step=get-certificate&a=has-certificate:no,document:carne,insured:yes']) {
    await page.goto(u);
    await page.locator('h1').waitFor();
    await page.waitForTimeout(300);
    const t0 = Date.now();
    const r = await new AxeBuilder({ page }).withTags(['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']).analyze();
    console.log(u, Date.now() - t0, 'ms', r.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`));
  }
  await s.close();
})();
